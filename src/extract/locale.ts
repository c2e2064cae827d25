/**
 * The contract between the language-free engine and a language's data (see src/locales/).
 * Patterns are regular-expression sources written in plain language; they are matched on
 * folded text (lower case, no diacritics, straight apostrophes) and may name shared
 * sub-patterns as `{{name}}`, which are expanded longest-first at compile time.
 */
import type { EventType, TimexRole, TimexValue } from './types.ts';

/** Every rule carries examples that must match and counter-examples that must not. */
export interface RuleExamples {
  examples: string[];
  counterExamples?: string[];
}

/** A temporal pattern with its normalisation; `build` turns named groups into values. */
export interface TemporalRule extends RuleExamples {
  name: string;
  pattern: string;
  role?: TimexRole;
  build: (groups: Record<string, string | undefined>, lexicon: TemporalLexicon) => TimexValue[] | null;
}

/** Words a temporal rule reads values from. */
export interface TemporalLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  numbers: Record<string, number>;
}

/** Words or phrases that report an event of one type. `plural` triggers may report several. */
export interface TriggerRule extends RuleExamples {
  name: string;
  type: EventType;
  /** A `(?<plural>...)` group marks the forms that may report several events. */
  pattern: string;
  /** `noun` triggers ("l'arrestation de...") take no agent from the sentence subject. */
  form: 'noun' | 'verb';
  /** Reports an event only when people are named near it (a word with other senses). */
  needsPerson?: boolean;
  /** A verb of a lasting state: in the present ("est détenu") it tells the state, not the event. */
  state?: boolean;
}

/** A cue near a trigger that cancels it (negation, attempt, hypothesis, summons...). */
export interface CueRule extends RuleExamples {
  name: string;
  /** Which event types the cue cancels. */
  types: EventType[];
  pattern: string;
  /** Where the cue must sit relative to the trigger, in characters. */
  window: { before: number; after: number };
}

/** A stretch of text that is not reporting: banners, captions, credits, link lines. */
export interface BoilerplateRule extends RuleExamples {
  name: string;
  /** `line`: the whole line goes; `inline`: from the match to the end of the linked title; `match`: the match alone. */
  scope: 'line' | 'inline' | 'match' | 'paragraph';
  pattern: string;
}

export interface Country {
  code: string;
  name: string;
  /** The name with its article, as a sentence subject: "la France", "le Mali". */
  subject: string;
  /** Adjectives and nouns of nationality, every inflection. */
  demonyms: string[];
  /** Capitals and cities that stand for the country or locate an event in it. */
  cities: string[];
  /** Other names of the country. */
  aliases?: string[];
}

/** How a language phrases an event as a short title. */
export interface TitleTemplates {
  /** Templates by type, with `{agent}`, `{patient}`, `{object}`, `{place}`, `{country}`, `{in}` (place or country), `{inCountry}` slots and the `agreement` ones; the first whose slots are all filled wins. */
  templates: Record<EventType, string[]>;
  /** Joins a preposition and a following noun phrase ("de" + "un" -> "d'un"). */
  contract: (text: string) => string;
  /** "au Mali", "en France". */
  inCountry: (country: Country) => string;
  /** "à Bamako". */
  atPlace: (place: string) => string;
  /** People by their count alone ("trois personnes"), for reports read in another language; null: say nothing. */
  people: (count: number | null) => string | null;
  /** The `{object}` slot: the patient as a verb's object ("du diplomate" after a noun is "le diplomate" after "expulse"). */
  object?: (patient: string) => string;
  /** Extra slots that agree with the agent ("Les États-Unis expulse{nt}"); an empty string fills a slot. */
  agreement?: (agent: Country) => Record<string, string>;
  /** How the language sets a finished title in type (its apostrophe, small numbers in words). */
  typography?: (title: string) => string;
}

/** The small words and endings that shape a noun phrase about people. */
export interface PhraseGrammar {
  /** Determiners that say several, however many ("les", "des", "plusieurs"). */
  pluralDeterminers: string[];
  /** Plural determiners that alone do not say several ("de" in "de nombreux"). */
  weakPluralDeterminers: string[];
  /** Determiners whose number is their noun's ("the diplomat" one, "the diplomats" several). */
  numberByNoun: string[];
  /** A pattern on the folded noun that says it is plural, for `numberByNoun` determiners. */
  pluralNoun: string;
  /** Articles skipped before a noun to find the word before it ("l'", "le", "the"). */
  articles: string[];
  /** Words that open a complement of the noun ("de", "du", "of"). */
  of: string[];
  /** The conjunction that joins two groups into one ("et", "and"). */
  and: string[];
  /** Quotation marks that may wrap the noun. */
  quotes: string[];
  /** A pattern on the lower-case word: a participle, which ends the phrase ("arrêtés"). */
  participle: string;
  /** A pattern on the word as written: an infinitive, which no complement of a noun starts with ("de quitter"). */
  infinitive: string;
  /** Nationality adjectives stand before the noun ("two French diplomats"), not after ("deux diplomates français"). */
  demonymBeforeNoun: boolean;
  /** Articles that may stand between an opening quotation mark and a trigger ("« un coup d'État »"): someone's word for it. */
  quotedArticles: string[];
  /** Titles that name one person without a determiner when capitalised ("President Mohamed Bazoum"). */
  bareTitles: string[];
  /** How many letters an elided word may have before its apostrophe ("l'", "jusqu'"); 0: the language elides none. */
  elision: number;
  /** Endings that make a word a possessive before its noun ("Monday's coup": the date is the noun's); none in French. */
  possessives: string[];
}

export interface Locale {
  lang: string;
  /** Abbreviations after which a sentence does not end ("M.", "col."). */
  abbreviations: string[];
  temporalLexicon: TemporalLexicon;
  temporalRules: TemporalRule[];
  /** Words just before a temporal expression that make it a deadline or a starting point. */
  timexRoles: Record<'deadline' | 'since', string[]>;
  /** Patterns that open a line giving the article's own date ("publié le", "mis à jour le"). */
  publicationLines: string[];
  /** Determiners that make a date the day the article speaks from ("ce" in "ce lundi 5 mai 2025"). */
  deicticWords: string[];
  /** Sub-patterns usable as `{{name}}` in any rule. */
  subPatterns: Record<string, string[]>;
  triggers: TriggerRule[];
  cues: CueRule[];
  boilerplate: BoilerplateRule[];
  countries: Country[];
  /** Nouns that name people (to find who was arrested or expelled and how many). */
  personNouns: string[];
  /** Nouns that name an authority ("autorités", "junte") and take a nationality adjective. */
  authorityNouns: string[];
  /** Words that end a noun phrase about people (prepositions, relatives, participles). */
  phraseStops: string[];
  /** Prepositions before a place that locate the event ("à", "en", "au"). */
  locativePrepositions: string[];
  /** Prepositions that keep a country from being the agent ("avec", "contre"), except the agent marker. */
  nonAgentPrepositions: string[];
  /** Prepositions after a trigger of a type that name the country it happened in ("expulsé du Mali"). */
  typeLocatives: Partial<Record<EventType, string[]>>;
  /** The preposition that introduces an agent after a passive verb ("par"). */
  agentPreposition: string;
  /**
   * What makes a noun trigger refer back to an event told before: a demonstrative ("cette
   * expulsion"), or a preposition of time or cause and an article ("après le coup d'État").
   */
  anaphora: { determiners: string[]; prepositions: string[]; articles: string[]; pluralDeterminers: string[] };
  /** Capitalised words that name no one (institutions, media, titles): not evidence that two reports share people. */
  notNames: string[];
  /** Words that open a relative clause after a comma ("qui", "dont"): a date inside is that clause's. */
  relativePronouns: string[];
  /** Words that show a clause of its own (a negation, a relative pronoun): a date beyond one is not a noun's ("n'", "qui"). */
  clauseWords: string[];
  /** Words, as written, that fold to an auxiliary but are not one ("à" folds to "a"). */
  prepositionsLikeAuxiliaries: string[];
  /** Words just before a date that make it the date of the event just named ("en date du"). */
  eventDateMarkers: string[];
  /**
   * Focus words that make a report one more event of its kind, not a restatement: "son fils a
   * par ailleurs été arrêté" after "le président a été arrêté" tells a second arrest.
   */
  additiveWords: string[];
  /**
   * Time elapsed since an event named just after ("huit mois après le putsch"): `pattern` must
   * end where the noun starts and name the groups `words` (the phrase), `n` and `unit`;
   * `units` maps each written unit (folded) to its kind. Optional.
   */
  elapsedBefore?: { pattern: string; units: Record<string, 'day' | 'week' | 'month' | 'year'> };
  /** Words that introduce a part of the group just named ("trois diplomates, dont deux conseillers"). */
  subsetMarkers: string[];
  /** Adjectives that may stand between a determiner and a person noun ("deux hauts diplomates"). */
  preNominalAdjectives: string[];
  /** What tells a verb's voice, to find its patient: passive auxiliaries put it before, active ones after. */
  voice: { passiveAuxiliaries: string[]; activeAuxiliaries: string[]; participleEndings: string[]; stateAuxiliaries: string[] };
  /** Definite singular determiners: "le diplomate" counts one person. */
  singularDeterminers: string[];
  /** How a noun phrase about people is built in this language (read by participants.ts). */
  phrase: PhraseGrammar;
  /** A pattern that marks a sentence as past tense, and one for future or conditional. */
  pastTense: string;
  futureTense: string;
  /** A pattern for the tense of background, not news (the pluperfect): such reports take no date from their context. */
  backgroundTense: string;
  /** Capitalised words that start a sentence (to find where an inline link title ends). */
  sentenceStarters: string[];
  titles: TitleTemplates;
}
