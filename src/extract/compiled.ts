/**
 * Everything the engine derives from a locale's data (word sets, tense and anaphora
 * patterns), built once per locale, in one place. Trigger and temporal patterns are
 * compiled by patterns.ts, the gazetteer by gazetteer.ts.
 */
import type { Locale } from './locale.ts';
import { fold } from './fold.ts';
import { escapeRegExp, expandPattern } from './patterns.ts';
import { tokenPattern } from './tokens.ts';

/** The noun-phrase grammar, folded into sets and compiled patterns. */
export interface Phrase {
  plural: Set<string>;
  weakPlural: Set<string>;
  byNoun: Set<string>;
  pluralNoun: RegExp;
  articles: Set<string>;
  of: Set<string>;
  and: Set<string>;
  quotes: Set<string>;
  participle: RegExp;
  infinitive: RegExp;
  demonymBeforeNoun: boolean;
  bareTitles: Set<string>;
  /** An opening quotation mark, and maybe an article, just before a trigger. */
  quotedBefore: RegExp;
  tokens: RegExp;
}

/** The words the participant reader needs, folded. */
export interface Words {
  persons: Set<string>;
  /** Person nouns written with a capital ("Français"): only a capitalised word is one. */
  capitalised: Set<string>;
  stops: Set<string>;
  singular: Set<string>;
  numbers: Record<string, number>;
  adjectives: Set<string>;
  subset: Set<string>;
  passive: Set<string>;
  active: Set<string>;
  state: Set<string>;
  participle: RegExp;
}

export interface CompiledLocale {
  words: Words;
  phrase: Phrase;
  tense: { past: RegExp; future: RegExp; background: RegExp };
  /** The words before a noun trigger that make it refer back ("cette expulsion", "après le coup d'État"). */
  anaphora: RegExp;
  /** A plural determiner or number just before a noun: without one, a plural noun is generic. */
  pluralDeterminer: RegExp;
  /** A relative pronoun opening a clause. */
  relative: RegExp;
  /** Capitalised words that name no one. */
  commonNames: Set<string>;
  /** A focus word that makes a report one more of its kind ("également", "also"). */
  additive: RegExp;
  /** Time elapsed since the event a noun names next ("huit mois après le putsch"). */
  elapsed: { pattern: RegExp; units: Record<string, 'day' | 'week' | 'month' | 'year'> } | null;
  /**
   * Every trigger rule as one alternation, to tell at one pass that a sentence reports nothing
   * (most do not): the rules are then not run one by one. Its groups are unnamed (several rules
   * name the same group).
   */
  anyTrigger: RegExp;
  /** What may stand between a date and the noun trigger right after it: a space, or a possessive ending and a space. */
  dateBeforeNoun: RegExp;
  /** After an event noun, the opening of a relative clause about it ("le putsch du 26 juillet, au cours duquel "). */
  relativeOpener: RegExp;
  /** A word that marks a starting point ("depuis", "since"), short ones left out: folded, they are other words too ("dès" is "des"). */
  startingPoint: RegExp;
}

/** The shortest starting-point word that is only that. */
const STARTING_POINT_LENGTH = 5;

const alternatives = (list: string[]) => list.map((w) => escapeRegExp(fold(w))).join('|');

function compile(locale: Locale): CompiledLocale {
  const { determiners, prepositions, articles, pluralDeterminers } = locale.anaphora;
  const folded = (list: string[]) => new Set(list.map(fold));
  const p = locale.phrase;
  return {
    phrase: {
      plural: folded(p.pluralDeterminers), weakPlural: folded(p.weakPluralDeterminers),
      byNoun: folded(p.numberByNoun), pluralNoun: new RegExp(p.pluralNoun), articles: folded(p.articles),
      of: folded(p.of), and: folded(p.and), quotes: new Set(p.quotes),
      participle: new RegExp(p.participle, 'u'), infinitive: new RegExp(p.infinitive, 'u'),
      demonymBeforeNoun: p.demonymBeforeNoun, bareTitles: folded(p.bareTitles),
      quotedBefore: new RegExp(`["«“](?: ?(?:${p.quotedArticles.map(fold).join('|')}))? ?$`), tokens: tokenPattern(p.elision),
    },
    words: {
      persons: new Set(locale.personNouns.filter((n) => !/^\p{Lu}/u.test(n)).map(fold)),
      capitalised: new Set(locale.personNouns.filter((n) => /^\p{Lu}/u.test(n)).map(fold)),
      stops: new Set(locale.phraseStops.map(fold)),
      singular: new Set(locale.singularDeterminers.map(fold)),
      numbers: Object.fromEntries(Object.entries(locale.temporalLexicon.numbers).map(([k, v]) => [fold(k), v])),
      adjectives: new Set(locale.preNominalAdjectives.map(fold)),
      subset: new Set(locale.subsetMarkers.map(fold)),
      passive: new Set(locale.voice.passiveAuxiliaries.map(fold)),
      active: new Set(locale.voice.activeAuxiliaries.map(fold)),
      state: new Set(locale.voice.stateAuxiliaries.map(fold)),
      participle: locale.voice.participleEndings.length ? new RegExp(`(?:${locale.voice.participleEndings.map(fold).join('|')})$`) : /(?!)/,
    },
    tense: { past: new RegExp(locale.pastTense), future: new RegExp(locale.futureTense), background: new RegExp(locale.backgroundTense) },
    anaphora: new RegExp(`(?:^|[^a-z0-9'])(?:(?:${alternatives(determiners)}) |(?:${alternatives(prepositions)}) (?:${alternatives(articles)})(?: |(?<='))?)(?:[a-z-]+ )?$`),
    pluralDeterminer: new RegExp(`(?:^|[^a-z])(?:${alternatives([...pluralDeterminers, ...Object.keys(locale.temporalLexicon.numbers)])}|\\d+)[ ']?$`),
    relative: new RegExp(`(?:^|, ?| )(?:${alternatives(locale.relativePronouns)}) `, 'g'),
    elapsed: locale.elapsedBefore ? {
      pattern: new RegExp(`(?<![a-z0-9])(?:${expandPattern(locale.elapsedBefore.pattern, locale.subPatterns)})$`),
      units: locale.elapsedBefore.units,
    } : null,
    additive: new RegExp(`(?:^|[^a-z0-9])(?:${alternatives(locale.additiveWords)})(?![a-z0-9])`),
    dateBeforeNoun: new RegExp(`^(?:${alternatives(p.possessives)})? $`.replace('(?:)?', '')),
    relativeOpener: new RegExp(`^(?: [^,;:.!?]{1,30}?)?,? (?:[a-z]+ ){0,2}?(?:${alternatives(locale.relativePronouns)}) `),
    startingPoint: new RegExp(`(?:^|[^a-z])(?:${alternatives(locale.timexRoles.since.filter((w) => fold(w).length >= STARTING_POINT_LENGTH)) || '(?!)'})(?![a-z])`),
    anyTrigger: new RegExp(locale.triggers.map((r) => `(?:${expandPattern(r.pattern, locale.subPatterns)})`).join('|').replace(/\(\?<(?![=!])\w+>/g, '(?:')),
    commonNames: new Set([...locale.sentenceStarters, ...locale.personNouns, ...locale.authorityNouns, ...Object.keys(locale.temporalLexicon.months),
      ...Object.keys(locale.temporalLexicon.weekdays), ...locale.notNames].map(fold)),
  };
}

const cache = new WeakMap<Locale, CompiledLocale>();

/** The locale's derived structures, compiled on first use. */
export function compiled(locale: Locale): CompiledLocale {
  let c = cache.get(locale);
  if (!c) cache.set(locale, (c = compile(locale)));
  return c;
}
