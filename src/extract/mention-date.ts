/**
 * Which date a trigger's own: the nearest that no other trigger owns, not in another
 * relative clause, not too far; for a state, when it began; for an event named again, only
 * a date bound or marked as its own. And which words make a trigger refer back.
 */
import type { Locale } from './locale.ts';
import type { Span } from './types.ts';
import type { Candidate } from './triggers.ts';
import type { ResolvedTimex } from './mentions.ts';
import { compiled } from './compiled.ts';
import { fold } from './fold.ts';

export const gap = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);
/**
 * The date of a trigger: the nearest event-role temporal expression that is not nearer to
 * another trigger ("sommé deux diplomates de quitter..., en réponse à l'arrestation en
 * août": "en août" dates the arrest only); failing that, the nearest one before it, which
 * the sentence's later clauses share ("a pris le pouvoir le 25 octobre et placé X en
 * résidence surveillée").
 */
export function dateOf(timexes: ResolvedTimex[], trigger: Span, all: Candidate[], folded: string, locale: Locale): ResolvedTimex | null {
  const nearest = (pool: ResolvedTimex[]) => pool.reduce<ResolvedTimex | null>((best, t) => (!best || gap(t, trigger) < gap(best, trigger) ? t : best), null);
  // A date right after a noun trigger is that trigger's ("le coup d'État du 26 juillet"): no other trigger shares it.
  const bound = (t: ResolvedTimex) => all.some((c) => c.trigger !== trigger && boundTo(t, c, folded, locale) && gap(t, c.trigger) < gap(t, trigger));
  const mine = (t: ResolvedTimex) => gap(t, trigger) <= Math.min(...all.map((c) => gap(t, c.trigger)));
  // A date far away in a long sentence tells of something else (a communiqué "consulté jeudi" before a long quote).
  const before = (t: ResolvedTimex) => all.some((c) => c.trigger === trigger && boundBefore(t, c, folded, locale));
  const events = timexes.filter((t) => (t.role === 'event' || before(t)) && gap(t, trigger) <= DATE_REACH && !inOtherClause(t, trigger, folded, locale));
  const own = nearest(events.filter(mine)) ?? nearest(events.filter((t) => t.end <= trigger.start && !bound(t)));
  // A report in a relative clause about an event ("Monday's coup, in which the president was detained") happened
  // when that event did, unless its clause gives its own date.
  const antecedent = antecedentOf(trigger, all, folded, locale);
  const theirs = antecedent && timexes.find((t) => boundTo(t, antecedent.candidate, folded, locale));
  if (!theirs) return own;
  const close = folded.slice(trigger.end).search(/[,;:.!?]/);
  const clauseEnd = close < 0 ? folded.length : trigger.end + close;
  return own && own.start >= antecedent.opener && own.end <= clauseEnd ? own : theirs;
}

/** The event noun a trigger's relative clause is about ("the coup, in which …"), and where that clause opens. */
function antecedentOf(trigger: Span, all: Candidate[], folded: string, locale: Locale): { candidate: Candidate; opener: number } | null {
  // After the noun, its own date may come first ("le putsch du 26 juillet, au cours duquel …").
  const opens = compiled(locale).relativeOpener;
  for (const c of [...all].reverse()) {
    if (c.trigger === trigger || c.rule.form !== 'noun' || c.trigger.end > trigger.start) continue;
    const between = folded.slice(c.trigger.end, trigger.start);
    const m = opens.exec(between);
    if (m && !/[,;:.!?]/.test(between.slice(m[0].length))) return { candidate: c, opener: c.trigger.end + m[0].length };
  }
  return null;
}

/** A state and its start: "détenus depuis mardi" dates the arrest to Tuesday. */
export function sinceDateOf(timexes: ResolvedTimex[], trigger: Span, all: Candidate[]): ResolvedTimex | null {
  const mine = (t: ResolvedTimex) => gap(t, trigger) <= Math.min(...all.map((c) => gap(t, c.trigger)));
  return timexes.filter((t) => t.role === 'since' && mine(t) && gap(t, trigger) <= SINCE_REACH)
    .sort((a, b) => gap(a, trigger) - gap(b, trigger))[0] ?? null;
}

/**
 * Whether a date after a noun trigger is still inside its phrase: no verb, negation or clause
 * break between them ("l'arrestation de X, à l'aéroport de Vancouver, le 1er décembre"), as
 * opposed to "cette expulsion ne devrait pas …, depuis … en septembre 2022".
 */
export function inItsPhrase(t: Span, trigger: Span, text: string, folded: string, locale: Locale): boolean {
  if (t.start < trigger.end || t.start - trigger.end > PHRASE_REACH) return false;
  const between = folded.slice(trigger.end, t.start);
  if (/[;:.!?()«»"]/.test(between)) return false;
  // A starting point between them opens a phrase of its own: "ce putsch, le douzième depuis la fin de la monarchie en 1932".
  if (compiled(locale).startingPoint.test(between)) return false;
  const { words, tense } = compiled(locale);
  if (tense.past.test(between) || tense.future.test(between)) return false;
  // Words as written: folding makes a preposition ("à") look like an auxiliary ("a").
  const written = text.slice(trigger.end, t.start).toLowerCase().split(/[^\p{L}'’-]+/u).filter((w) => w && !locale.prepositionsLikeAuxiliaries.includes(w));
  const clause = locale.clauseWords.map(fold);
  const opensClause = (w: string) => clause.some((c) => w === c || (c.endsWith("'") && w.startsWith(c)));
  return !written.map(fold).some((w) => words.passive.has(w) || words.active.has(w) || opensClause(w));
}

/** How far after a noun trigger a date may still be in its phrase, in characters. */
const PHRASE_REACH = 160;

/** Whether words just before a date say it is the date of the event named before ("en date du 8 avril"). */
export function markedAsDate(t: Span, folded: string, locale: Locale): boolean {
  const before = folded.slice(Math.max(0, t.start - 24), t.start);
  return locale.eventDateMarkers.some((w) => before.endsWith(`${fold(w)} `) || before.endsWith(fold(w)));
}

/**
 * Whether a date sits in a relative clause the trigger is not in ("le chef, qui avait été
 * élu en mai, a été assigné à résidence": May is the election's).
 */
function inOtherClause(t: Span, trigger: Span, folded: string, locale: Locale): boolean {
  const from = Math.max(0, t.start - RELATIVE_REACH);
  const stretch = folded.slice(from, t.start);
  const re = relativeOf(locale);
  let opener = -1;
  for (const m of stretch.matchAll(re)) opener = from + m.index + m[0].length;
  if (opener < 0 || /[,;:.!?\n]/.test(folded.slice(opener, t.start))) return false;
  const close = folded.slice(t.end).search(/[,;:.]/);
  const end = close < 0 ? folded.length : t.end + close;
  return !(trigger.start >= opener && trigger.end <= end);
}

/** How far back from a date its relative pronoun may be, in characters. */
const RELATIVE_REACH = 60;
const relativeOf = (locale: Locale) => compiled(locale).relative;

/** How far before a noun trigger its determiner and preposition may start, in characters. */
export const ANAPHORA_REACH = 40;

/** The words before a noun trigger that make it a reference to an event told before. */
export const anaphoraOf = (locale: Locale) => compiled(locale).anaphora;

/**
 * Whether a date is the one a noun trigger carries: just after it ("le putsch du 26 juillet"),
 * or just before it, where a language puts a date before its noun ("Monday's coup", "the July
 * 26 coup"). A date before its noun is the noun's whatever word governs the phrase ("since
 * Monday's coup" dates the coup, not a starting point).
 */
export const boundTo = (t: Span, c: Candidate, folded: string, locale: Locale) => c.rule.form === 'noun' && (boundBefore(t, c, folded, locale) || c.trigger.end <= t.start
  && t.start - c.trigger.end <= BOUND_DATE_REACH && /^ (?:[a-z-]+ ){0,2}$/.test(folded.slice(c.trigger.end, t.start)));

/** Whether a date stands right before a noun trigger, nothing but a space or the language's possessive between ("Monday's coup", "the July 26 coup"). */
export const boundBefore = (t: Span, c: Candidate, folded: string, locale: Locale) => c.rule.form === 'noun' && t.end <= c.trigger.start
  && compiled(locale).dateBeforeNoun.test(folded.slice(t.end, c.trigger.start));

/** How far after a noun trigger a date is bound to it, in characters ("les coups d'État militaires de 2020"). */
const BOUND_DATE_REACH = 24;
/** How far from a trigger its date may stand, in characters. */
const DATE_REACH = 200;
/** How near a trigger a "depuis" date must be to date it, in characters. */
const SINCE_REACH = 60;
