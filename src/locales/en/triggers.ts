/**
 * English constructions that report a coup, an arrest or an expulsion and that a lemma
 * cannot say (an order to leave with its deadline, a set phrase). Single verbs and nouns are
 * in lexicon.ts. Examples must yield a mention of the type; counter-examples must not.
 */
import type { TriggerRule } from '../../extract/locale.ts';

export const triggers: TriggerRule[] = [
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
