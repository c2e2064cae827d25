/**
 * What every locale folder wires the same way: its calendar, temporal rules, lexicon and
 * word lists become a `Locale`; the folder's `index.ts` adds only its grammar (prepositions,
 * anaphora, tenses…), so that a language is data and this wiring is written once.
 */
import type { BoilerplateRule, Country, CueRule, Locale, PhraseGrammar, TemporalRule, TitleTemplates, TriggerRule } from '../extract/locale.ts';
import { compileLexicon, type Inflection, type LexiconEntry } from '../extract/lexicon.ts';

/** The modules of a locale folder. */
export interface LocaleFiles {
  calendar: { months: Record<string, number>; weekdays: Record<string, number>; numbers: Record<string, number> };
  temporal: { temporalRules: TemporalRule[]; timexRoles: Locale['timexRoles'] };
  lexicon: LexiconEntry[];
  inflection: Inflection;
  triggers: TriggerRule[];
  cues: CueRule[];
  boilerplate: BoilerplateRule[];
  countries: Country[];
  titles: TitleTemplates;
  words: {
    abbreviations: string[]; publicationLines: string[]; countNouns: string[]; personNouns: string[];
    authorityNouns: string[]; phraseStops: string[]; locativePrepositions: string[]; nonAgentPrepositions: string[];
    singularDeterminers: string[]; phrase: PhraseGrammar; preNominalAdjectives: string[]; notNames: string[];
    voice: Locale['voice']; sentenceStarters: string[];
  };
}

/** The parts of a locale its files give; the rest is the folder's grammar. */
type FromFiles = 'temporalLexicon' | 'temporalRules' | 'timexRoles' | 'subPatterns' | 'triggers' | 'cues' | 'boilerplate'
  | 'countries' | 'titles' | keyof LocaleFiles['words'] & keyof Locale;

/** A locale from its folder's files and its grammar. */
export function assembleLocale(files: LocaleFiles, grammar: Omit<Locale, FromFiles>): Locale {
  const { calendar: { months, weekdays, numbers }, words } = files;
  return {
    ...grammar,
    temporalLexicon: { months, weekdays, numbers },
    temporalRules: files.temporal.temporalRules,
    timexRoles: files.temporal.timexRoles,
    subPatterns: { month: Object.keys(months), weekday: Object.keys(weekdays), numberWord: Object.keys(numbers), countNoun: words.countNouns },
    triggers: [...compileLexicon(files.lexicon, files.inflection), ...files.triggers],
    cues: files.cues,
    boilerplate: files.boilerplate,
    countries: files.countries,
    titles: files.titles,
    abbreviations: words.abbreviations,
    publicationLines: words.publicationLines,
    personNouns: words.personNouns,
    authorityNouns: words.authorityNouns,
    phraseStops: words.phraseStops,
    locativePrepositions: words.locativePrepositions,
    nonAgentPrepositions: words.nonAgentPrepositions,
    singularDeterminers: words.singularDeterminers,
    phrase: words.phrase,
    preNominalAdjectives: words.preNominalAdjectives,
    notNames: words.notNames,
    voice: words.voice,
    sentenceStarters: words.sentenceStarters,
  };
}
