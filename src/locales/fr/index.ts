/** The French locale: wires the data files together. Adding a language is a folder like this one. */
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

export const fr: Locale = assembleLocale({ calendar, temporal, lexicon, inflection, triggers, cues, boilerplate, countries, titles, words }, {
  lang: 'fr',
  deicticWords: ['ce', 'cet'],
  agentPreposition: 'par',
  typeLocatives: { expulsion: ['de', 'du', "d'", 'hors de', 'hors du'] },
  anaphora: {
    determiners: ['ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
      // The prepositions of time and cause with their article contracted ("lors du", "suite au").
      'lors du', 'lors des', 'suite au', 'suite aux', 'au lendemain du', 'à la veille du', 'dans la foulée du',
      'en réponse au', 'en réponse aux', 'en représailles au', 'en représailles aux', 'au moment du', 'depuis le', 'depuis les',
      'dès les premières heures du', 'aux premières heures du', 'au cours du'],
    prepositions: ['après', 'depuis', 'avant', 'suite à', 'à la suite de', 'en réponse à', 'en représailles à', 'lors de',
      'au lendemain de', 'à la veille de', 'dans la foulée de', 'consécutive à', 'consécutif à', 'pour protester contre'],
    articles: ['le', 'la', 'les', "l'", 'du', 'des', 'au', 'aux', 'sa', 'son', 'ses', 'leur', 'leurs'],
    pluralDeterminers: ['les', 'des', 'ces', 'ses', 'leurs', 'aux', 'de', "d'", 'plusieurs', 'quelques', 'nouvelles'],
  },
  relativePronouns: ['qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'où', 'duquel', 'desquels', 'desquelles', 'auquel', 'auxquels'],
  prepositionsLikeAuxiliaries: ['à'],
  clauseWords: ['ne', "n'", 'qui', 'que', "qu'", 'dont'],
  eventDateMarkers: ['en date du', 'survenue le', 'survenu le', 'survenues le', 'survenus le', 'intervenue le', 'intervenu le', 'opérée le', 'effectuée le'],
  elapsedBefore: {
    pattern: "(?<words>(?<n>\\d+|{{numberWord}}) (?<unit>jours?|semaines?|mois|ans|annees) (?:seulement |a peine |tout juste )?apres) (?:le |la |les |l'|du |des |son |sa |ses )",
    units: { jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month', ans: 'year', annees: 'year' },
  },
  additiveWords: ['par ailleurs', 'également', 'aussi', 'en outre', 'de même', 'à son tour', 'à leur tour'],
  subsetMarkers: ['dont', 'parmi lesquels', 'parmi lesquelles', 'parmi eux', 'notamment', 'y compris'],
  pastTense: "\\b(?:a|ont|avait|avaient|a ete|ont ete|fut|furent|s'est|se sont|etait|etaient) [a-z]+(?:e|ee|es|ees|i|is|ie|ies|u|us|ue|ues|t|ts|it)\\b|\\b[a-z]{3,}(?:erent|ait|aient)\\b",
  futureTense: "\\b(?:va|vont|sera|seront|devra|devront|pourra|pourront)\\b|\\b[a-z]{2,}(?:eront|iront)\\b|\\bprochaine?\\b",
  backgroundTense: "\\b(?:avait|avaient|s'etait|s'etaient|etait|etaient|aurait|auraient) (?:ete |deja |deja ete )?[a-z]+(?:e|ee|es|ees|i|is|ie|ies|u|us|ue|ues|t|ts|te|tes)\\b",
});
