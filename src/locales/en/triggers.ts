/**
 * English constructions that report a coup, an arrest or an expulsion and that a lemma
 * cannot say (an order to leave with its deadline, a set phrase). Single verbs and nouns are
 * in lexicon.ts. Examples must yield a mention of the type; counter-examples must not.
 */
import type { TriggerRule } from '../../extract/locale.ts';

export const triggers: TriggerRule[] = [
  {
    // The army takes over the country: only soldiers taking the country or the power, not a rebel group taking a town.
    name: 'military-takes-control', type: 'coup', form: 'verb',
    pattern: "(?:army|military|soldiers|officers|junta|mutineers|troops) (?:[a-z'-]+ ){0,4}?(?:took|seized|has taken|have taken|had taken|has seized|have seized) control of (?:the country|power|the government|the state)",
    examples: ['The army took control of the country overnight on March 5, 2024.', 'Soldiers seized control of the government on August 30, 2023.'],
    counterExamples: ['Rebels took control of the town on March 3, 2024.', 'The army took control of the airport on March 3, 2024.'],
  },
  {
    // A ruler deposed in the passive ("President Kaboré was deposed by soldiers"); the active forms are lexicon.ts's.
    name: 'ruler-deposed', type: 'coup', form: 'verb',
    pattern: "(?:president|head of state|prime minister|king|emir|ruler|government)\\b[^.;:!?]{0,40}? (?:was|were|has been|had been|have been) (?:deposed|overthrown|ousted|toppled)(?! (?:as|from) )",
    examples: ['President Kaboré was deposed by soldiers on January 24, 2022.', 'The government was overthrown on August 30, 2023.'],
    counterExamples: ['The party leader was ousted as chairman on March 3, 2024.', 'The president was ousted from the party on March 3, 2024.'],
  },
  {
    name: 'held-for-questioning', type: 'arrest', form: 'verb',
    pattern: '(?:was|were|been|being) (?:held|detained) for questioning',
    examples: ['The editor was held for questioning on March 7, 2024.'],
  },
  {
    name: 'order-to-leave', type: 'expulsion', form: 'verb',
    pattern: '(?:order|told|tell|ask|instruct|summon)\\w* [^.!?;]{0,70}?to leave (?:the|its|their|our|his|her) (?:territory|country|soil)|(?:\\d+|{{numberWord}}) (?:hours|days|weeks?) to leave',
    examples: ['France ordered two diplomats to leave the country.', 'They were given 72 hours to leave.', 'The diplomats have one week to leave.', 'The envoy was told to leave the country within a week.'],
    counterExamples: ['The diplomats left the country on Sunday.'],
  },
  {
    name: 'persona-non-grata', type: 'expulsion', form: 'verb',
    pattern: 'personae? non gratae?',
    examples: ['Two diplomats, declared persona non grata, must go.'],
  },
  {
    name: 'no-longer-welcome', type: 'expulsion', form: 'verb',
    pattern: '(?:is|are|was|were) no longer welcome',
    examples: ['On May 3, 2024, the ministry said the ambassador was no longer welcome.'],
  },
  {
    name: 'held-by-putschists', type: 'arrest', form: 'verb',
    pattern: 'held (?:captive |hostage )?by (?:the )?(?:putschists|mutineers|soldiers|troops|junta|military|coup leaders|(?:members of )?(?:the )?presidential guard)',
    examples: ['The president has been held by the mutineers since Sunday, September 5, 2021.', 'The president was held by troops on Wednesday.'],
  },
];
