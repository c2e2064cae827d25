/**
 * Mentions: each coup, arrest or expulsion a sentence reports, with its date, place,
 * agent, patient and count. Cancelled triggers (attempts, negation, hypotheses) are dropped.
 */
import type { CueRule, Locale, TriggerRule } from './locale.ts';
import type { DateDerivation, Mention, MentionDate, Sentence, Span, Timex, TimexValue } from './types.ts';
import { escapeRegExp, matchAll } from './patterns.ts';
import { fold } from './fold.ts';
import { gazetteer } from './gazetteer.ts';
import { agentOf, locationOf, namesIn, patientOf, readSentence, type SentenceParts, voiceOf } from './participants.ts';
import type { Resolved, Tense } from './resolve.ts';

/** A temporal expression with what it resolved to in its article. */
export interface ResolvedTimex extends Timex {
  resolved: Resolved[];
  /** Set when the date belongs to a noun trigger just before it ("l'arrestation en août"), not to its context. */
  bound?: boolean;
}

interface Candidate {
  rule: TriggerRule;
  trigger: Span;
  plural: boolean;
  cancelled: boolean;
}

/** Triggers in a sentence, each saying whether a cue cancels it. */
/**
 * How many triggers one sentence may report: beyond, it is a list or garbage, and reading
 * more would make its cost grow faster than its length. The rest are left, with a warning.
 */
export const MAX_TRIGGERS = 48;

function triggersIn(folded: string, sentence: Span, locale: Locale, warn: (message: string) => void): Candidate[] {
  const slice = folded.slice(sentence.start, sentence.end);
  let all: Candidate[] = [];
  for (const rule of locale.triggers) {
    for (const m of matchAll(rule.pattern, locale.subPatterns, slice)) {
      const trigger = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      all.push({ rule, trigger, plural: Boolean(m.groups?.plural), cancelled: false });
    }
  }
  if (all.length > 4 * MAX_TRIGGERS) {
    all = all.sort((a, b) => a.trigger.start - b.trigger.start).slice(0, 4 * MAX_TRIGGERS);
  }
  // Where triggers overlap, the longest wins ("placé en résidence surveillée" over "placé"); then the rule listed first.
  let found: Candidate[] = [];
  for (const c of all.sort((a, b) => (b.trigger.end - b.trigger.start) - (a.trigger.end - a.trigger.start) || Number(!!a.rule.needsPerson) - Number(!!b.rule.needsPerson))) {
    if (!found.some((f) => f.trigger.start < c.trigger.end && c.trigger.start < f.trigger.end)) found.push(c);
  }
  found.sort((a, b) => a.trigger.start - b.trigger.start);
  if (found.length > MAX_TRIGGERS) {
    warn(`a sentence reports more than ${MAX_TRIGGERS} events: only the first ${MAX_TRIGGERS} are read`);
    found = found.slice(0, MAX_TRIGGERS);
  }
  // Each cue is matched once per sentence, then tested against every trigger's window.
  const cueMatches = new Map(locale.cues.map((cue) => [cue, matchAll(cue.pattern, locale.subPatterns, slice)] as const));
  for (const c of found) c.cancelled = cancelled(cueMatches, sentence.start, c, slice);
  return found;
}

function cancelled(cueMatches: Map<CueRule, RegExpExecArray[]>, offset: number, c: Candidate, slice: string): boolean {
  const ts = c.trigger.start - offset;
  const te = c.trigger.end - offset;
  if (quoted(slice, ts, te)) return true;
  for (const [cue, matches] of cueMatches) {
    if (!cue.types.includes(c.rule.type)) continue;
    for (const m of matches) {
      const ms = m.index;
      const me = ms + m[0].length;
      if ((me <= ts && ts - me <= cue.window.before) || (ms >= te && ms - te <= cue.window.after)) return true;
    }
  }
  return false;
}

/** A trigger between quotation marks is someone's word for it, not the report's ("le « coup d'État »"). */
function quoted(slice: string, ts: number, te: number): boolean {
  const before = slice.slice(Math.max(0, ts - 6), ts);
  const after = slice.slice(te, te + 2);
  return /["«“](?: ?(?:un|une|le|la|du|de))? ?$/.test(before) && /^ ?["»”]/.test(after);
}

const gap = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/**
 * The date of a trigger: the nearest event-role temporal expression that is not nearer to
 * another trigger ("sommé deux diplomates de quitter..., en réponse à l'arrestation en
 * août": "en août" dates the arrest only); failing that, the nearest one before it, which
 * the sentence's later clauses share ("a pris le pouvoir le 25 octobre et placé X en
 * résidence surveillée").
 */
function dateOf(timexes: ResolvedTimex[], trigger: Span, all: Candidate[], folded: string, locale: Locale): ResolvedTimex | null {
  const nearest = (pool: ResolvedTimex[]) => pool.reduce<ResolvedTimex | null>((best, t) => (!best || gap(t, trigger) < gap(best, trigger) ? t : best), null);
  // A date right after a noun trigger is that trigger's ("le coup d'État du 26 juillet"): no other trigger shares it.
  const bound = (t: ResolvedTimex) => all.some((c) => c.trigger !== trigger && boundTo(t, c, folded) && gap(t, c.trigger) < gap(t, trigger));
  const mine = (t: ResolvedTimex) => gap(t, trigger) <= Math.min(...all.map((c) => gap(t, c.trigger)));
  // A date far away in a long sentence tells of something else (a communiqué "consulté jeudi" before a long quote).
  const events = timexes.filter((t) => t.role === 'event' && gap(t, trigger) <= DATE_REACH && !inOtherClause(t, trigger, folded, locale));
  return nearest(events.filter(mine)) ?? nearest(events.filter((t) => t.end <= trigger.start && !bound(t)));
}

/** A state and its start: "détenus depuis mardi" dates the arrest to Tuesday. */
function sinceDateOf(timexes: ResolvedTimex[], trigger: Span, all: Candidate[]): ResolvedTimex | null {
  const mine = (t: ResolvedTimex) => gap(t, trigger) <= Math.min(...all.map((c) => gap(t, c.trigger)));
  return timexes.filter((t) => t.role === 'since' && mine(t) && gap(t, trigger) <= SINCE_REACH)
    .sort((a, b) => gap(a, trigger) - gap(b, trigger))[0] ?? null;
}

/** Whether words just before a date say it is the date of the event named before ("en date du 8 avril"). */
function markedAsDate(t: Span, folded: string, locale: Locale): boolean {
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
const relatives = new WeakMap<Locale, RegExp>();
function relativeOf(locale: Locale): RegExp {
  let re = relatives.get(locale);
  if (!re) relatives.set(locale, (re = new RegExp(`(?:^|, ?)(?:${locale.relativePronouns.map((w) => escapeRegExp(fold(w))).join('|')}) `, 'g')));
  return re;
}

/** How far before a noun trigger its determiner and preposition may start, in characters. */
const ANAPHORA_REACH = 40;

const anaphoras = new WeakMap<Locale, RegExp>();

/** The words before a noun trigger that make it a reference to an event told before. */
function anaphoraOf(locale: Locale): RegExp {
  let re = anaphoras.get(locale);
  if (!re) {
    const words = (list: string[]) => list.map((w) => escapeRegExp(fold(w))).join('|');
    const { determiners, prepositions, articles } = locale.anaphora;
    re = new RegExp(`(?:^|[^a-z0-9'])(?:(?:${words(determiners)}) |(?:${words(prepositions)}) (?:${words(articles)})(?: |(?<='))?)(?:[a-z-]+ )?$`);
    anaphoras.set(locale, re);
  }
  return re;
}

/** Whether a date is the one a noun trigger just before it carries ("le putsch du 26 juillet"). */
const boundTo = (t: Span, c: Candidate, folded: string) => c.rule.form === 'noun' && c.trigger.end <= t.start
  && t.start - c.trigger.end <= BOUND_DATE_REACH && /^ (?:[a-z-]+ ){0,2}$/.test(folded.slice(c.trigger.end, t.start));

/** How far after a noun trigger a date is bound to it, in characters ("les coups d'État militaires de 2020"). */
const BOUND_DATE_REACH = 24;
/** How far from a trigger its date may stand, in characters. */
const DATE_REACH = 200;
/** How near a trigger a "depuis" date must be to date it, in characters. */
const SINCE_REACH = 60;

function derivationOf(value: TimexValue, publicationDerivation: DateDerivation): DateDerivation {
  if (value.kind === 'calendar' || value.kind === 'month-of-year') return 'stated';
  return publicationDerivation === 'stated' ? 'relative-to-publication' : 'inferred-from-corpus';
}

/** Above this length (characters) a sentence is read around each trigger only. */
const LONG_SENTENCE = 4000;
/** How much of a long sentence is read on each side of a trigger. */
const AROUND = 400;

/** What one mention needs from its article. */
export interface MentionContext {
  /** The article's warnings, to say what was left unread. */
  warnings: string[];
  source: string;
  text: string;
  folded: string;
  locale: Locale;
  publicationDerivation: DateDerivation;
}

const tensePatterns = new WeakMap<Locale, { past: RegExp; future: RegExp; background: RegExp }>();

function tenseRegExps(locale: Locale) {
  let p = tensePatterns.get(locale);
  if (!p) {
    p = { past: new RegExp(locale.pastTense), future: new RegExp(locale.futureTense), background: new RegExp(locale.backgroundTense) };
    tensePatterns.set(locale, p);
  }
  return p;
}

/** Whether a sentence tells background (the pluperfect: "avait été arrêté") rather than the news. */
export function isBackground(foldedSentence: string, locale: Locale): boolean {
  return tenseRegExps(locale).background.test(foldedSentence);
}

/** The tense of a sentence, from the locale's patterns. */
export function tenseOf(foldedSentence: string, locale: Locale): Tense {
  const p = tenseRegExps(locale);
  const past = p.past.test(foldedSentence);
  const future = p.future.test(foldedSentence);
  return past && !future ? 'past' : future && !past ? 'future' : past ? 'past' : 'unknown';
}

/** Every mention in one sentence. */
export function mentionsIn(sentence: Sentence, timexes: ResolvedTimex[], ctx: MentionContext, firstOrder: number): Mention[] {
  const { locale, text, folded } = ctx;
  const warn = (message: string) => { if (!ctx.warnings.includes(message)) ctx.warnings.push(message); };
  const all = triggersIn(folded, sentence, locale, warn);
  for (const t of timexes) if (all.some((c) => boundTo(t, c, folded))) t.bound = true;
  const candidates = all.filter((c) => !c.cancelled);
  if (candidates.length === 0) return [];
  const g = gazetteer(locale);
  // A very long sentence is read around each trigger only, so that its cost follows its length.
  const long = sentence.end - sentence.start > LONG_SENTENCE;
  const whole: SentenceParts | null = long ? null : readSentence(text, folded, sentence, locale, g);
  const around = (c: Candidate) => whole ?? readSentence(text, folded, {
    start: Math.max(sentence.start, c.trigger.start - AROUND), end: Math.min(sentence.end, c.trigger.end + AROUND),
  }, locale, g);
  const out: Mention[] = [];
  for (const c of candidates) {
    const parts = around(c);
    const names = namesIn(parts, locale, g);
    const spans = all.map((o) => o.trigger);
    const patient = c.rule.type === 'coup' ? null : patientOf(parts, c.trigger, c.rule.form, locale, spans);
    if (c.rule.needsPerson && !patient) continue;
    const agent = c.rule.type === 'coup' ? null : agentOf(parts, c.trigger, c.rule.form, patient, locale, spans);
    const location = locationOf(parts, c.trigger, c.rule.type, locale, patient, spans);
    const others = parts.countries.filter((h) => h.kind !== 'authority')
      .sort((a, b) => gap(a, c.trigger) - gap(b, c.trigger)).map((h) => h.code);
    // An expulsion happens where the country that expels is; other events where the words place them.
    const placed = c.rule.type === 'expulsion' ? [agent?.code, location?.code] : [location?.code, agent?.code];
    const strong = placed.filter((x): x is string => Boolean(x));
    const countries = [...new Set([...strong, ...others])];
    const before = folded.slice(Math.max(sentence.start, c.trigger.start - ANAPHORA_REACH), c.trigger.start);
    // A plural without a determiner is generic ("entre expulsions et sanctions"): no event of its own.
    const generic = c.plural && c.rule.form === 'noun' && !new RegExp(`(?:^|[^a-z])(?:${[...locale.anaphora.pluralDeterminers, ...Object.keys(locale.temporalLexicon.numbers)].map((w) => escapeRegExp(fold(w))).join('|')}|\\d+)[ ']?$`).test(before);
    // So is a participle alone after its noun ("le diplomate arrêté à Bamako"): it names someone by a known event;
    // and a present state ("est détenu") tells what lasts, dated only by when it began ("depuis mardi").
    const found = c.rule.form === 'verb' ? voiceOf(parts, c.trigger, locale) : null;
    // Only a verb of a lasting state tells a state in the present; "est arrêté" is the narrative present of the event.
    const voice = found === 'state' && !c.rule.state ? 'passive' : found;
    const anaphoric = c.rule.form === 'noun' ? generic || anaphoraOf(locale).test(before) : voice === 'attributive' || voice === 'state';
    // "cette expulsion", "après le coup d'État": an event told before; only a date bound to it, or marked as its date, is its own.
    const timex = voice === 'state' ? sinceDateOf(timexes, c.trigger, all)
      : anaphoric && c.rule.form === 'noun' ? timexes.find((t) => boundTo(t, c, folded) || markedAsDate(t, folded, locale)) ?? null
        : dateOf(timexes, c.trigger, all, folded, locale);
    const values = timex ? timex.resolved.map((r, i) => ({ r, v: timex.values[i]! })) : [];
    const dates: (MentionDate | null)[] = values.length === 0 ? [null]
      : (c.plural ? values : values.slice(0, 1)).map(({ r, v }) => ({
        range: r.range, partial: r.partial, derivation: derivationOf(v, ctx.publicationDerivation), text: timex!.text,
        ...(v.kind === 'offset' && v.from === 'publication' && v.unit === 'day' ? { daysBeforePublication: -v.amount } : {}),
      }));
    for (const date of dates) {
      out.push({
        type: c.rule.type,
        source: ctx.source,
        sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
        trigger: c.trigger,
        date: date && (date.range || date.partial) ? date : null,
        countries,
        countryStrength: strong.length > 0 ? 'strong' : 'weak',
        place: location && location.kind === 'city' ? location.text : null,
        agent: agent?.text ?? null,
        agentCountry: agent?.code ?? null,
        patient: patient?.text ?? null,
        patientCountry: patient?.country ?? null,
        ...(patient?.plural && c.rule.type !== 'coup' ? { plural: true } : {}),
        count: c.rule.type === 'coup' ? null : patient?.count ?? null,
        ...(anaphoric ? { anaphoric } : {}),
        ...(names.length ? { names } : {}),
        order: firstOrder + out.length,
      });
    }
  }
  return collapse(out);
}

/** Triggers of one type in one sentence that agree are one mention ("déclarés persona non grata et sommés de quitter"). */
function collapse(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const same = out.find((o) => o.type === m.type
      && (!o.date || !m.date || (o.date.text === m.date.text && sameRange(o, m)))
      && (o.count === null || m.count === null || o.count === m.count));
    if (!same) { out.push(m); continue; }
    same.date ??= m.date;
    same.count ??= m.count;
    same.patient ??= m.patient;
    same.patientCountry ??= m.patientCountry;
    same.agent ??= m.agent;
    same.agentCountry ??= m.agentCountry;
    same.place ??= m.place;
    if (same.countryStrength === 'weak' && m.countryStrength === 'strong') { same.countries = m.countries; same.countryStrength = 'strong'; }
  }
  return out.map((m, i) => ({ ...m, order: mentions[0]!.order + i }));
}

function sameRange(a: Mention, b: Mention): boolean {
  const ka = a.date?.range?.start ?? JSON.stringify(a.date?.partial ?? null);
  const kb = b.date?.range?.start ?? JSON.stringify(b.date?.partial ?? null);
  return ka === kb;
}
