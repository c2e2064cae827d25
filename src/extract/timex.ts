/** Finds temporal expressions in a sentence with the locale's rules. */
import type { Locale } from './locale.ts';
import type { Timex, TimexRole } from './types.ts';
import { matchAll } from './patterns.ts';
import { fold } from './fold.ts';

/** How far back from an expression a role word may stand, in characters. */
const ROLE_REACH = 14;

function roleOf(foldedBefore: string, roles: Locale['timexRoles']): TimexRole {
  const tail = foldedBefore.slice(-ROLE_REACH).trimEnd();
  for (const role of ['deadline', 'since'] as const) {
    for (const word of roles[role]) {
      const w = fold(word);
      if (tail === w || tail.endsWith(' ' + w) || tail.endsWith("'" + w) || tail.endsWith(w) && w.endsWith("'")) return role;
    }
  }
  return 'event';
}

/**
 * Every temporal expression in `folded.slice(start, end)`, longest first where they overlap.
 * `folded` is the folded text of the whole article so offsets are article offsets.
 */
export function findTimexes(text: string, folded: string, start: number, end: number, locale: Locale): Timex[] {
  const slice = folded.slice(start, end);
  const candidates: Timex[] = [];
  for (const rule of locale.temporalRules) {
    for (const m of matchAll(rule.pattern, locale.subPatterns, slice)) {
      const values = rule.build(m.groups ?? {}, locale.temporalLexicon);
      if (!values || values.length === 0) continue;
      const s = start + m.index;
      const e = s + m[0].length;
      const role = rule.role ?? roleOf(folded.slice(Math.max(0, s - ROLE_REACH), s), locale.timexRoles);
      candidates.push({ start: s, end: e, text: text.slice(s, e), rule: rule.name, role, values });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Which characters a kept expression covers: checking an overlap costs the expression's length, not the count kept.
  const covered = new Uint8Array(end - start);
  const kept: Timex[] = [];
  for (const c of candidates) {
    if (covered.subarray(c.start - start, c.end - start).includes(1)) continue;
    covered.fill(1, c.start - start, c.end - start);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
