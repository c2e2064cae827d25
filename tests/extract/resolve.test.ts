import { describe, expect, it } from 'vitest';
import { rangeOf, resolveValue } from '../../src/extract/resolve.ts';

const ctx = { publication: '2025-09-19', yearAnchor: null, tense: 'past' as const, previous: null };

describe('resolveValue', () => {
  it('refuses impossible dates', () => expect(rangeOf(2025, 2, 31)).toBeNull());

  it('keeps a month and day without a year as partial when nothing anchors it', () => {
    const r = resolveValue({ kind: 'calendar', month: 8, day: 14, precision: 'day' }, { ...ctx, publication: null });
    expect(r).toEqual({ range: null, partial: { month: 8, day: 14, precision: 'day' } });
  });

  it('completes a partial date from a year anchor', () => {
    const r = resolveValue({ kind: 'calendar', month: 8, day: 14, precision: 'day' }, { ...ctx, publication: null, yearAnchor: 2025 });
    expect(r.range?.start).toBe('2025-08-14');
  });

  it('never reads a weekday without a reference date', () => {
    expect(resolveValue({ kind: 'weekday', weekday: 3, direction: 'tense' }, { ...ctx, publication: null }).range).toBeNull();
  });

  it('takes the nearest weekday when the tense is unknown', () => {
    const r = resolveValue({ kind: 'weekday', weekday: 6, direction: 'tense' }, { ...ctx, tense: 'unknown' });
    expect(r.range?.start).toBe('2025-09-20');
  });

  it('places a day named without its month ("le 3 courant") in the reference month, and nowhere without one', () => {
    expect(resolveValue({ kind: 'day-of-month', day: 3 }, ctx).range).toEqual({ start: '2025-09-03', end: '2025-09-03', precision: 'day' });
    expect(resolveValue({ kind: 'day-of-month', day: 31 }, ctx).range).toBeNull(); // September has no 31st
    expect(resolveValue({ kind: 'day-of-month', day: 3 }, { ...ctx, publication: null }).range).toBeNull();
  });

  it('resolves "la veille" against the previous event, not the publication', () => {
    const previous = { start: '2025-09-10', end: '2025-09-10', precision: 'day' as const };
    expect(resolveValue({ kind: 'offset', unit: 'day', amount: -1, from: 'previous' }, { ...ctx, previous }).range?.start).toBe('2025-09-09');
  });
});
