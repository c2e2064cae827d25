/** French word lists used to read who did what to whom. */
import type { PhraseGrammar } from '../../extract/locale.ts';

/** Nouns naming people, singular and plural (to find the persons arrested or expelled). */
/** A regular noun of people in its four forms ("correspondant": -e, -s, -es; "photographe": -s). */
const genders = (...lemmas: string[]) => lemmas.flatMap((l) => (l.endsWith('e') && !l.endsWith('é') ? [l, `${l}s`] : [l, `${l}e`, `${l}s`, `${l}es`]));

export const personNouns: string[] = [
  ...genders('correspondant', 'envoyé', 'photographe', 'vice-président', 'vice-consul', 'secrétaire', 'entrepreneur',
    'commerçant', 'pilote', 'marin', 'missionnaire', 'partisan', 'sympathisant', 'candidat', 'élu',
    'dissident', 'prisonnier', 'employeur', 'enseignant', 'médecin', 'infirmier', 'ingénieur', 'technicien', 'expert'),
  'nonce', 'nonces', 'magnat', 'magnats', "homme d'affaires", "hommes d'affaires", "femme d'affaires", "femmes d'affaires",
  'reporter', 'reporters', 'rédacteur en chef', 'rédactrice en chef', 'porte-parole', 'directeur', 'directrice', 'directeurs', 'directrices', 'patron', 'patronne',
  'patrons', 'homme politique', 'hommes politiques', 'femme politique', 'femmes politiques', 'chauffeur', 'chauffeurs',
  'pêcheur', 'pêcheurs', 'chef d\'État', 'chef de l\'État', 'chef du gouvernement', 'ancien ministre', 'anciens ministres',
  'diplomate', 'diplomates', 'agent', 'agents', 'membre', 'membres', 'personnel', 'personnels',
  'employé', 'employée', 'employés', 'employées', 'ressortissant', 'ressortissante', 'ressortissants',
  'ressortissantes', 'militaire', 'militaires', 'soldat', 'soldats', 'officier', 'officiers',
  'opposant', 'opposante', 'opposants', 'opposantes', 'journaliste', 'journalistes', 'personne',
  'personnes', 'ministre', 'ministres', 'ambassadeur', 'ambassadeurs', 'ambassadrice', 'chargé d\'affaires',
  'fonctionnaire', 'fonctionnaires', 'manifestant', 'manifestants', 'manifestantes', 'dirigeant',
  'dirigeants', 'responsable', 'responsables', 'civil', 'civils', 'étudiant', 'étudiants', 'étudiantes',
  'militant', 'militants', 'militante', 'militantes', 'président', 'présidente', 'députés', 'député',
  'général', 'généraux', 'colonel', 'colonels', 'capitaine', 'capitaines', 'lieutenant', 'commandant',
  'chef', 'chefs', 'homme', 'hommes', 'femme', 'femmes', 'citoyen', 'citoyens', 'citoyenne',
  'travailleur', 'travailleurs', 'humanitaire', 'humanitaires', 'avocat', 'avocats', 'syndicaliste',
  'syndicalistes', 'leader', 'leaders', 'suspect', 'suspects', 'individu', 'individus', 'consul',
  'consuls', 'attaché', 'attachés', 'conseiller', 'conseillers', 'chercheur', 'chercheurs',
  'chercheuse', 'chercheuses', 'fils', 'fille', 'filles', 'frère', 'frères', 'sœur', 'sœurs', 'épouse', 'époux', 'mari',
  'neveu', 'neveux', 'cousin', 'cousins', 'proche', 'proches', 'garde du corps', 'gardes du corps', 'otage', 'otages',
  'chercheur français', 'universitaire', 'universitaires', 'ex-diplomate', 'ex-ministre', 'ex-président', 'ex-premier ministre', 'étranger', 'étrangers', 'étrangère', 'étrangères', 'rebelle', 'rebelles',
  'magistrat', 'magistrats', 'juge', 'juges', 'policier', 'policiers', 'gendarme', 'gendarmes',
  'mercenaire', 'mercenaires', 'jihadiste', 'jihadistes', 'djihadiste', 'djihadistes', 'migrant',
  'migrants', 'réfugié', 'réfugiés', 'touriste', 'touristes', 'expatrié', 'expatriés', 'représentant',
  'représentants', 'collaborateur', 'collaborateurs', 'premier ministre', 'ex-président', 'ancien président',
  'prêtre', 'prêtres', 'imam', 'imams', 'blogueur', 'blogueurs', 'rappeur', 'écrivain', 'écrivaine',
  'homme d\'affaires', 'hommes d\'affaires', 'religieuse', 'religieuses', 'ministres', 'gouverneur',
  'maire', 'maires', 'sénateur', 'sénateurs', 'activiste', 'activistes', 'Français', 'Françaises',
];

/** Nouns naming an authority that acts (with a nationality adjective: "les autorités maliennes"). */
export const authorityNouns: string[] = [
  'autorités', 'autorité', 'gouvernement', 'junte', 'ministère', 'armée', 'police', 'gendarmerie',
  'justice', 'régime', 'pouvoir', 'présidence', 'état-major', 'forces', 'services', 'tribunal',
  'parquet', 'diplomatie', 'exécutif', 'État', 'Etat', 'chancellerie', 'militaires', 'président',
];

/** Words that end a noun phrase about people. */
export const phraseStops: string[] = [
  'à', 'au', 'aux', 'en', 'pour', 'qui', 'que', "qu'", 'dont', 'par', 'et', 'ou', 'mais', 'selon',
  'après', 'avant', 'depuis', 'lors', 'dans', 'sur', 'sous', 'contre', 'vers', 'entre', 'ont', 'a',
  'est', 'sont', 'avait', 'avaient', 'été', 'sera', 'seront', 'ce', 'cette', 'le', 'la', 'les',
  'leur', 'leurs', 'eux', 'ne', "n'", 'se', "s'", 'auprès', 'avec', 'sans', 'comme', 'car', 'puis',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'mi', 'fin', 'début',
];

export const locativePrepositions: string[] = ['à', 'au', 'aux', 'en', 'dans', 'depuis'];
export const nonAgentPrepositions: string[] = [
  'avec', 'contre', 'entre', 'vers', 'envers', 'pour', 'sur', 'de', "d'", 'du', 'des', 'à', 'au', 'aux',
  'en', 'chez', 'auprès', 'dans', 'et', 'quitter', 'déstabiliser',
];
/** The small words and endings of a French noun phrase about people. */
export const phrase: PhraseGrammar = {
  pluralDeterminers: ['les', 'des', 'ces', 'ses', 'leurs', 'plusieurs', 'quelques', 'certains', 'de', "d'", 'nos', 'vos'],
  weakPluralDeterminers: ['de', "d'"],
  numberByNoun: [],
  pluralNoun: '(?!)',
  articles: ["l'", 'le', 'la', 'les'],
  of: ['de', 'du', 'des', "d'"],
  and: ['et'],
  quotes: ['«', '»', '"', '“', '”'],
  participle: '(?:é|ée|és|ées|ant)$',
  infinitive: '(?:er|ir|re)$',
  demonymBeforeNoun: false,
  bareTitles: [],
  quotedArticles: ['un', 'une', 'le', 'la', 'du', 'de'],
  elision: 5,
  possessives: [],
};

export const singularDeterminers: string[] = ['le', 'la', "l'", 'du', 'au', 'ce', 'cet', 'cette', 'son', 'sa', 'leur', 'notre'];

/** Nouns that follow a number without being a year ("2000 soldats"). */
export const countNouns: string[] = [
  ...personNouns, 'morts', 'blessés', 'victimes', 'habitants', 'euros', 'dollars', 'km', 'kilomètres',
  'ans', 'heures', 'jours', 'mois', 'tonnes', '%', 'pour cent', 'francs', 'cfa',
];

/** Capitalised words that begin a French sentence (used to find where a link title ends). */
export const sentenceStarters: string[] = [
  'Le', 'La', 'Les', "L'", 'Un', 'Une', 'Des', 'Depuis', 'Dans', 'En', 'Au', 'Aux', 'Selon', 'Pour',
  'Cette', 'Ce', 'Ces', 'Cet', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Alors', 'Mais', 'Après', 'Avant',
  'Lors', 'Deux', 'Trois', 'Quelques', 'Plusieurs', 'Par', 'Sur', 'Si', 'Malgré', 'Face', 'Outre',
  'Ainsi', 'Cependant', 'Pourtant', 'Toutefois', 'Néanmoins', 'Jeudi', 'Lundi', 'Mardi', 'Mercredi',
  'Vendredi', 'Samedi', 'Dimanche', 'Hier', 'Mi', 'Fin', 'Début', 'À', 'Du', 'De', "D'", 'Son', 'Sa',
  'Ses', 'Leur', 'Leurs', 'Interrogé', 'Contacté', 'Jusqu\'ici', 'Jusqu\'à',
];

/** French abbreviations after which Intl.Segmenter wrongly ends a sentence. */
export const abbreviations: string[] = [
  'M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Dr.', 'Pr', 'Pr.', 'Me', 'Mgr', 'col.', 'Col.', 'gén.',
  'Gén.', 'lt.', 'Lt.', 'cap.', 'St.', 'Ste', 'av.', 'apr.', 'J.-C.', 'etc.', 'env.', 'cf.', 'p.', 'n°',
  'S.E.', 'S.M.', 'Cdt.', 'cdt.', 'sgt.', 'Sgt.', 'adj.', 'vol.', 'art.', 'janv.', 'févr.', 'avr.',
  'juil.', 'sept.', 'oct.', 'nov.', 'déc.',
];

/** Patterns that open a line stating when the article was written or last updated. */
export const publicationLines: string[] = [
  'publie le', 'publie', 'mis a jour le', 'mise a jour le', 'derniere mise a jour', 'maj', 'mis en ligne le', 'date de publication',
];

/** Adjectives that stand before a person noun ("deux hauts diplomates", "quatre anciens ministres"). */
export const preNominalAdjectives: string[] = [
  'haut', 'hauts', 'haute', 'hautes', 'ancien', 'anciens', 'ancienne', 'anciennes', 'autre', 'autres',
  'nouveau', 'nouveaux', 'nouvelle', 'nouvelles', 'jeune', 'jeunes', 'proche', 'proches', 'principal',
  'principaux', 'principale', 'principales', 'simple', 'simples', 'grand', 'grands', 'vieux', 'premier',
  'première', 'premiers', 'deuxième', 'troisième', 'dernier', 'derniers', 'plusieurs', 'certains', 'certaines',
  'ex', 'éminent', 'éminente', 'célèbre', 'influent', 'influents', 'puissant', 'puissants',
];

/** Auxiliaries and endings that tell the voice of a verb (the patient precedes a passive, follows an active). */
export const voice = {
  passiveAuxiliaries: ['été', 'est', 'sont', 'était', 'étaient', 'fut', 'furent', 'soit', 'sera', 'seront', 'serait', 'seraient', 'être'],
  activeAuxiliaries: ['a', 'ont', 'avait', 'avaient', 'avoir', 'aurait', 'auraient', 'eut', 'eurent', 'ayant'],
  /** Passive auxiliaries in the present or imperfect: "est détenu" tells a state, not the event. */
  stateAuxiliaries: ['est', 'sont', 'était', 'étaient', 'reste', 'restent', 'demeure', 'demeurent'],
  participleEndings: ['e', 'ee', 'es', 'ees', 'i', 'is', 'ie', 'ies', 'u', 'us', 'ue', 'ues', 'it', 'its', 'ite', 'ites'],
};

/** Capitalised words that are not people's names: institutions, media, titles, common headings. */
export const notNames: string[] = [
  'Afrique', 'Europe', 'Asie', 'Amérique', 'Occident', 'Union', 'Nations', 'Unies', 'Conseil', 'Sécurité', 'Assemblée',
  'Parlement', 'Constitution', 'République', 'Ministère', 'Ministre', 'Affaires', 'Étrangères', 'Etrangères', 'Intérieur',
  'Défense', 'Justice', 'Cour', 'Tribunal', 'Parquet', 'Police', 'Armée', 'Garde', 'Présidence', 'Palais', 'Gouvernement',
  'Premier', 'Président', 'Présidente', 'Général', 'Colonel', 'Capitaine', 'Lieutenant', 'Monsieur', 'Madame', 'Transition',
  'Comité', 'Mouvement', 'Parti', 'Front', 'Agence', 'Presse', 'France-Presse', 'Reuters', 'Associated', 'Press', 'Lire',
  'Aussi', 'Photo', 'Crédit', 'Source', 'Sources', 'Selon', 'Actualité', 'Actualités', 'International', 'Monde', 'Politique',
  'Ambassade', 'Consulat', 'Ouest', 'Nord', 'Centre', 'Est', 'Sud', 'Etat', 'État', 'Etats', 'États', 'Unis', 'CEDEAO', 'Cedeao',
];
