/** English word lists used to read who did what to whom. */
import type { PhraseGrammar } from '../../extract/locale.ts';

const both = (...singulars: string[]) => singulars.flatMap((s) => [s, /(?:s|sh|ch|x)$/.test(s) ? `${s}es` : `${s}s`]);

/** Nouns naming people, singular and plural (to find the persons arrested or expelled). */
export const personNouns: string[] = [
  ...both('diplomat', 'agent', 'member', 'employee', 'national', 'citizen', 'soldier', 'officer', 'opponent',
    'journalist', 'reporter', 'person', 'minister', 'ambassador', 'envoy', 'official', 'civil servant', 'protester',
    'demonstrator', 'leader', 'student', 'activist', 'militant', 'president', 'lawmaker', 'deputy', 'senator',
    'general', 'colonel', 'captain', 'lieutenant', 'commander', 'chief', 'worker', 'aid worker', 'lawyer',
    'trade unionist', 'unionist', 'suspect', 'individual', 'consul', 'attaché', 'adviser', 'advisor', 'researcher',
    'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'nephew', 'cousin', 'relative', 'bodyguard', 'hostage',
    'academic', 'foreigner', 'rebel', 'magistrate', 'judge', 'policeman', 'policewoman', 'gendarme', 'mercenary',
    'jihadist', 'migrant', 'refugee', 'tourist', 'expatriate', 'representative', 'collaborator', 'prime minister',
    'former president', 'former minister', 'priest', 'imam', 'blogger', 'rapper', 'writer', 'businessman', 'businesswoman',
    'governor', 'mayor', 'staffer', 'staff member', 'opposition figure', 'opposition leader', 'head of state',
    'charge d\'affaires', 'spy', 'contractor', 'guard', 'correspondent', 'photographer', 'spokesperson', 'vice president',
    'director', 'candidate', 'supporter', 'politician', 'pilot', 'sailor', 'aide', 'dissident', 'critic',
    'cleric', 'editor', 'expert', 'nuncio', 'tycoon', 'mogul', 'detainee', 'prisoner', 'teacher', 'doctor', 'nurse', 'engineer', 'technician', 'entrepreneur', 'trader'),
  'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'fisherman', 'fishermen', 'missionary', 'missionaries',
  'secretary', 'secretaries',
  'men', 'man', 'woman', 'women', 'people', 'staff', 'personnel', 'spies', 'mercenaries', 'deputies',
  'Frenchman', 'Frenchmen', 'Frenchwoman', 'Britons',
];

/** Nouns naming an authority that acts (with a nationality adjective before it: "the Malian authorities"). */
export const authorityNouns: string[] = [
  'authorities', 'authority', 'government', 'junta', 'ministry', 'army', 'military', 'police', 'gendarmerie',
  'justice', 'regime', 'leadership', 'presidency', 'forces', 'services', 'court', 'prosecutors', 'diplomacy',
  'executive', 'state', 'officials', 'troops', 'president',
];

/** Words that end a noun phrase about people. */
export const phraseStops: string[] = [
  'in', 'at', 'on', 'for', 'who', 'that', 'which', 'whom', 'whose', 'by', 'and', 'or', 'but', 'according',
  'after', 'before', 'since', 'during', 'into', 'over', 'under', 'against', 'toward', 'towards', 'between',
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'would', 'this', 'these', 'the', 'their',
  'them', 'they', 'not', 'with', 'without', 'as', 'because', 'then', 'to', 'from', 'while', 'when', 'where',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'mid', 'late', 'early',
];

export const locativePrepositions: string[] = ['in', 'at', 'inside'];
export const nonAgentPrepositions: string[] = [
  'with', 'against', 'between', 'toward', 'towards', 'for', 'on', 'of', 'to', 'in', 'at', 'from', 'into', 'and',
  'leave', 'destabilise', 'destabilize', 'over', 'about', 'across',
];
/** Determiners that count one whatever the noun ("this diplomat"); "the" counts by its noun (see `phrase`). */
export const singularDeterminers: string[] = ['this', 'that', 'his', 'her', 'its'];

/** The small words and endings of an English noun phrase about people. */
export const phrase: PhraseGrammar = {
  pluralDeterminers: ['these', 'those', 'several', 'some', 'many', 'dozens', 'scores', 'hundreds'],
  weakPluralDeterminers: [],
  numberByNoun: ['the', 'their', 'our'],
  pluralNoun: '(?:[^s]s|men|people|staff|personnel|police)$',
  articles: ['the'],
  of: ['of'],
  and: ['and'],
  quotes: ['"', '“', '”'],
  // English has no participle or infinitive ending that tells a word apart from a noun's complement.
  participle: '(?!)',
  infinitive: '(?!)',
  demonymBeforeNoun: true,
  quotedArticles: ['a', 'an', 'the'],
  bareTitles: ['president', 'former president', 'prime minister', 'former prime minister', 'minister', 'general', 'colonel',
    'lieutenant', 'captain', 'commander', 'ambassador', 'senator', 'governor', 'mayor', 'opposition leader', 'chief'],
  elision: 0,
  possessives: ["'s"],
};

/** Nouns that follow a number without being a year ("2000 soldiers"). */
export const countNouns: string[] = [
  ...personNouns, 'dead', 'killed', 'wounded', 'injured', 'victims', 'residents', 'euros', 'dollars', 'km', 'kilometres',
  'kilometers', 'years', 'hours', 'days', 'months', 'tonnes', 'tons', '%', 'per cent', 'percent', 'francs', 'cfa',
];

/** Capitalised words that begin an English sentence (used to find where a link title ends). */
export const sentenceStarters: string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'Since', 'After', 'Before', 'According', 'For', 'This', 'These', 'That', 'It',
  'He', 'She', 'They', 'We', 'But', 'And', 'While', 'When', 'Two', 'Three', 'Several', 'Some', 'By', 'Despite',
  'However', 'Yet', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Last', 'Earlier',
  'Later', 'His', 'Her', 'Their', 'Its', 'Officials', 'Police', 'Soldiers',
];

/** English abbreviations after which Intl.Segmenter wrongly ends a sentence. */
export const abbreviations: string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Col.', 'Lt.', 'Capt.', 'Maj.', 'Sgt.', 'Cmdr.', 'Adm.', 'Rep.', 'Sen.',
  'Gov.', 'Pres.', 'St.', 'Jr.', 'Sr.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
  'U.S.', 'U.N.', 'U.K.', 'etc.', 'No.', 'vs.',
];

/** Patterns that open a line stating when the article was written or last updated. */
export const publicationLines: string[] = ['published', 'published on', 'updated', 'last updated', 'posted', 'posted on', 'first published'];

/** Adjectives that stand before a person noun ("two senior diplomats", "four former ministers"). */
export const preNominalAdjectives: string[] = [
  'senior', 'former', 'other', 'new', 'young', 'top', 'leading', 'prominent', 'high-ranking', 'junior', 'main',
  'first', 'second', 'third', 'last', 'several', 'certain', 'ex', 'influential', 'powerful', 'military', 'foreign',
  'opposition', 'civilian', 'elected', 'exiled', 'jailed', 'ousted', 'deposed', 'embassy', 'political', 'local',
  // Not an adjective, but it stands where one does: "dozens of protesters", "one of the soldiers".
  'of',
];

/** Auxiliaries that tell the voice of a verb (the patient precedes a passive, follows an active). */
export const voice = {
  passiveAuxiliaries: ['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got', 'get', 'gets'],
  activeAuxiliaries: ['has', 'have', 'had', 'having', 'did', 'does', 'do'],
  /** Passive auxiliaries in the present: "is detained" tells a state, not the event. */
  stateAuxiliaries: ['is', 'are', 'remains', 'remain', 'still'],
  /** English simple past and participle share their form: none tells an attributive participle. */
  participleEndings: [] as string[],
};

/** Capitalised words that are not people's names: institutions, media, titles, common headings. */
export const notNames: string[] = [
  'Africa', 'Europe', 'Asia', 'America', 'West', 'Union', 'Nations', 'United', 'Council', 'Security', 'Assembly',
  'Parliament', 'Constitution', 'Republic', 'Ministry', 'Minister', 'Affairs', 'Foreign', 'Interior', 'Defence', 'Defense',
  'Justice', 'Court', 'Police', 'Army', 'Guard', 'Presidency', 'Palace', 'Government', 'Prime', 'President', 'General',
  'Colonel', 'Captain', 'Lieutenant', 'Transition', 'Committee', 'Movement', 'Party', 'Front', 'Agency', 'Press',
  'Reuters', 'Associated', 'France-Presse', 'Read', 'More', 'Photo', 'Source', 'Sources', 'According', 'News', 'World',
  'Politics', 'International', 'Embassy', 'Consulate', 'North', 'South', 'East', 'Central', 'State', 'States', 'ECOWAS',
  'Getty', 'Images', 'Reporting', 'Editing', 'Writing',
];
