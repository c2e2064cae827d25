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
    pattern: "(?:army|military|soldiers|officers|junta|mutineers|troops) (?:[a-z'-]+ ){0,8}?(?:took|seized|taken|seizing|taking) (?:[\"“] ?)?(?:full |total |complete |effective )?control(?: ?[\"”])? of (?:the country|power|the government|the state)",
    examples: ['The army took control of the country overnight on March 5, 2024.', 'Soldiers seized control of the government on August 30, 2023.',
      'Officers said on Monday that they had seized full control of the country.',
      'Officers in Bissau announced on Wednesday that they had seized full control of the country.', 'The military announced it had taken "total control" of the country on May 3, 2024.'],
    counterExamples: ['Rebels took control of the town on March 3, 2024.', 'The army took control of the airport on March 3, 2024.',
      'Officers had plotted to seize control of the country.'],
  },
  {
    // "The military took over": with its object the country or the power, or with nothing after it but a time, a place, a stop.
    name: 'military-takes-over', type: 'coup', form: 'verb',
    pattern: "(?:army|military|soldiers|officers|junta|mutineers|troops) (?:[a-z'-]+ ){0,4}?(?:took|has taken|have taken|had taken|takes|taking) over(?: (?:the country|power|the government|the state|the presidency)\\b|(?= ?[.,;]| (?:on|in|early|late|overnight|after|before|last|this|yesterday|at dawn)\\b))",
    examples: ['Myanmar\'s military took over the country early on Monday.', 'The army took over on March 3, 2024, hours before the vote.',
      'Soldiers have taken over the government in Conakry.'],
    counterExamples: ['The army took over security at the airport on March 3, 2024.', 'Troops took over the town of Kidal on March 3, 2024.'],
  },
  {
    // Soldiers remove a ruler from power ("mutinous soldiers removed President X from power"); a parliament's vote is no coup.
    name: 'military-removes-from-power', type: 'coup', form: 'verb',
    pattern: "(?:army|military|soldiers|officers|junta|mutineers|troops|putschists) (?:[a-z'-]+ ){0,4}?(?:removed|ousted|drove|forced|swept) (?:[^.;:!?]{1,50}? )?(?:out of|from) power|(?:removed|ousted|driven|forced|swept) (?:out of|from) power (?:[a-z'-]+ ){0,3}?by (?:the )?(?:army|military|soldiers|officers|junta|mutineers|troops|putschists|mutinous)",
    examples: ['Mutinous soldiers removed President Diallo from power on Tuesday.', 'The president was removed from power by the military on March 5, 2024.'],
    counterExamples: ['Parliament removed the prime minister from power on March 5, 2024.', 'Troops forced the rebels from the town on March 5, 2024.'],
  },
  {
    // A ruler deposed in the passive ("President Kaboré was deposed by soldiers"); the active forms are lexicon.ts's.
    name: 'ruler-deposed', type: 'coup', form: 'verb',
    pattern: "(?:president|head of state|prime minister|king|emir|ruler|government)\\b[^.;:!?]{0,40}? (?:was|were|has been|had been|have been) (?:deposed|overthrown|ousted|toppled)(?! (?:as|from) )",
    examples: ['President Kaboré was deposed by soldiers on January 24, 2022.', 'The government was overthrown on August 30, 2023.'],
    counterExamples: ['The party leader was ousted as chairman on March 3, 2024.', 'The president was ousted from the party on March 3, 2024.'],
  },
  {
    // Held at a place of detention: the passive of "hold" about a person, which a lemma cannot tell from "held talks".
    name: 'held-at-detention-place', type: 'arrest', form: 'verb',
    pattern: '(?:was|were|been|being|is|are) (?:still |now )?(?:being )?held (?:incommunicado |captive |overnight |for (?:hours|days|questioning) )?(?:at|in) (?:an? |the )?(?:secure|undisclosed|unknown|secret|military|army|police|high-security) (?:location|barracks|camp|detention facility|prison|jail|station)|(?:was|were|been|being|is|are) (?:still |now )?(?:being )?held (?:incommunicado |captive |overnight |for (?:hours|days|questioning) )?(?:at|in) (?:an? |the )?(?:barracks|prison|jail|detention (?:centre|center|facility))',
    examples: ['The former president was being held at a secure location on April 11, 2019.', 'The two ministers were held at a military barracks on January 27, 1996.',
      'Three reporters were held overnight at a police station on March 5, 2024.'],
    counterExamples: ['Talks were held at the presidential palace on May 3, 2024.', 'The vote was held in a secure hall on May 3, 2024.'],
    state: true,
  },
  {
    // "Picked up by security agents": taken away by those who arrest, not collected.
    name: 'picked-up-by-security', type: 'arrest', form: 'verb',
    pattern: '(?:was|were|been|being|got) (?:[a-z]+ )?picked up (?:[a-z]+ ){0,3}?by (?:the )?(?:police|policemen|security (?:agents|forces|services|officers)|intelligence (?:agents|officers|services)|plain-?clothes (?:officers|agents|police)|soldiers|gendarmes|state security|secret police|(?:armed )?men in uniform)',
    examples: ['The activist was picked up by security agents on March 5, 2024.', 'Two students were reportedly picked up at their homes by plainclothes officers on March 5, 2024.'],
    counterExamples: ['The parcel was picked up by a courier on March 5, 2024.'],
  },
  {
    name: 'held-for-questioning', type: 'arrest', form: 'verb',
    pattern: '(?:was|were|been|being) (?:held|detained) for questioning',
    examples: ['The editor was held for questioning on March 7, 2024.'],
  },
  {
    name: 'order-to-leave', type: 'expulsion', form: 'verb',
    pattern: '(?:order|told|tell|ask|instruct|summon)\\w* [^.!?;]{0,70}?to leave (?:the|its|their|our|his|her) (?:territory|country|soil)|(?:\\d+|{{numberWord}}) (?:hours|days|weeks?) to leave'
      // A deadline to go is an order to go: "to leave within 72 hours", "given until Friday to leave".
      + '|(?:order|told|tell|ask|instruct|gave|give|given)\\w* [^.!?;]{0,100}?to leave (?:the country |the territory )?within (?:\\d+|{{numberWord}})[- ](?:hours?|days?|weeks?)|given until [^.!?;]{1,30}? to leave'
      + '|ordered (?:[^.!?;]{1,50}? )?out of the country|kick(?:s|ed|ing)? out (?:the|an?|its|their|his|her|\\d+|{{numberWord}}) |kicked out of (?:the|its|their) (?:country|territory)',
    examples: ['France ordered two diplomats to leave the country.', 'They were given 72 hours to leave.', 'The diplomats have one week to leave.', 'The envoy was told to leave the country within a week.',
      'The ministry ordered three envoys to leave within 48 hours.',
      'On Monday the government ordered diplomats from seven countries, among them Chile, Peru and Panama, to leave within 72 hours.', 'The four officials were given until Friday to leave.',
      'The junta ordered the French ambassador out of the country.', 'Niamey kicked out the French ambassador on Friday.',
      'The journalist was kicked out of the country on Tuesday.'],
    counterExamples: ['The diplomats left the country on Sunday.', 'Residents fled within hours of the attack.', 'The coach was kicked out of the team.'],
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
