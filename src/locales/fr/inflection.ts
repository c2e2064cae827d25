/** How French inflects the verbs and nouns of the trigger lexicon (folded endings: no accents). */
import type { Inflection } from '../../extract/lexicon.ts';

export const inflection: Inflection = {
  verbClasses: [
    // arrêter: arrêté, arrête, arrêtent, arrêtait, arrêta, arrêtèrent, arrêtant, arrêtera...
    { infinitive: 'er', participle: 'e', finite: ['e', 'ent', 'ait', 'aient', 'a', 'erent', 'ant', 'era', 'eront', 'erait', 'eraient'] },
    // saisir: saisi, saisit, saisissent, saisissait, saisirent, saisissant...
    { infinitive: 'ir', participle: 'i', finite: ['it', 'issent', 'issait', 'issaient', 'irent', 'issant', 'ira', 'iront'] },
    // détenir, prendre, mettre: irregular participles and forms are given with the entry.
    { infinitive: 're', participle: 'u', finite: [] },
  ],
  agreement: ['', 'e', 's', 'es'],
  plural: 's',
};
