/** The English locale: wires the data files together, like src/locales/fr/. */
import type { Locale } from '../../extract/locale.ts';
import { assembleLocale } from '../assemble.ts';
import * as calendar from './calendar.ts';
import * as temporal from './temporal.ts';
import { triggers } from './triggers.ts';
import { lexicon } from './lexicon.ts';
import { inflection } from './inflection.ts';
import { cues } from './cues.ts';
import { boilerplate } from './boilerplate.ts';
import { countries } from './countries.ts';
import { titles } from './titles.ts';
import * as words from './words.ts';

export const en: Locale = assembleLocale({ calendar, temporal, lexicon, inflection, triggers, cues, boilerplate, countries, titles, words }, {
  lang: 'en',
  deicticWords: ['this'],
  agentPreposition: 'by',
  typeLocatives: { expulsion: ['from', 'out of'] },
  anaphora: {
    determiners: ['this', 'that', 'these', 'those', 'his', 'her', 'its', 'their'],
    prepositions: ['after', 'since', 'before', 'following', 'in response to', 'in retaliation for', 'during', 'in the wake of',
      'the day after', 'on the eve of', 'in protest at', 'in protest against', 'behind', 'over'],
    articles: ['the', 'a', 'an', 'his', 'her', 'its', 'their', "last year's", "last month's"],
    pluralDeterminers: ['the', 'these', 'those', 'his', 'her', 'its', 'their', 'several', 'some', 'many', 'new'],
  },
  relativePronouns: ['who', 'which', 'whose', 'whom', 'where', 'that'],
  prepositionsLikeAuxiliaries: [],
  clauseWords: ['not', "n't", 'who', 'which', 'that', 'whose'],
  eventDateMarkers: ['which took place on', 'which happened on', 'carried out on', 'dated'],
  elapsedBefore: {
    pattern: "(?<words>(?<n>\\d+|{{numberWord}}) (?<unit>days?|weeks?|months?|years?) (?:just |only |barely )?after) (?:the |a |an |his |her |their |its )?",
    units: { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' },
  },
  additiveWords: ['also', 'as well', 'likewise', 'in turn', 'in addition'],
  subsetMarkers: ['including', 'among them', 'among whom', 'of whom', 'notably'],
  pastTense: "\\b(?:has|have|had|was|were) (?:been )?[a-z]+(?:ed|en|wn|t)\\b|\\b[a-z]{3,}ed\\b|\\b(?:took|said|told|seized|was|were)\\b",
  futureTense: "\\b(?:will|shall|'ll)\\b|\\bgoing to\\b|\\bnext\\b",
  backgroundTense: "\\bhad (?:been |already |already been )?[a-z]+(?:ed|en|wn|t)\\b",
});
