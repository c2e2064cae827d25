/**
 * How English would title an event. The site writes its titles in its own language (the
 * output locale, French by default: see ExtractOptions.outputLocale), whatever language a
 * report was read in; these templates serve an English output only.
 */
import type { Country, TitleTemplates } from '../../extract/locale.ts';

export const titles: TitleTemplates = {
  templates: {
    coup: ['Coup {inCountry}', 'Coup {in}', 'Coup'],
    arrest: ['Arrest of {patient} {in}', 'Arrest of {patient}', '{agent} arrests people', 'Arrest {in}', 'Arrest'],
    expulsion: ['{agent} expels {patient}', 'Expulsion of {patient} {in}', 'Expulsion of {patient}', 'Expulsion {in}', 'Expulsion'],
  },
  contract: (text) => text,
  inCountry: (country: Country) => `in ${country.subject}`,
  atPlace: (place) => `in ${place}`,
  people: (count) => (count === null ? null : count === 1 ? 'one person' : `${count} people`),
};
