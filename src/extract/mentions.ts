/**
 * Mentions: each coup, arrest or expulsion a sentence reports, with its date, place,
 * agent, patient and count. Cancelled triggers (attempts, negation, hypotheses) are dropped.
 */
import type { Locale } from './locale.ts';
import { type DateDerivation, eventType, type Mention, type MentionDate, type Sentence, type Span, type Timex, type TimexValue } from './types.ts';
import { compiled } from './compiled.ts';
import { gazetteer } from './gazetteer.ts';
import { agentOf, locationOf, namedPersonOf, patientOf, readSentence, type SentenceParts, voiceOf } from './participants.ts';
import { namesIn } from './names.ts';
import { elapsedDateOf } from './elapsed.ts';
import type { Resolved, Tense } from './resolve.ts';

/** A temporal expression with what it resolved to in its article. */
export interface ResolvedTimex extends Timex {
  resolved: Resolved[];
  /** Set when the date belongs to a noun trigger just before it ("l'arrestation en août"), not to its context. */
  bound?: boolean;
}
import { type Candidate, triggersIn } from './triggers.ts';
import { ANAPHORA_REACH, anaphoraOf, boundBefore, boundTo, dateOf, gap, inItsPhrase, markedAsDate, sinceDateOf } from './mention-date.ts';

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

const tenseRegExps = (locale: Locale) => compiled(locale).tense;

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
  for (const t of timexes) if (all.some((c) => boundTo(t, c, folded, locale))) t.bound = true;
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
    const { roles, placedBy } = eventType(c.rule.type);
    const phrase = !roles.patient ? null : patientOf(parts, c.trigger, c.rule.form, locale, spans);
    // A word with other senses needs people: a phrase about them, else a name right next to it.
    const patient = phrase ?? (c.rule.needsPerson && roles.patient ? namedPersonOf(parts, c.trigger, c.rule.form, !!c.rule.state, locale, g) : null);
    if (c.rule.needsPerson && !patient) continue;
    const agent = !roles.agent ? null : agentOf(parts, c.trigger, c.rule.form, patient, locale, spans);
    const location = locationOf(parts, c.trigger, c.rule.type, locale, patient, spans);
    const others = parts.countries.filter((h) => h.kind !== 'authority')
      .sort((a, b) => gap(a, c.trigger) - gap(b, c.trigger)).map((h) => h.code);
    // An expulsion happens where the country that expels is; other events where the words place them.
    const placed = placedBy === 'agent' ? [agent?.code, location?.code] : [location?.code, agent?.code];
    const strong = placed.filter((x): x is string => Boolean(x));
    const countries = [...new Set([...strong, ...others])];
    const before = folded.slice(Math.max(sentence.start, c.trigger.start - ANAPHORA_REACH), c.trigger.start);
    // A plural without a determiner is generic ("entre expulsions et sanctions"): no event of its own.
    const generic = c.plural && c.rule.form === 'noun' && !compiled(locale).pluralDeterminer.test(before);
    // So is a participle alone after its noun ("le diplomate arrêté à Bamako"): it names someone by a known event;
    // and a present state ("est détenu") tells what lasts, dated only by when it began ("depuis mardi").
    const found = c.rule.form === 'verb' ? voiceOf(parts, c.trigger, locale) : null;
    // Only a verb of a lasting state tells a state in the present; "est arrêté" is the narrative present of the event.
    const voice = found === 'state' && !c.rule.state ? 'passive' : found;
    const anaphoric = c.rule.form === 'noun' ? generic || anaphoraOf(locale).test(before) : voice === 'attributive' || voice === 'state';
    // "cette expulsion", "après le coup d'État": an event told before; only a date bound to it, or marked as its date, is its own.
    const timex = voice === 'state' ? sinceDateOf(timexes, c.trigger, all)
      : anaphoric && c.rule.form === 'noun'
        ? timexes.find((t) => boundBefore(t, c, folded, locale) || t.role === 'event' && (boundTo(t, c, folded, locale) || markedAsDate(t, folded, locale) || inItsPhrase(t, c.trigger, text, folded, locale))) ?? null
        : dateOf(timexes, c.trigger, all, folded, locale);
    const values = timex ? timex.resolved.map((r, i) => ({ r, v: timex.values[i]! })) : [];
    // "huit mois après le putsch, … le 30 septembre": the putsch is dated by counting back.
    const elapsed = !timex && anaphoric && c.rule.form === 'noun' ? elapsedDateOf(c.trigger, sentence, timexes, text, folded, locale) : null;
    const dates: (MentionDate | null)[] = elapsed
      ? [{ range: elapsed.range, partial: null, derivation: derivationOf(elapsed.from.values[0]!, ctx.publicationDerivation), text: elapsed.text }]
      : values.length === 0 ? [null]
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
        ...(patient?.plural && roles.patient ? { plural: true } : {}),
        count: !roles.patient ? null : patient?.count ?? null,
        ...(anaphoric ? { anaphoric } : {}),
        ...(additive(folded, sentence, c.trigger, c.rule.form, locale) ? { additive: true } : {}),
        ...(names.length ? { names } : {}),
        order: firstOrder + out.length,
      });
    }
  }
  return collapse(out);
}

/**
 * How far from its trigger a focus word ("par ailleurs", "also") may stand, in characters: in a
 * verb's group ("a par ailleurs été arrêté", "were arrested as well"), or in the phrase that
 * leads to a noun ("parvenu lui aussi au pouvoir par un coup d'État").
 */
const ADDITIVE_REACH = { verb: { before: 20, after: 12 }, noun: { before: 30, after: 0 } } as const;

/** Whether a report is told as one more of its kind, in its own clause. */
function additive(folded: string, sentence: Span, trigger: Span, form: 'noun' | 'verb', locale: Locale): boolean {
  const reach = ADDITIVE_REACH[form];
  const before = folded.slice(Math.max(sentence.start, trigger.start - reach.before), trigger.start);
  const after = folded.slice(trigger.end, Math.min(sentence.end, trigger.end + reach.after));
  const test = (s: string) => compiled(locale).additive.test(s);
  return test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1)) || test(after.split(/[,;.]/)[0]!);
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
