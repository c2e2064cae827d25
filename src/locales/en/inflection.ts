/** How English inflects the verbs and nouns of the trigger lexicon (folded endings). */
import type { Inflection } from '../../extract/lexicon.ts';

export const inflection: Inflection = {
  verbClasses: [
    // seize: seized, seizes, seizing; depose, topple, imprison... by their final "e".
    { infinitive: 'e', participle: 'ed', finite: ['es', 'ing'] },
    // arrest: arrested, arrests, arresting; detain, oust, jail. Doubled consonants ("expelled") and
    // irregular forms ("overthrown", "took") are given with the entry.
    { infinitive: '', participle: 'ed', finite: ['s', 'ing'] },
  ],
  // English participles do not agree.
  agreement: [''],
  plural: 's',
};
