/**
 * Runs every example and counter-example that the locales' rules carry, so that a rule
 * and the sentences it is meant for never drift apart.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/locales/index.ts';
import { fold } from '../../src/extract/fold.ts';
import { findTimexes } from '../../src/extract/timex.ts';
import { resolveValue, type Tense } from '../../src/extract/resolve.ts';
import { matchAll } from '../../src/extract/patterns.ts';
import { compiled } from '../../src/extract/compiled.ts';
import { readArticle } from '../../src/extract/read.ts';
import { prepareArticle, mentionsOf } from '../../src/extract/article.ts';
import type { DateRange } from '../../src/extract/types.ts';

/** "text @2025-09-19 past => 2025-09-17, 2025-09-18" */
function parseTemporalExample(example: string) {
  const [left, right] = example.split(' => ');
  const m = /^(.*?)(?: @(\d{4}-\d{2}-\d{2}))?(?: (past|future))?$/.exec(left!)!;
  return { text: m[1]!, ref: m[2] ?? '2025-06-15', tense: (m[3] ?? 'past') as Tense, expected: right?.split(', ') ?? [] };
}

function label(range: DateRange | null): string | null {
  if (!range) return null;
  return range.precision === 'day' ? range.start : range.precision === 'month' ? range.start.slice(0, 7) : range.start.slice(0, 4);
}

for (const [lang, locale] of Object.entries(locales)) {
  describe(`${lang} temporal rules`, () => {
    for (const rule of locale.temporalRules) {
      for (const example of rule.examples) {
        it(`${rule.name} reads "${example}"`, () => {
          const { text, ref, tense, expected } = parseTemporalExample(example);
          const timexes = findTimexes(text, fold(text), 0, text.length, locale);
          const t = timexes.find((x) => x.rule === rule.name);
          expect(t, `no ${rule.name} match in "${text}" (found ${timexes.map((x) => x.rule)})`).toBeDefined();
          const previous = { start: ref, end: ref, precision: 'day' as const };
          const got = t!.values.map((v) => label(resolveValue(v, { publication: ref, yearAnchor: null, tense, previous }).range));
          expect(got).toEqual(expected);
        });
      }
      for (const counter of rule.counterExamples ?? []) {
        it(`${rule.name} gives no date for "${counter}"`, () => {
          const timexes = findTimexes(counter, fold(counter), 0, counter.length, locale).filter((x) => x.rule === rule.name);
          const ranges = timexes.flatMap((t) => t.values.map((v) => resolveValue(v, { publication: '2025-06-15', yearAnchor: null, tense: 'past', previous: null }).range));
          expect(ranges.filter(Boolean)).toEqual([]);
        });
      }
    }
  });

  describe(`${lang} triggers`, () => {
    const typesIn = (sentence: string) => {
      const article = readArticle('example', 'example.txt', sentence);
      return mentionsOf(prepareArticle(article, locale), locale, { published: '2025-06-15', derivation: 'stated', yearAnchor: null }).map((m) => m.type);
    };
    for (const rule of locale.triggers) {
      for (const example of rule.examples) {
        it(`${rule.name} finds a ${rule.type} in "${example}"`, () => expect(typesIn(example)).toContain(rule.type));
      }
      for (const counter of rule.counterExamples ?? []) {
        it(`${rule.name} finds no ${rule.type} in "${counter}"`, () => expect(typesIn(counter)).not.toContain(rule.type));
      }
    }
    it('are all seen by the one-pass test that skips sentences reporting nothing, and it skips one that reports nothing', () => {
      const { anyTrigger } = compiled(locale);
      for (const rule of locale.triggers) for (const example of rule.examples) expect(anyTrigger.test(fold(example)), `${rule.name}: ${example}`).toBe(true);
      expect(anyTrigger.test(fold('The weather was mild and the market opened early. La météo était douce.'))).toBe(false);
    });
  });

  describe(`${lang} cues and boilerplate`, () => {
    for (const rule of [...locale.cues, ...locale.boilerplate]) {
      for (const example of rule.examples) {
        it(`${rule.name} matches "${example}"`, () => expect(matchAll(rule.pattern, locale.subPatterns, fold(example))).not.toHaveLength(0));
      }
      for (const counter of rule.counterExamples ?? []) {
        it(`${rule.name} does not match "${counter}"`, () => expect(matchAll(rule.pattern, locale.subPatterns, fold(counter))).toHaveLength(0));
      }
    }
  });
}
