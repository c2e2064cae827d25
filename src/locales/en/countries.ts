/**
 * Countries with their English names, nationality words and capitals, for the same ISO codes
 * as the French list. Names, other names, capitals and demonyms come from the maintained
 * `world-countries` data set (mledoze/countries, ODbL); what it lacks for news English
 * (the article of "the United States", "U.S.", plural nationality nouns, a few cities) is added here.
 */
import data from 'world-countries/countries.json' with { type: 'json' };
import type { Countries } from 'world-countries';
import type { Country } from '../../extract/locale.ts';
import { countries as french } from '../fr/countries.ts';

/** Names said with "the": "the United States", "the Gambia". */
const WITH_THE = new Set(['US', 'GB', 'NL', 'PH', 'CF', 'CD', 'CG', 'AE', 'BS', 'GM', 'KM', 'MV', 'SC', 'SB', 'MH', 'DO']);

/** Short names that news English uses and the data set lacks or spells otherwise. */
const EXTRA: Record<string, { aliases?: string[]; cities?: string[]; demonyms?: string[] }> = {
  US: { aliases: ['U.S.', 'US', 'USA'], cities: ['Washington', 'New York'], demonyms: ['U.S.', 'U.S', 'US'] },
  GB: { aliases: ['Britain', 'UK', 'U.K.'], cities: ['London'], demonyms: ['Briton', 'Britons'] },
  FR: { aliases: ['France'], demonyms: ['Frenchman', 'Frenchmen', 'Frenchwoman'] },
  CD: { aliases: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DRC', 'Congo-Kinshasa'] },
  CG: { aliases: ['Congo-Brazzaville', 'Congo Republic'] },
  CI: { aliases: ["Cote d'Ivoire", "Côte d'Ivoire"], cities: ['Abidjan'] },
  TR: { aliases: ['Turkey'] },
  MM: { aliases: ['Burma'] },
  CZ: { aliases: ['Czech Republic'] },
  DZ: { cities: ['Algiers'] },
  EG: { cities: ['Cairo', 'Alexandria'] },
  ML: { cities: ['Timbuktu'] },
  TD: { cities: ["N'Djamena"] },
  RU: { cities: ['Moscow', 'St Petersburg'] },
  CN: { cities: ['Beijing', 'Shanghai'] },
  SD: { cities: ['Khartoum', 'Port Sudan'] },
  BF: { aliases: ['Burkina'], demonyms: ['Burkinabe', 'Burkinabè'] },
};

/** Other names worth matching: Latin script, no inverted forms ("Korea, Republic of"), no two-letter codes. */
const usable = (name: string) => /^[\p{Script=Latin}\s'’.-]+$/u.test(name) && !name.includes(',') && name.length > 3;

/** Nationality nouns take an "s" ("Malians"), except those in -ese, -sh, -ch, -ss ("the French"). */
const plural = (demonym: string) => (/(?:ese|sh|ch|ss|i)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`]);

const byCode = new Map((data as unknown as Countries).map((c) => [c.cca2, c]));

export const countries: Country[] = french.map((fr) => {
  const w = byCode.get(fr.code);
  const extra = EXTRA[fr.code] ?? {};
  const name = w?.name.common ?? fr.name;
  const aliases = [...new Set([w?.name.official ?? '', ...(w?.altSpellings ?? []), ...(extra.aliases ?? [])]
    .filter((n) => n && n !== name && (usable(n) || (extra.aliases ?? []).includes(n))))];
  const demonym = w?.demonyms.eng;
  const demonyms = [...new Set([...(demonym ? [...plural(demonym.m), ...plural(demonym.f)] : []), ...(extra.demonyms ?? [])])];
  const capitals = (w?.capital ?? []).map((c) => c.replace(/ D\.C\.$/, ''));
  return {
    code: fr.code,
    name,
    subject: WITH_THE.has(fr.code) ? `the ${name}` : name,
    demonyms,
    // The French list's cities are mostly local names, the same in English ("Bamako", "Niamey").
    cities: [...new Set([...capitals, ...(extra.cities ?? []), ...fr.cities])],
    aliases,
  };
});
