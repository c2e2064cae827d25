/**
 * No input is slow by construction: doubling a sentence dense with triggers and dates, or
 * an article that repeats one report, at most about doubles the time to extract it.
 */
import { describe, expect, it } from 'vitest';
import { dated, extractTexts } from '../helpers.ts';

/** One long sentence: a trigger and a date every few words, joined by commas. */
const dense = (kb: number) => {
  const piece = 'la police a arrêté le 5 mars 2024 trois opposants à Lomé, ';
  return dated('2024-03-06', `${piece.repeat(Math.ceil((kb * 1024) / piece.length))}et rien d'autre.`);
};
/** One report repeated as many sentences. */
const repeated = (kb: number) => {
  const sentence = 'Le 5 mars 2024, la police a arrêté trois opposants à Lomé. ';
  return dated('2024-03-06', sentence.repeat(Math.ceil((kb * 1024) / sentence.length)));
};

const time = (text: string) => { const t0 = performance.now(); extractTexts({ a: text }); return performance.now() - t0; };

/** Time(big) / time(small), each the best of three runs taken in turn, so a busy machine slows both alike. */
function ratio(small: string, big: string): number {
  let a = Infinity, b = Infinity;
  for (let i = 0; i < 3; i++) { a = Math.min(a, time(small)); b = Math.min(b, time(big)); }
  return b / a;
}

describe('extraction cost follows the input size', { timeout: 120_000 }, () => {
  it('a trigger-dense sentence twice as long takes at most about twice as long', () => {
    time(dense(8)); // warm up the compiled patterns
    expect(ratio(dense(70), dense(140))).toBeLessThan(3);
  });

  it('an article repeating one report twice as often takes at most about twice as long', () => {
    expect(ratio(repeated(192), repeated(384))).toBeLessThan(3);
  });

  it('a sentence with more triggers than it may report says so', () => {
    const c = extractTexts({ a: dense(20) });
    expect(c.sources[0]!.warnings.some((w) => /more than \d+ events: only the first \d+ are read/.test(w))).toBe(true);
    expect(c.events.length).toBeGreaterThan(0);
  });
});
