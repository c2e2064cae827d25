/**
 * Who and how many: noun phrases about people (the patient and its count), the authority
 * that acted (the agent), and where it happened, read from one sentence.
 */
import type { Locale } from './locale.ts';
import type { EventType, Span } from './types.ts';
import { fold } from './fold.ts';
import { compiled, type Phrase, type Words } from './compiled.ts';
import { type Gazetteer, findDemonyms, findPlaces, type PlaceHit } from './gazetteer.ts';
import { isPunctuation, type Token, tokenize } from './tokens.ts';

export interface PersonPhrase extends Span {
  text: string;
  count: number | null;
  /** Several people, however many ("plusieurs militaires", "des opposants"). */
  plural?: boolean;
  country: string | null;
}

export interface CountryHit extends Span {
  code: string;
  text: string;
  /** The folded word before it, to tell "avec le Mali" from "le Mali a...". */
  preposition: string | null;
  kind: 'country' | 'city' | 'authority';
}

/** Everything the attribute readers need about one sentence. */
export interface SentenceParts {
  tokens: Token[];
  people: PersonPhrase[];
  countries: CountryHit[];
}

type Lexicon = Words;
const lexicon = (locale: Locale): Lexicon => compiled(locale).words;
const grammar = (locale: Locale): Phrase => compiled(locale).phrase;

/** How many people a determiner or number says: "deux" 2, "un" 1, "le" 1, "les" unknown. */
function countOf(det: Token, lx: Lexicon): number | null {
  // A count is a person count: one or more, and a number a computer holds exactly ("0 opposant" is none).
  if (/^\d+$/.test(det.text)) return Number(det.text) >= 1 && Number.isSafeInteger(Number(det.text)) ? Number(det.text) : null;
  const n = lx.numbers[det.key];
  if (n !== undefined) return n;
  return lx.singular.has(det.key) ? 1 : null;
}

function isDeterminer(t: Token, lx: Lexicon, ph: Phrase): boolean {
  return /^\d+$/.test(t.text) || lx.numbers[t.key] !== undefined || lx.singular.has(t.key) || ph.plural.has(t.key) || ph.byNoun.has(t.key);
}

/** The person noun starting at token i (possibly two or three words), as a token count. */
function personNounAt(tokens: Token[], i: number, lx: Lexicon, g: Gazetteer): number {
  for (const n of [3, 2, 1]) {
    if (i + n > tokens.length) continue;
    const words = tokens.slice(i, i + n).map((t) => t.key);
    const joined = words.join(' ').replace(/' /g, "'");
    if (lx.persons.has(joined) || (lx.capitalised.has(joined) && /^\p{Lu}/u.test(tokens[i]!.text))) return n;
  }
  // A nationality written as a noun names people ("41 Russes", "des Maliens").
  return /^\p{Lu}/u.test(tokens[i]!.text) && g.demonyms.has(tokens[i]!.key) ? 1 : 0;
}

/** Noun phrases about people: determiner, up to two adjectives, a person noun, modifiers. */
function personPhrases(text: string, tokens: Token[], lx: Lexicon, ph: Phrase, g: Gazetteer): PersonPhrase[] {
  const out: PersonPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const det = tokens[i]!;
    if (!isDeterminer(det, lx, ph)) continue;
    let j = i + 1;
    while (j < tokens.length && ph.quotes.has(tokens[j]!.text)) j++;
    let nounLength = 0;
    let country: string | null = null;
    for (let skip = 0; skip <= 2 && j + skip < tokens.length; skip++) {
      // Where nationality comes first ("two French diplomats"), it says whose people, not who.
      const demonym = ph.demonymBeforeNoun ? g.demonyms.get(tokens[j + skip]!.key) : undefined;
      if (demonym && j + skip + 1 < tokens.length && personNounAt(tokens, j + skip + 1, lx, g)) { country = demonym; continue; }
      nounLength = personNounAt(tokens, j + skip, lx, g);
      if (nounLength) { j += skip; break; }
      // Only numbers, determiners and the adjectives that stand before a noun ("deux hauts
      // diplomates") may come between: "l'arrivée des militaires" is about an arrival.
      const skipped = tokens[j + skip]!;
      if (!isDeterminer(skipped, lx, ph) && !lx.adjectives.has(skipped.key)) break;
    }
    if (!nounLength) continue;
    let end = j + nounLength;
    let complements = 0;
    while (end < tokens.length) {
      const t = tokens[end]!;
      if (ph.quotes.has(t.text)) { end++; continue; }
      const demonym = g.demonyms.get(t.key);
      if (demonym && /^\p{Ll}/u.test(t.text)) { country ??= demonym; end++; continue; }
      if (ph.of.has(t.key) && complements < 3) {
        let k = end + 1;
        // "d'une ONG", "de l'ambassade": the complement's head is after its determiner.
        if (k < tokens.length && (ph.articles.has(tokens[k]!.key) || isDeterminer(tokens[k]!, lx, ph))) k++;
        const word = tokens[k];
        if (!word || isPunctuation(word) || lx.stops.has(word.key) || (ph.infinitive.test(word.text) && /^\p{Ll}/u.test(word.text))) break;
        const place = g.placeKinds.get(word.key);
        if (place && /^\p{Lu}/u.test(word.text)) country ??= place.code;
        complements++;
        end = k + 1;
        continue;
      }
      // A name goes on, even through an elided particle that would stop the phrase elsewhere ("N'Daw").
      if (/^\p{Lu}/u.test(t.text) && !isPunctuation(t)) { end++; continue; } // "le président Mohamed Bazoum"
      if (isPunctuation(t) || lx.stops.has(t.key)) break;
      if (ph.participle.test(t.text.toLowerCase()) || lx.persons.has(t.key)) break;
      if (/^\p{Ll}+$/u.test(t.text) && end === j + nounLength) { end++; continue; } // one adjective: "agent diplomatique"
      break;
    }
    while (end > j + nounLength && (ph.quotes.has(tokens[end - 1]!.text) || ph.of.has(tokens[end - 1]!.key))) end--;
    // "de cinq agents", "d'un diplomate", "de l'ambassadeur": the next determiner is the one that counts.
    const inner = tokens.slice(i + 1, j);
    const counted = inner.find((t) => countOf(t, lx) !== null && !lx.singular.has(t.key))
      ?? (ph.of.has(det.key) ? inner.find((t) => lx.singular.has(t.key)) : undefined) ?? det;
    const start = counted.start;
    const stop = tokens[end - 1]!.end;
    // "the diplomat" is one, "the diplomats" several: the noun says.
    const byNoun = ph.byNoun.has(counted.key) ? ph.pluralNoun.test(tokens.slice(j, j + nounLength).map((t) => t.key).join(' ')) : null;
    const count = byNoun === null ? countOf(counted, lx) : byNoun ? null : 1;
    out.push({
      start, end: stop,
      text: lowerFirst(text.slice(start, stop).replace(/[«»"“”]/g, '').replace(/\s+/g, ' ').trim()),
      count,
      ...(count === null && (byNoun || ph.plural.has(counted.key) && !ph.weakPlural.has(counted.key)) ? { plural: true } : {}),
      country,
    });
    i = end - 1;
  }
  if (ph.bareTitles.size) out.push(...titledPeople(text, tokens, out, lx, ph, g));
  return coordinate(tokens, out.sort((a, b) => a.start - b.start), lx, ph);
}

/**
 * One person named by a capitalised title without a determiner, and the country or
 * nationality just before it: "Niger President Mohamed Bazoum".
 */
function titledPeople(text: string, tokens: Token[], found: PersonPhrase[], lx: Lexicon, ph: Phrase, g: Gazetteer): PersonPhrase[] {
  const out: PersonPhrase[] = [];
  const covered = (t: Token) => found.some((p) => t.start < p.end && p.start < t.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.text) || covered(t)) continue;
    const length = [2, 1].find((n) => i + n <= tokens.length && ph.bareTitles.has(tokens.slice(i, i + n).map((x) => x.key).join(' ')));
    if (!length) continue;
    const previous = tokens[i - 1];
    if (previous && isDeterminer(previous, lx, ph)) continue;
    let end = i + length;
    while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text) && !isPunctuation(tokens[end]!)) end++;
    if (end === i + length) continue; // a title alone ("the President said") is not a name
    const origin = previous && /^\p{Lu}/u.test(previous.text) ? g.placeKinds.get(previous.key)?.code ?? g.demonyms.get(previous.key) : undefined;
    const first = origin ? previous! : t;
    out.push({ start: first.start, end: tokens[end - 1]!.end, text: text.slice(first.start, tokens[end - 1]!.end), count: 1, country: origin ?? null });
    i = end - 1;
  }
  return out;
}

/** How many words may stand between two coordinated phrases about people, the "and" included. */
const COORDINATION_GAP = 6;

/**
 * "le président X et son Premier ministre Y": one phrase, and as many people as it names;
 * "trois diplomates, dont deux conseillers": the part is not another group.
 */
function coordinate(tokens: Token[], phrases: PersonPhrase[], lx: Lexicon, ph: Phrase): PersonPhrase[] {
  const out: PersonPhrase[] = [];
  for (const p of phrases) {
    const previous = out.at(-1);
    const between = previous ? tokens.filter((t) => t.start >= previous.end && t.end <= p.start) : [];
    const words = between.filter((t) => !isPunctuation(t)).map((t) => t.key).join(' ');
    if (previous && lx.subset.has(words)) {
      // "plusieurs dirigeants, dont le Premier ministre": the group's arrest is also his.
      if (previous.plural) out[out.length - 1] = { ...previous, plural: undefined };
      continue;
    }
    // "X et trois de ses experts", "X de l'Organisation mondiale de la santé et Y": the first phrase's complement may
    // run on past where it was cut, so a few words without a verb or a stop may come before the "and".
    const joined = between.length >= 1 && between.length <= COORDINATION_GAP && ph.and.has(between.at(-1)!.key)
      && between.slice(0, -1).every((t) => !isPunctuation(t) && !lx.active.has(t.key) && !lx.passive.has(t.key)
        && (!lx.stops.has(t.key) || ph.of.has(t.key) || ph.articles.has(t.key)));
    if (previous && joined && previous.count !== null && p.count !== null) {
      out[out.length - 1] = {
        start: previous.start, end: p.end, count: previous.count + p.count, country: previous.country ?? p.country,
        text: `${previous.text} ${between.map((t) => t.text).join(' ')} ${p.text}`,
      };
    } else out.push(p);
  }
  return out;
}

/** Country-denoting words: names, cities, and authorities with a nationality ("les autorités maliennes"). */
function countryHits(text: string, folded: string, span: Span, tokens: Token[], locale: Locale, g: Gazetteer): CountryHit[] {
  const ph = grammar(locale);
  const before = (start: number): string | null => {
    let k = tokens.findIndex((t) => t.start >= start) - 1;
    while (k >= 0 && ph.articles.has(tokens[k]!.key)) k--;
    return k >= 0 ? tokens[k]!.key : null;
  };
  const hits: CountryHit[] = findPlaces(text, folded, span.start, span.end, g).map((p: PlaceHit) => ({
    start: p.start, end: p.end, code: p.code, text: p.text, preposition: before(p.start), kind: p.kind,
  }));
  const authorities = new Set(locale.authorityNouns.map(fold));
  for (const d of findDemonyms(folded, span.start, span.end, g)) {
    const k = tokens.findIndex((t) => t.start === d.start);
    // "the Malian authorities": the authority follows its nationality.
    if (ph.demonymBeforeNoun) {
      const next = k >= 0 ? tokens[k + 1] : undefined;
      if (!next || !authorities.has(next.key)) continue;
      const s = k > 0 && ph.articles.has(tokens[k - 1]!.key) ? k - 1 : k;
      hits.push({ start: tokens[s]!.start, end: next.end, code: d.code, text: text.slice(tokens[s]!.start, next.end), preposition: before(tokens[s]!.start), kind: 'authority' });
      continue;
    }
    for (let back = 1; back <= 4 && k - back >= 0; back++) {
      const t = tokens[k - back]!;
      if (isPunctuation(t)) break;
      if (authorities.has(t.key)) {
        let s = k - back;
        if (s > 0 && ph.articles.has(tokens[s - 1]!.key)) s--;
        hits.push({ start: tokens[s]!.start, end: d.end, code: d.code, text: text.slice(tokens[s]!.start, d.end), preposition: before(tokens[s]!.start), kind: 'authority' });
        break;
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Reads the people and countries of a sentence once, for every trigger in it. */
export function readSentence(text: string, folded: string, span: Span, locale: Locale, g: Gazetteer): SentenceParts {
  const ph = grammar(locale);
  const tokens = tokenize(text, span.start, span.end, ph.tokens);
  const lx = lexicon(locale);
  return { tokens, people: personPhrases(text, tokens, lx, ph, g), countries: countryHits(text, folded, span, tokens, locale, g) };
}

const distance = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/** Whether a participant stands nearer another trigger of the sentence, and so belongs to it. */
const nearerAnother = (x: Span, trigger: Span, triggers: Span[]) =>
  triggers.some((t) => t !== trigger && (t.start !== trigger.start || t.end !== trigger.end) && distance(x, t) < distance(x, trigger));

/** A phrase starts with a determiner, which is capitalised only because a sentence starts there. */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** How far a place may stand from its trigger, in characters. */
const LOCATION_REACH = 160;

/** How far a patient may stand from its trigger, in characters. */
const PATIENT_REACH = 90;

/**
 * Which side of a trigger its patient stands on: after a noun ("l'expulsion de X") or an
 * active verb ("ont arrêté X"), before a passive or a participle used alone ("X a été
 * arrêté", "49 soldats interpellés").
 */
function patientSide(parts: SentenceParts, trigger: Span, form: 'noun' | 'verb', locale: Locale): 'before' | 'after' {
  if (form === 'noun') return 'after';
  const voice = voiceOf(parts, trigger, locale);
  return voice === 'active' ? 'after' : 'before';
}

/**
 * A verb's voice: passive or active by its auxiliary, `state` for a present state ("est
 * détenu"), `attributive` for a participle alone ("le diplomate arrêté à Bamako").
 */
export function voiceOf(parts: SentenceParts, trigger: Span, locale: Locale): 'passive' | 'active' | 'attributive' | 'state' {
  const lx = lexicon(locale);
  const before = parts.tokens.filter((t) => t.end <= trigger.start && !isPunctuation(t)).slice(-3).map((t) => t.key);
  const aux = before.findLastIndex((k) => lx.passive.has(k));
  if (aux >= 0 && lx.state.has(before[aux]!) && !before.slice(aux + 1).some((k) => lx.passive.has(k))) return 'state';
  if (aux >= 0) return 'passive';
  if (before.some((k) => lx.active.has(k))) return 'active';
  const first = parts.tokens.find((t) => t.start >= trigger.start);
  return first && lx.participle.test(first.key) ? 'attributive' : 'active';
}

/**
 * The person phrase a trigger is about: inside the trigger ("sommé deux diplomates de
 * quitter"), else the nearest on the side its voice says, else the nearest.
 */
export function patientOf(parts: SentenceParts, trigger: Span, form: 'noun' | 'verb', locale: Locale, triggers: Span[] = [trigger]): PersonPhrase | null {
  const side = patientSide(parts, trigger, form, locale);
  const near = parts.people.filter((p) => distance(p, trigger) <= PATIENT_REACH && !nearerAnother(p, trigger, triggers));
  const inside = near.find((p) => p.start >= trigger.start && p.end <= trigger.end);
  if (inside) return inside;
  const lx = lexicon(locale);
  // A noun's patient is its complement: a verb between them ("l'expulsion a suivi l'arrivée des militaires") ends the phrase.
  const verbBetween = (p: Span) => parts.tokens.some((t) => t.start >= trigger.end && t.end <= p.start && (lx.active.has(t.key) || lx.passive.has(t.key)));
  const sided = near.filter((p) => (side === 'after' ? p.start >= trigger.end && !(form === 'noun' && verbBetween(p)) : p.end <= trigger.start));
  if (form === 'noun' && sided.length === 0) return null;
  // Before a passive, people inside an aside ("X, spécialisé dans les droits de l'homme, a été arrêté") are not its subject.
  const subjects = side === 'before' ? sided.filter((p) => !inAside(parts, p, trigger, locale)) : sided;
  // Failing its side, a phrase on the other side still in the trigger's clause ("Ont été arrêtés deux journalistes"),
  // not after a comma ("ils ont été placés en garde à vue, selon leur avocat").
  const clauseBreak = (p: Span) => parts.tokens.some((t) => isPunctuation(t) && /[,;:()]/.test(t.text)
    && (p.start >= trigger.end ? t.start >= trigger.end && t.end <= p.start : t.start >= p.end && t.end <= trigger.start));
  const pool = subjects.length ? subjects : sided.length ? sided : near.filter((p) => !clauseBreak(p));
  let best: PersonPhrase | null = null;
  for (const p of pool) if (!best || distance(p, trigger) < distance(best, trigger)) best = p;
  return best;
}

/** How many words may stand between a name and its trigger: the auxiliaries of a passive ("has been"). */
const NAME_GAP = 3;

/**
 * A person named without a determiner or a title next to a trigger: at least two capitalised
 * words that are no place, nationality or common word, right after an active verb ("detained
 * Rached Ghannouchi") or right before a passive one ("Bobi Wine was apprehended"). Only for a
 * word with other senses that found no person phrase: it counts one person. A verb of a state
 * (which also tells ownership) takes a name only in the passive.
 */
export function namedPersonOf(parts: SentenceParts, trigger: Span, form: 'noun' | 'verb', state: boolean, locale: Locale, g: Gazetteer): PersonPhrase | null {
  const common = compiled(locale).commonNames;
  const { tokens } = parts;
  const nameWord = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text) && !isPunctuation(t)
    && !common.has(t.key) && !g.placeKinds.has(t.key) && !g.demonyms.has(t.key);
  const phrase = (from: number, to: number): PersonPhrase | null => (to - from < 2 ? null
    : { start: tokens[from]!.start, end: tokens[to - 1]!.end, text: parts.tokens.slice(from, to).map((t) => t.text).join(' '), count: 1, country: null });
  if (patientSide(parts, trigger, form, locale) === 'after') {
    // A verb of a lasting state also owns things ("détient Total Energies"): only its passive names a person.
    if (state) return null;
    const first = tokens.findIndex((t) => t.start >= trigger.end);
    if (first < 0) return null;
    let end = first;
    while (nameWord(tokens[end])) end++;
    return phrase(first, end);
  }
  const next = tokens.findIndex((t) => t.start >= trigger.start);
  let last = (next < 0 ? tokens.length : next) - 1;
  for (let gap = 0; gap < NAME_GAP && last >= 0 && !nameWord(tokens[last]); gap++, last--) {
    if (isPunctuation(tokens[last]!) || /^\p{Lu}/u.test(tokens[last]!.text)) return null;
  }
  let start = last + 1;
  while (start > 0 && nameWord(tokens[start - 1])) start--;
  return phrase(start, last + 1);
}

/** Whether a phrase sits in an aside between commas that opens with a participle or a relative pronoun, before the trigger. */
function inAside(parts: SentenceParts, p: Span, trigger: Span, locale: Locale): boolean {
  const { tokens } = parts;
  const comma = (t: Token) => t.text === ',';
  if (!tokens.some((t) => comma(t) && t.start >= p.end && t.end <= trigger.start)) return false;
  const open = tokens.findLastIndex((t) => comma(t) && t.end <= p.start);
  const first = open >= 0 ? tokens[open + 1] : undefined;
  if (!first) return false;
  return grammar(locale).participle.test(first.text.toLowerCase()) || locale.relativePronouns.map(fold).includes(first.key);
}

/** The authority that acted: "par X" after the trigger, else (verbs only) the nearest subject before it. */
export function agentOf(parts: SentenceParts, trigger: Span, form: 'noun' | 'verb', patient: Span | null, locale: Locale,
  triggers: Span[] = [trigger]): CountryHit | null {
  const outside = (c: CountryHit) => (!patient || c.end <= patient.start || c.start >= patient.end) && !nearerAnother(c, trigger, triggers);
  const by = fold(locale.agentPreposition);
  const after = parts.countries.find((c) => c.start >= trigger.end && c.preposition === by && outside(c) && c.start - trigger.end < 80);
  if (after) return after;
  if (form === 'noun') return null;
  const blocked = new Set(locale.nonAgentPrepositions.map(fold));
  const before = parts.countries.filter((c) => c.end <= trigger.start && outside(c) && !(c.preposition && blocked.has(c.preposition)));
  return before.at(-1) ?? null;
}

/**
 * Where it happened: the nearest place after a locative preposition (or a type's own
 * prepositions), outside the phrase about the people ("l'ambassadeur du Maroc" says whose
 * ambassador, not where).
 */
export function locationOf(parts: SentenceParts, trigger: Span, type: EventType, locale: Locale, patient: Span | null = null,
  triggers: Span[] = [trigger]): CountryHit | null {
  const locatives = new Set(locale.locativePrepositions.map(fold));
  const typed = new Set((locale.typeLocatives[type] ?? []).map(fold));
  let best: CountryHit | null = null;
  for (const c of parts.countries) {
    if (c.kind === 'authority' || !c.preposition) continue;
    if (patient && c.start >= patient.start && c.end <= patient.end) continue;
    // A place nearer another trigger locates that one ("sommé X de partir, après l'arrestation à Bamako de Y");
    // one far away in a long sentence locates something else.
    if (nearerAnother(c, trigger, triggers) || distance(c, trigger) > LOCATION_REACH) continue;
    const ok = locatives.has(c.preposition) || (typed.has(c.preposition) && c.start >= trigger.end && c.start - trigger.end < 30);
    if (!ok) continue;
    if (!best || distance(c, trigger) < distance(best, trigger)) best = c;
  }
  return best;
}
