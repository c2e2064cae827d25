import { describe, expect, it } from 'vitest';
import { fr } from 'date-fns/locale/fr';
import { formatEventDate, formatValue, tickFormat } from '../../src/site/format.ts';

describe('formatEventDate', () => {
  it('says the date at its precision, in French', () => {
    expect(formatEventDate({ start: '2025-09-19', end: '2025-09-19', precision: 'day' }, fr)).toBe('vendredi 19 septembre 2025');
    expect(formatEventDate({ start: '2025-08-01', end: '2025-08-31', precision: 'month' }, fr)).toBe('août 2025');
    expect(formatEventDate({ start: '2020-01-01', end: '2020-12-31', precision: 'year' }, fr)).toBe('2020');
  });

  it('reads single values of any precision', () => {
    expect(formatValue('2025-08-14', fr)).toBe('jeudi 14 août 2025');
    expect(formatValue('2025-08', fr)).toBe('août 2025');
  });
});

describe('tickFormat', () => {
  it('labels years, months and days as the zoom needs', () => {
    const f = tickFormat(fr);
    expect(f(new Date(2025, 0, 1))).toBe('2025');
    expect(f(new Date(2025, 8, 1))).toBe('sept.');
    expect(f(new Date(2025, 8, 19))).toBe('19 sept.');
  });
});

describe('intlTickLabels', () => {
  it('gives the same French labels as date-fns without shipping it', async () => {
    const { intlTickLabels } = await import('../../src/timeline/ticks.ts');
    const intl = intlTickLabels('fr');
    const dateFns = tickFormat(fr);
    for (let m = 0; m < 12; m++) {
      for (const d of [1, 19]) {
        const date = new Date(2025, m, d);
        // After a tick of the same year, a label does not repeat the year.
        expect(intl([new Date(2025, 0, 1), date])[1]).toBe(m === 0 && d === 1 ? '' : dateFns(date));
      }
    }
  });
});
