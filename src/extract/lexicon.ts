/**
 * Trigger lexicons as lemmas: a locale lists verbs and nouns once, with its inflection
 * table, and this module generates every form (participles with their agreement, finite
 * forms, plurals) and compiles them into trigger rules. The engine knows no language: the
 * endings come from the locale.
 */
import type { RuleExamples, TriggerRule } from './locale.ts';
import type { EventType } from './types.ts';
import { alternation, escapeRegExp } from './patterns.ts';
import { fold } from './fold.ts';

/** How a language inflects verbs and nouns, as endings. */
export interface Inflection {
  /** Verb classes by infinitive ending: the participle's ending and the finite forms' endings, all folded. */
  verbClasses: { infinitive: string; participle: string; finite: string[] }[];
  /** Endings a participle takes to agree (gender, number): "", "e", "s", "es". */
  agreement: string[];
  /** The ending of a noun's plural. */
  plural: string;
}

interface EntryBase extends RuleExamples {
  type: EventType;
  /** Words after the form ("en résidence surveillée"); a few words may come between ("placé hier en..."). */
  complement?: string;
  /** Words that, just before a form, make it something else ("s'est" in "s'est arrêté", a stop). */
  notAfter?: string[];
  /** A word with other senses reports the event only about people ("détenir des parts" is not an arrest). */
  needsPerson?: boolean;
  /** A verb of a lasting state ("détenir"): "est détenu" tells the state, dated only by when it began. */
  state?: boolean;
}

/** A verb: its infinitive, and any form its class does not give. */
export interface VerbEntry extends EntryBase {
  verb: string;
  /** An irregular past participle ("détenu"), agreed like the regular ones. */
  participle?: string;
  /** Irregular finite forms ("détient", "détiennent"). */
  finite?: string[];
}

/** A noun that names the event ("arrestation"); its plural may report several events. */
export interface NounEntry extends EntryBase {
  noun: string;
  /** An irregular plural. */
  plural?: string;
}

export type LexiconEntry = VerbEntry | NounEntry;

/** How many characters may stand between a form and its complement ("placé hier soir en résidence surveillée"). */
const COMPLEMENT_GAP = 40;

/** Every form of a verb: agreed participles, then finite forms and the infinitive. */
export function verbForms(entry: VerbEntry, inflection: Inflection): string[] {
  const verb = fold(entry.verb);
  const cls = inflection.verbClasses.find((c) => verb.endsWith(c.infinitive));
  const stem = cls ? verb.slice(0, verb.length - cls.infinitive.length) : verb;
  const participle = entry.participle ? fold(entry.participle) : cls ? stem + cls.participle : null;
  const agreed = participle ? inflection.agreement.map((e) => participle + e) : [];
  const finite = cls ? cls.finite.map((e) => stem + e) : [];
  return [...new Set([...agreed, ...finite, ...(entry.finite ?? []).map(fold), verb])];
}

/** Both forms of a noun. */
export function nounForms(entry: NounEntry, inflection: Inflection): { singular: string; plural: string } {
  const singular = fold(entry.noun);
  return { singular, plural: entry.plural ? fold(entry.plural) : singular + inflection.plural };
}

const isVerb = (e: LexiconEntry): e is VerbEntry => 'verb' in e;

/** The trigger rule an entry stands for. */
export function compileEntry(entry: LexiconEntry, inflection: Inflection): TriggerRule {
  const tail = entry.complement ? `(?:[^.;!?]{0,${COMPLEMENT_GAP}}? )?${escapeRegExp(fold(entry.complement))}` : '';
  const guard = entry.notAfter?.length ? `(?<!${entry.notAfter.map((w) => escapeRegExp(fold(w))).join('|')})` : '';
  let body: string;
  if (isVerb(entry)) body = `(?:${alternation(verbForms(entry, inflection))})`;
  else {
    const { singular, plural } = nounForms(entry, inflection);
    body = `(?:(?<plural>${escapeRegExp(plural)})|${escapeRegExp(singular)})`;
  }
  return {
    name: isVerb(entry) ? `${entry.verb}${entry.complement ? ` ${entry.complement}` : ''}` : `${entry.noun}${entry.complement ? ` ${entry.complement}` : ''}`,
    type: entry.type,
    form: isVerb(entry) ? 'verb' : 'noun',
    pattern: `${guard}${body}${tail}`,
    ...(entry.needsPerson ? { needsPerson: true } : {}),
    ...(entry.state ? { state: true } : {}),
    examples: entry.examples,
    counterExamples: entry.counterExamples,
  };
}

/** Trigger rules for a whole lexicon, in its order. */
export function compileLexicon(entries: LexiconEntry[], inflection: Inflection): TriggerRule[] {
  return entries.map((e) => compileEntry(e, inflection));
}
