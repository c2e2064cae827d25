/**
 * The English trigger lexicon: verbs and nouns that report a coup, an arrest or an
 * expulsion, as lemmas; every form is generated from `inflection.ts`. Examples must yield a
 * mention of the type; counter-examples must not (a cue in cues.ts may be what cancels them).
 */
import type { LexiconEntry } from '../../extract/lexicon.ts';

/**
 * Before a coup verb, these make its participle an adjective that names a ruler by a coup told
 * before ("the ousted president remains in detention", "Niger's deposed leader"), not a report.
 */
const NAMED_BY_A_PAST_COUP = ['the ', ' a ', ' an ', "'s ", ' his ', ' her ', ' its ', ' their ', 'recently ', 'newly ', 'now-', 'since-'];

/**
 * A coup verb reports a coup only about who rules ("toppled the president", not "toppled a
 * record"): one entry per ruler it names, each with its example.
 */
const coupVerb = (verb: string, irregular: { participle?: string; finite?: string[] }, examples: Record<string, string>): LexiconEntry[] =>
  Object.entries(examples).map(([complement, example]) => ({
    type: 'coup', verb, complement, ...irregular, notAfter: NAMED_BY_A_PAST_COUP, examples: [example],
    ...(complement.startsWith('in ') ? {} : { counterExamples: [`The ${irregular.participle ?? `${verb.replace(/e$/, '')}ed`} ${complement} remained in detention on March 5, 2024.`] }),
  }));

export const lexicon: LexiconEntry[] = [
  // --- arrests: nouns first, so that "the arrest of" is read as a noun
  {
    type: 'arrest', noun: 'arrest',
    examples: ['The arrest of two journalists on Tuesday drew protests.', 'The arrests of three opposition leaders, on March 5, 2024, were condemned.'],
    counterExamples: ['A warrant for his arrest was issued.', 'The opposition demanded the arrest of those responsible.'],
  },
  { type: 'arrest', noun: 'detention', needsPerson: true, examples: ['The detention of the former minister on May 2, 2024, surprised many.'], counterExamples: ['He died in a detention centre.'] },
  { type: 'arrest', noun: 'house arrest', examples: ['His house arrest, on May 9, 2024, was confirmed.'] },
  // --- arrests: verbs
  {
    type: 'arrest', verb: 'arrest',
    examples: ['Police arrested five journalists in Conakry.', 'Two opposition figures were arrested on Tuesday.'],
    counterExamples: ['The decline was arrested by new investment.'],
    notAfter: ['decline was ', 'growth was '],
  },
  { type: 'arrest', verb: 'detain', needsPerson: true, examples: ['Three activists were detained in Dakar.', 'Soldiers detained the president at his residence.'] },
  { type: 'arrest', verb: 'apprehend', needsPerson: true, examples: ['The suspect was apprehended at his home.'] },
  { type: 'arrest', verb: 'jail', examples: ['The former minister was jailed on Monday.'] },
  { type: 'arrest', verb: 'imprison', state: true, examples: ['The two trade unionists were imprisoned.'] },
  { type: 'arrest', verb: 'capture', needsPerson: true, examples: ['Soldiers captured the president in his palace.'], counterExamples: ['The images captured by the camera.'] },
  {
    type: 'arrest', verb: 'take', participle: 'taken', finite: ['took', 'takes', 'taking'], complement: 'into custody',
    examples: ['The mayor was taken into custody on Friday.', 'Police took two students into custody.'],
  },
  { type: 'arrest', verb: 'place', complement: 'under house arrest', examples: ['The former president was placed under house arrest on July 26, 2023.'] },
  { type: 'arrest', verb: 'put', participle: 'put', finite: ['puts', 'putting'], complement: 'under house arrest', examples: ['The soldiers put the head of state under house arrest.'] },
  { type: 'arrest', verb: 'place', complement: 'in detention', examples: ['The journalist was placed in detention.'] },
  { type: 'arrest', verb: 'remand', complement: 'in custody', examples: ['The editor was remanded in custody on March 5, 2024.'] },
  { type: 'arrest', verb: 'round', complement: 'up', needsPerson: true, examples: ['Security forces rounded up dozens of protesters.'], counterExamples: ['The figures were rounded up to the nearest thousand.'] },
  // --- coups
  {
    type: 'coup', noun: 'coup',
    examples: ['The 2020 coup removed the president.', 'Since the coups of 2020 and 2021, relations have soured.'],
    counterExamples: ['The word "coup" was on every front page on March 3, 2024.', 'A coup attempt was foiled on March 3, 2024.', 'The failed coup of 2022 left ten dead.', 'The opposition fears a coup in 2026.'],
  },
  { type: 'coup', noun: "coup d'État", plural: "coups d'État", examples: ["The coup d'état of July 26, 2023 surprised Niamey."] },
  { type: 'coup', noun: 'putsch', plural: 'putsches', examples: ['The putsch of July 26, 2023 surprised Niamey.'] },
  { type: 'coup', noun: 'military takeover', examples: ['The military takeover of August 30, 2023 ended the family\'s rule.'] },
  {
    type: 'coup', verb: 'seize', complement: 'power',
    examples: ['The army seized power on October 25, 2021.', 'Officers who seized power on Wednesday dissolved the government.'],
    counterExamples: ['Officers had plotted to seize power.'],
  },
  { type: 'coup', verb: 'take', participle: 'taken', finite: ['took', 'takes', 'taking'], complement: 'power', examples: ['On August 30, 2023, soldiers took power in Libreville.'] },
  { type: 'coup', verb: 'stage', complement: 'a coup', examples: ['The army staged a coup in 2021.'] },
  ...coupVerb('topple', {}, {
    president: 'Officers toppled President Kaboré on January 24, 2022.', government: 'Soldiers toppled the government in 2021.',
    regime: 'The army toppled the regime on August 18, 2020.', 'head of state': 'Mutineers toppled the head of state.',
    // The ruler named by how he came to power ("the country's first democratically elected president").
    'elected president': "Niger's army toppled the country's first democratically elected president on January 27, 1996.",
    'elected government': 'Soldiers toppled the democratically elected government on May 3, 2024.',
  }),
  ...coupVerb('oust', {}, {
    president: 'Officers ousted the president on July 26, 2023.', government: 'The army ousted the civilian government in 2021.',
    'head of state': 'Soldiers ousted the head of state on Wednesday.', 'in a coup': 'The leader was ousted in a coup in 2021.',
    'elected president': "Officers ousted the country's first freely elected president on May 3, 2024.",
    'elected government': 'The army ousted the elected government on May 3, 2024.',
  }),
  ...coupVerb('overthrow', { participle: 'overthrown', finite: ['overthrew', 'overthrows', 'overthrowing'] }, {
    president: 'Soldiers overthrew President Bongo on Wednesday.', government: 'Soldiers overthrew the government in 2021.',
    regime: 'The army overthrew the regime on August 18, 2020.', 'head of state': 'Officers overthrew the head of state.',
    'elected president': 'Soldiers overthrew the democratically elected president on May 3, 2024.',
    'elected government': "The army overthrew the country's elected government on May 3, 2024.",
  }),
  ...coupVerb('depose', {}, {
    president: 'The junta deposed the president on January 24, 2022.', government: 'Officers deposed the government.',
    'head of state': 'Soldiers deposed the head of state.',
  }),
  // --- expulsions
  {
    type: 'expulsion', verb: 'expel', participle: 'expelled', finite: ['expels', 'expelling'],
    examples: ['Niamey expelled the French ambassador on August 26, 2023.', 'The government expels two foreign journalists.'],
    counterExamples: ['The ambassador was summoned to the ministry.', 'The government could expel the journalists.'],
  },
  {
    type: 'expulsion', noun: 'expulsion',
    examples: ['On September 17, the ministry announced the expulsion of five embassy staff.'],
    counterExamples: ['Lawmakers demanded the expulsion of the ambassador.', 'The country threatened to expel the diplomats.'],
  },
  { type: 'expulsion', verb: 'declare', complement: 'persona non grata', examples: ['Paris declared two Malian diplomats persona non grata.'] },
  { type: 'expulsion', verb: 'declare', complement: 'personae non gratae', examples: ['Twelve staff were declared personae non gratae on April 14, 2025.'] },
  { type: 'expulsion', verb: 'deport', needsPerson: true, examples: ['The two activists were deported on Tuesday.'] },
  { type: 'expulsion', noun: 'deportation', examples: ['The deportation of twenty migrants, on May 9, 2024, was criticised.'] },
];
