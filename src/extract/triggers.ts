/**
 * Triggers: the words that report an event in a sentence, each saying whether a cue near it
 * (an attempt, a negation, a threat, quotation marks) cancels it.
 */
import type { CueRule, Locale, TriggerRule } from './locale.ts';
import type { Span } from './types.ts';
import { matchAll } from './patterns.ts';
import { compiled } from './compiled.ts';

/** A trigger found in a sentence. */
export interface Candidate {
  rule: TriggerRule;
  trigger: Span;
  plural: boolean;
  cancelled: boolean;
}

/**
 * How many triggers one sentence may report: beyond, it is a list or garbage, and reading
 * more would make its cost grow faster than its length. The rest are left, with a warning.
 */
export const MAX_TRIGGERS = 48;

/** Triggers in a sentence, longest first where they overlap, each saying whether a cue cancels it. */
export function triggersIn(folded: string, sentence: Span, locale: Locale, warn: (message: string) => void): Candidate[] {
  const slice = folded.slice(sentence.start, sentence.end);
  if (!compiled(locale).anyTrigger.test(slice)) return [];
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
  const quotedBefore = compiled(locale).phrase.quotedBefore;
  for (const c of found) c.cancelled = cancelled(cueMatches, sentence.start, c, slice, quotedBefore);
  return found;
}

function cancelled(cueMatches: Map<CueRule, RegExpExecArray[]>, offset: number, c: Candidate, slice: string, quotedBefore: RegExp): boolean {
  const ts = c.trigger.start - offset;
  const te = c.trigger.end - offset;
  if (quoted(slice, ts, te, quotedBefore)) return true;
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
function quoted(slice: string, ts: number, te: number, quotedBefore: RegExp): boolean {
  const before = slice.slice(Math.max(0, ts - 6), ts);
  const after = slice.slice(te, te + 2);
  return quotedBefore.test(before) && /^ ?["»”]/.test(after);
}
