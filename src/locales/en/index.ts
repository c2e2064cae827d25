/** The English locale: wires the data files together, like src/locales/fr/. */
import type { Locale } from '../../extract/locale.ts';
import { months, numbers, weekdays } from './calendar.ts';
import { temporalRules, timexRoles } from './temporal.ts';
import { triggers } from './triggers.ts';
import { lexicon } from './lexicon.ts';
import { inflection } from './inflection.ts';
import { compileLexicon } from '../../extract/lexicon.ts';
import { cues } from './cues.ts';
import { boilerplate } from './boilerplate.ts';
import { countries } from './countries.ts';
import { titles } from './titles.ts';
import * as words from './words.ts';

export const en: Locale = {
  lang: 'en',
  abbreviations: words.abbreviations,
  temporalLexicon: { months, weekdays, numbers },
  temporalRules,
  timexRoles,
  publicationLines: words.publicationLines,
  deicticWords: ['this'],
  subPatterns: {
    month: Object.keys(months),
    weekday: Object.keys(weekdays),
    numberWord: Object.keys(numbers),
    countNoun: words.countNouns,
  },
  triggers: [...compileLexicon(lexicon, inflection), ...triggers],
  cues,
  boilerplate,
  countries,
  personNouns: words.personNouns,
  authorityNouns: words.authorityNouns,
  phraseStops: words.phraseStops,
  locativePrepositions: words.locativePrepositions,
  nonAgentPrepositions: words.nonAgentPrepositions,
  agentPreposition: 'by',
  typeLocatives: { expulsion: ['from', 'out of'] },
  singularDeterminers: words.singularDeterminers,
  phrase: words.phrase,
  preNominalAdjectives: words.preNominalAdjectives,
  anaphora: {
    determiners: ['this', 'that', 'these', 'those', 'his', 'her', 'its', 'their'],
    prepositions: ['after', 'since', 'before', 'following', 'in response to', 'in retaliation for', 'during', 'in the wake of',
      'the day after', 'on the eve of', 'in protest at', 'in protest against', 'behind', 'over'],
    articles: ['the', 'a', 'an', 'his', 'her', 'its', 'their', "last year's", "last month's"],
    pluralDeterminers: ['the', 'these', 'those', 'his', 'her', 'its', 'their', 'several', 'some', 'many', 'new'],
  },
  notNames: words.notNames,
  relativePronouns: ['who', 'which', 'whose', 'whom', 'where'],
  prepositionsLikeAuxiliaries: [],
  clauseWords: ['not', "n't", 'who', 'which', 'that', 'whose'],
  eventDateMarkers: ['which took place on', 'which happened on', 'carried out on', 'dated'],
  elapsedBefore: {
    pattern: "(?<words>(?<n>\\d+|{{numberWord}}) (?<unit>days?|weeks?|months?|years?) (?:just |only |barely )?after) (?:the |a |an |his |her |their |its )?",
    units: { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' },
  },
  additiveWords: ['also', 'as well', 'likewise', 'in turn', 'in addition'],
  subsetMarkers: ['including', 'among them', 'among whom', 'of whom', 'notably'],
  voice: words.voice,
  pastTense: "\\b(?:has|have|had|was|were) (?:been )?[a-z]+(?:ed|en|wn|t)\\b|\\b[a-z]{3,}ed\\b|\\b(?:took|said|told|seized|was|were)\\b",
  futureTense: "\\b(?:will|shall|'ll)\\b|\\bgoing to\\b|\\bnext\\b",
  backgroundTense: "\\bhad (?:been |already |already been )?[a-z]+(?:ed|en|wn|t)\\b",
  sentenceStarters: words.sentenceStarters,
  titles,
};
