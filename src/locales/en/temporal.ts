/**
 * English temporal expressions and their normalisation, in the manner of HeidelTime's
 * English news rules: a weekday alone is the most recent such day in a past-tense report.
 * Each rule's examples are "text => value" where value is what it means once resolved
 * against the reference date given in the example (see tests/extract/rules.test.ts).
 */
import type { TemporalLexicon, TemporalRule } from '../../extract/locale.ts';
import type { Direction, MonthPart, TimexValue } from '../../extract/types.ts';
import { calendarValue, lookup, yearsValue } from '../../extract/temporal-values.ts';

const MONTH_PARTS: Record<string, MonthPart> = { early: 'early', mid: 'mid', late: 'late', end: 'late' };

const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?<year>(?:19|20)\\d\\d)';
const NOT_A_COUNT = '(?!\\s?(?:\\d|{{countNoun}}))';

function dayOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const n = Number(word);
  return n >= 1 && n <= 31 ? n : undefined;
}

function directionOf(mod: string | undefined): Direction {
  if (mod === 'last' || mod === 'this past' || mod === 'past') return 'past';
  if (mod === 'next' || mod === 'coming' || mod === 'this coming') return 'future';
  return 'tense';
}

function calendar(g: Record<string, string | undefined>, lx: TemporalLexicon): TimexValue[] | null {
  const day = dayOf(g.day);
  // A day no month has ("June 45") is no date at all, not a month.
  return g.day !== undefined && day === undefined ? null : calendarValue(g, lx, day);
}

const count = (n: string, lx: TemporalLexicon) => (/^\d+$/.test(n) ? Number(n) : lookup(lx.numbers, n));

export const temporalRules: TemporalRule[] = [
  {
    name: 'day-month-year',
    pattern: `(?:(?<weekday>{{weekday}}),? )?(?:on )?(?:the )?${DAY} (?:of )?(?<month>{{month}}),? ${YEAR}`,
    build: calendar,
    examples: ['5 January 2024 => 2024-01-05', 'on Monday, 31 January 2022 => 2022-01-31', 'the 1st of September 2024 => 2024-09-01'],
    counterExamples: ['31 February 2022'],
  },
  {
    name: 'month-day-year',
    pattern: `(?:(?<weekday>{{weekday}}),? )?(?:on )?(?<month>{{month}}) ${DAY},? ${YEAR}`,
    build: calendar,
    examples: ['January 5, 2024 => 2024-01-05', 'on Sept. 19, 2025 => 2025-09-19', 'Tuesday, March 4, 2025 => 2025-03-04'],
    counterExamples: ['June 45, 2024'],
  },
  {
    name: 'iso-date',
    pattern: `${YEAR}-(?<monthnum>[01]\\d)-(?<day>[0-3]\\d)`,
    build: calendar,
    examples: ['2025-09-19 => 2025-09-19'],
    counterExamples: ['2025-13-45'],
  },
  {
    name: 'month-day',
    pattern: `(?:(?<weekday>{{weekday}}),? )?(?:on )?(?<month>{{month}}) ${DAY}(?![\\d,])`,
    build: calendar,
    examples: ['on Jan. 5 @2025-02-10 => 2025-01-05', 'on Sept. 19 @2025-09-23 => 2025-09-19', 'December 28 @2026-01-05 => 2025-12-28', 'on Feb 29 @2024-03-09 => 2024-02-29'],
    counterExamples: ['May 40'],
  },
  {
    name: 'day-month',
    pattern: `(?:(?<weekday>{{weekday}}),? \\(?)?(?:on )?(?:the )?${DAY} (?:of )?(?<month>{{month}})`,
    build: calendar,
    examples: ['on 19 September @2025-09-23 => 2025-09-19', 'the 14th of August @2025-09-19 => 2025-08-14',
      'on Wednesday (26 July) @2023-07-28 => 2023-07-26'],
    counterExamples: ['40 May'],
  },
  {
    name: 'part-of-month',
    pattern: `(?:in |by )?(?:the )?(?<part>early|mid|late|end of)[- ](?<month>{{month}})(?:,? ${YEAR})?`,
    build: (g, lx) => {
      const month = lookup(lx.months, g.month)!;
      const part = MONTH_PARTS[g.part!.split(' ')[0]!];
      if (g.year) return [{ kind: 'calendar', year: Number(g.year), month, precision: 'month', ...(part ? { part } : {}) }];
      return [{ kind: 'month-of-year', month, direction: 'tense', ...(part ? { part } : {}) }];
    },
    examples: ['mid-March 2025 => 2025-03', 'mid-March @2025-06-10 => 2025-03', 'in early December @2026-01-10 => 2025-12'],
  },
  {
    name: 'month-year',
    pattern: `(?:(?:in|of|during) )?(?<month>{{month}}),? (?:of )?${YEAR}`,
    build: calendar,
    examples: ['in March 2023 => 2023-03', 'April 2024 => 2024-04'],
  },
  {
    name: 'in-month',
    pattern: `(?:(?:in|during) (?:(?<mod>last|next) )?|(?<mod2>last|next|this past) )(?<month>{{month}})`,
    build: (g, lx) => [{ kind: 'month-of-year', month: lookup(lx.months, g.month)!, direction: directionOf(g.mod ?? g.mod2) }],
    examples: ['in March @2025-06-10 => 2025-03', 'last August @2025-09-19 => 2025-08', 'in January @2025-11-20 => 2025-01'],
    counterExamples: ['they may leave'],
  },
  {
    name: 'years-list',
    pattern: `(?<years>(?:(?:19|20)\\d\\d, )*(?:19|20)\\d\\d,? (?:and|or|then) (?:in )?(?:19|20)\\d\\d)${NOT_A_COUNT}`,
    build: (g) => yearsValue(g.years!),
    examples: ['in 2020 and 2021 => 2020, 2021', 'in 2012, 2020 and 2021 => 2012, 2020, 2021'],
  },
  {
    name: 'year',
    pattern: `(?:(?:early|mid|late)[- ])?${YEAR}${NOT_A_COUNT}`,
    build: (g) => [{ kind: 'calendar', year: Number(g.year), precision: 'year' }],
    examples: ['in 2019 => 2019', 'late 2020 => 2020'],
    counterExamples: ['2000 soldiers', 'aged 38'],
  },
  {
    name: 'weekday',
    pattern: `(?:(?<mod>last|next|this past|this coming) )?(?<weekday>{{weekday}})(?:'s)?(?: (?:morning|afternoon|evening|night))?`,
    build: (g, lx) => [{ kind: 'weekday', weekday: lookup(lx.weekdays, g.weekday)!, direction: directionOf(g.mod) }],
    examples: ['on Tuesday @2025-09-19 past => 2025-09-16', 'last Sunday @2025-09-19 => 2025-09-14',
      'on Friday @2025-09-19 past => 2025-09-19', 'next Saturday @2025-09-19 => 2025-09-20',
      'Thursday night @2025-09-21 => 2025-09-18'],
  },
  {
    // A weekend is dated by its Saturday: a day of it, within the two a gold would accept, rather than the publication's.
    name: 'weekend',
    pattern: `(?:(?:over|during|at|on) the weekend|(?<mod>last|this past|this) weekend)(?!'s)`,
    build: (g) => [{ kind: 'weekday', weekday: 6, direction: g.mod === 'last' || g.mod === 'this past' ? 'past' : 'tense' }],
    examples: ['over the weekend @2024-03-11 past => 2024-03-09', 'last weekend @2024-03-13 => 2024-03-09', 'this weekend @2024-03-06 future => 2024-03-09'],
  },
  {
    name: 'relative-day',
    pattern: `(?<word>the day before yesterday|yesterday|today|tomorrow|the day before|the previous day|the previous (?:evening|night)|the (?:night|evening) before|the next day|the following day|the day after|the same day|that same day|that day)`,
    build: (g) => {
      const words: Record<string, [number, 'publication' | 'previous']> = {
        'the day before yesterday': [-2, 'publication'], yesterday: [-1, 'publication'], today: [0, 'publication'],
        tomorrow: [1, 'publication'], 'the day before': [-1, 'previous'], 'the previous day': [-1, 'previous'],
        'the next day': [1, 'previous'], 'the following day': [1, 'previous'], 'the day after': [1, 'previous'],
        'the same day': [0, 'previous'], 'that same day': [0, 'previous'], 'that day': [0, 'previous'],
        'the previous evening': [-1, 'previous'], 'the previous night': [-1, 'previous'], 'the night before': [-1, 'previous'],
        'the evening before': [-1, 'previous'],
      };
      const [amount, from] = words[g.word!]!;
      return [{ kind: 'offset', unit: 'day', amount, from }];
    },
    examples: ['yesterday @2025-09-19 => 2025-09-18', 'the day before @2025-09-19 => 2025-09-18', 'the same day @2023-08-30 => 2023-08-30',
      'the previous evening @2025-09-19 => 2025-09-18'],
  },
  {
    name: 'later',
    pattern: `(?<n>\\d+|{{numberWord}}) (?<unit>days?|weeks?|months?|years?) (?<how>later|after)`,
    build: (g, lx) => {
      const n = count(g.n!, lx);
      // "eight months after the coup" names an event by the time since it (elapsed.ts), not this one's date.
      if (n === undefined || (g.how === 'after' && /^(?:month|year)/.test(g.unit!))) return null;
      const unit = g.unit!.startsWith('day') ? 'day' : g.unit!.startsWith('week') ? 'week' : g.unit!.startsWith('month') ? 'month' : 'year';
      return [{ kind: 'offset', unit, amount: n, from: 'previous' }];
    },
    examples: ['two days later @2024-03-05 => 2024-03-07', 'three years later @1960-08-17 => 1963'],
  },
  {
    name: 'ago',
    pattern: `(?<n>\\d+|{{numberWord}}) (?<unit>days?|weeks?|months?|years?) ago`,
    build: (g, lx) => {
      const n = count(g.n!, lx);
      if (n === undefined) return null;
      const unit = g.unit!.startsWith('day') ? 'day' : g.unit!.startsWith('week') ? 'week' : g.unit!.startsWith('month') ? 'month' : 'year';
      return [{ kind: 'offset', unit, amount: -n, from: 'publication' }];
    },
    examples: ['eight months ago @2025-09-19 => 2025-01', 'three days ago @2025-09-19 => 2025-09-16', 'two years ago @2025-09-19 => 2023'],
  },
  {
    name: 'last-period',
    pattern: `(?<period>(?:earlier |later )?this (?:month|year)|last (?:month|year|week))`,
    build: (g) => {
      const p = g.period!;
      const unit = p.includes('month') ? 'month' : p.includes('week') ? 'week' : 'year';
      return [{ kind: 'offset', unit, amount: p.includes('last') ? -1 : 0, from: 'publication' }];
    },
    // "last week" is the seven days around the same weekday a week before (9-15 September here), in its month.
    examples: ['last year @2025-09-19 => 2024', 'earlier this month @2025-09-19 => 2025-09', 'last month @2025-09-19 => 2025-08',
      'last week @2025-09-19 => 2025-09'],
  },
];

/** Words just before an expression that say it is a deadline or a starting point, not the event's date. */
export const timexRoles: Record<'deadline' | 'since', string[]> = {
  deadline: ['until', 'by', 'before', 'no later than', 'ahead of', 'within'],
  since: ['since', 'from'],
};
