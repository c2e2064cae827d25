/**
 * French temporal expressions and their normalisation.
 * Each rule's examples are "text => value" where value is what it means once resolved
 * against the reference date given in the example (see tests/extract/rules.test.ts).
 */
import type { TemporalLexicon, TemporalRule } from '../../extract/locale.ts';
import type { Direction, MonthPart, TimexValue } from '../../extract/types.ts';
import { calendarValue, lookup, yearsValue } from '../../extract/temporal-values.ts';

/** Words for a part of a month. */
const MONTH_PARTS: Record<string, MonthPart | undefined> = { debut: 'early', mi: 'mid', 'la mi': 'mid', fin: 'late', courant: undefined };

const DAY = '(?<day>[0-3]?\\d|1er|premier)';
const YEAR = '(?<year>(?:19|20)\\d\\d)';
const NOT_A_COUNT = '(?!\\s?(?:\\d|{{countNoun}}))';

function dayOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (word === '1er' || word === 'premier') return 1;
  const n = Number(word);
  return n >= 1 && n <= 31 ? n : undefined;
}

function directionOf(mod: string | undefined): Direction {
  if (mod === 'dernier' || mod === 'derniere' || mod === 'passe') return 'past';
  if (mod === 'prochain' || mod === 'prochaine') return 'future';
  return 'tense';
}

function calendar(g: Record<string, string | undefined>, lx: TemporalLexicon): TimexValue[] | null {
  return calendarValue(g, lx, dayOf(g.day));
}

export const temporalRules: TemporalRule[] = [
  {
    name: 'day-month-year',
    pattern: `(?:(?<weekday>{{weekday}}) )?(?:le )?${DAY} (?<month>{{month}}),? ${YEAR}`,
    build: calendar,
    examples: ['lundi 31 janvier 2022 => 2022-01-31', 'le 1er septembre 2024 => 2024-09-01'],
    counterExamples: ['le 31 février 2022'],
  },
  {
    name: 'numeric-date',
    pattern: `(?<day>[0-3]?\\d)[/.](?<monthnum>[01]?\\d)[/.]${YEAR}|${YEAR}-(?<monthnum2>[01]\\d)-(?<day2>[0-3]\\d)`,
    build: (g, lx) => calendar({ day: g.day ?? g.day2, monthnum: g.monthnum ?? g.monthnum2, year: g.year }, lx),
    examples: ['19/09/2025 => 2025-09-19', '2025-09-19 => 2025-09-19'],
    counterExamples: ['45/13/2025'],
  },
  {
    name: 'days-list-month',
    pattern: `les (?<day>[0-3]?\\d|1er) et (?<day2>[0-3]?\\d) (?<month>{{month}})(?: ${YEAR})?`,
    build: (g, lx) => {
      const first = calendar(g, lx);
      const second = calendar({ ...g, day: g.day2 }, lx);
      return first && second ? [...first, ...second] : null;
    },
    examples: ['les 14 et 15 août 2025 => 2025-08-14, 2025-08-15'],
  },
  {
    // Administrative French: "le 3 courant" is the 3rd of the month the text is written in.
    name: 'day-of-current-month',
    pattern: `(?:le |du )?${DAY} (?:courant|du mois courant|du mois en cours|de ce mois)\\b`,
    build: (g) => {
      const day = dayOf(g.day);
      return day === undefined ? null : [{ kind: 'day-of-month', day }];
    },
    examples: ['le 3 courant @2025-06-10 => 2025-06-03', 'du 1er courant @2025-06-10 => 2025-06-01', 'le 12 du mois en cours @2024-03-20 => 2024-03-12'],
    counterExamples: ['le 45 courant'],
  },
  {
    name: 'day-month',
    pattern: `(?:(?<weekday>{{weekday}}) )?(?:le |ce )?${DAY} (?<month>{{month}})`,
    build: calendar,
    examples: ['le 19 septembre @2025-09-23 => 2025-09-19', 'Le 14 août @2025-09-19 => 2025-08-14',
      'le 28 décembre @2026-01-05 => 2025-12-28'],
    counterExamples: ['le 40 mai'],
  },
  {
    name: 'part-of-month',
    pattern: `(?:(?:a la |a )?(?<part>mi|debut|fin|courant|la mi)[- ])(?<month>{{month}})(?: ${YEAR})?(?: (?<mod>dernier|prochain))?`,
    build: (g, lx) => {
      const month = lookup(lx.months, g.month)!;
      const part = MONTH_PARTS[g.part!];
      if (g.year) return [{ kind: 'calendar', year: Number(g.year), month, precision: 'month', ...(part ? { part } : {}) }];
      return [{ kind: 'month-of-year', month, direction: directionOf(g.mod), ...(part ? { part } : {}) }];
    },
    examples: ['mi-août 2025 => 2025-08', 'début décembre @2026-01-10 => 2025-12', 'fin janvier prochain @2025-11-02 => 2026-01'],
  },
  {
    name: 'month-year',
    pattern: `(?:(?:en|au mois de|au mois d'|depuis|de|d') ?)?(?<month>{{month}}) ${YEAR}`,
    build: calendar,
    examples: ['en mars 2023 => 2023-03', "d'avril 2024 => 2024-04"],
  },
  {
    name: 'in-month',
    pattern: `(?:en|au mois de|au mois d'|courant|au cours du mois de|au cours du mois d') ?(?<month>{{month}})(?: (?<mod>dernier|prochain))?`,
    build: (g, lx) => [{ kind: 'month-of-year', month: lookup(lx.months, g.month)!, direction: directionOf(g.mod) }],
    examples: ['en août dernier @2025-09-19 => 2025-08', 'en août @2025-09-23 => 2025-08', 'en janvier @2025-11-20 => 2025-01'],
  },
  {
    name: 'years-list',
    pattern: `(?<years>(?:(?:19|20)\\d\\d, )*(?:19|20)\\d\\d (?:et|puis|ou) (?:de |d'|en )?(?:19|20)\\d\\d)${NOT_A_COUNT}`,
    build: (g) => yearsValue(g.years!),
    examples: ['en 2020 et 2021 => 2020, 2021', 'de 2012, 2020 et 2021 => 2012, 2020, 2021'],
  },
  {
    name: 'year',
    pattern: `(?:(?:debut|fin|mi)[- ])?${YEAR}${NOT_A_COUNT}`,
    build: (g) => [{ kind: 'calendar', year: Number(g.year), precision: 'year' }],
    examples: ['en 2020 => 2020', 'fin 2024 => 2024'],
    counterExamples: ['2000 soldats', 'de 38 ans'],
  },
  {
    name: 'weekday',
    pattern: `(?<weekday>{{weekday}})(?: (?<mod>dernier|prochain))?(?: (?:matin|soir|apres-midi))?`,
    build: (g, lx) => [{ kind: 'weekday', weekday: lookup(lx.weekdays, g.weekday)!, direction: directionOf(g.mod) }],
    examples: ['mercredi @2025-09-19 past => 2025-09-17', 'dimanche dernier @2025-09-19 => 2025-09-14',
      'vendredi @2025-09-19 past => 2025-09-19', 'samedi prochain @2025-09-19 => 2025-09-20',
      'jeudi @2025-09-21 => 2025-09-18'],
  },
  {
    // A weekend is dated by its Saturday: a day of it, within the two a gold would accept, rather than the publication's.
    name: 'weekend',
    pattern: `(?:(?:ce|le|du|durant le|pendant le) (?:week-end|weekend)(?: (?<mod>dernier|passe))?)`,
    build: (g) => [{ kind: 'weekday', weekday: 6, direction: g.mod ? 'past' : 'tense' }],
    examples: ['ce week-end @2024-03-11 past => 2024-03-09', 'le week-end dernier @2024-03-13 => 2024-03-09', 'pendant le week-end @2024-03-10 past => 2024-03-09'],
  },
  {
    name: 'relative-day',
    pattern: `(?<word>avant-hier|hier|aujourd'hui|demain|apres-demain|l'avant-veille|la veille|le lendemain|le surlendemain|le meme jour|ce meme jour)`,
    build: (g) => {
      const words: Record<string, [number, 'publication' | 'previous']> = {
        'avant-hier': [-2, 'publication'], hier: [-1, 'publication'], "aujourd'hui": [0, 'publication'],
        demain: [1, 'publication'], 'apres-demain': [2, 'publication'], "l'avant-veille": [-2, 'previous'],
        'la veille': [-1, 'previous'], 'le lendemain': [1, 'previous'], 'le surlendemain': [2, 'previous'],
        'le meme jour': [0, 'previous'], 'ce meme jour': [0, 'previous'],
      };
      const [amount, from] = words[g.word!]!;
      return [{ kind: 'offset', unit: 'day', amount, from }];
    },
    examples: ['hier @2025-09-19 => 2025-09-18', 'la veille @2025-09-19 => 2025-09-18', 'le même jour @2023-08-30 => 2023-08-30'],
  },
  {
    name: 'later',
    pattern: `(?<n>\\d+|{{numberWord}}) (?<unit>jours?|semaines?|mois|ans|annees) (?<how>plus tard|apres)`,
    build: (g, lx) => {
      const n = /^\d+$/.test(g.n!) ? Number(g.n) : lookup(lx.numbers, g.n);
      // "huit mois après le putsch" names an event by the time since it (elapsed.ts), not this one's date.
      if (n === undefined || (g.how === 'apres' && /^(?:mois|an)/.test(g.unit!))) return null;
      const unit = g.unit!.startsWith('jour') ? 'day' : g.unit!.startsWith('semaine') ? 'week' : g.unit === 'mois' ? 'month' : 'year';
      return [{ kind: 'offset', unit, amount: n, from: 'previous' }];
    },
    examples: ['deux jours plus tard @2024-03-05 => 2024-03-07', 'trois ans plus tard @1960-08-17 => 1963'],
  },
  {
    name: 'ago',
    pattern: `il y a (?:(?<less>moins d'|moins de )|(?:plus|pres) de |(?:plus|pres) d'|environ )?(?<n>\\d+|{{numberWord}}) (?<unit>jours?|semaines?|mois|ans?|annees?)`,
    build: (g, lx) => {
      const n = /^\d+$/.test(g.n!) ? Number(g.n) : lookup(lx.numbers, g.n);
      if (n === undefined) return null;
      const unit = g.unit!.startsWith('jour') ? 'day' : g.unit!.startsWith('semaine') ? 'week'
        : g.unit === 'mois' ? 'month' : 'year';
      // "il y a moins d'un an": within the last one, so the reference's own year (or month).
      const amount = g.less ? n - 1 : n;
      return [{ kind: 'offset', unit, amount: -amount, from: 'publication' }];
    },
    examples: ['il y a huit mois @2025-09-19 => 2025-01', 'il y a trois jours @2025-09-19 => 2025-09-16',
      'il y a deux ans @2025-09-19 => 2023', "il y a moins d'un an @2022-09-30 => 2022", 'il y a près de deux ans @2025-09-19 => 2023'],
  },
  {
    name: 'last-period',
    pattern: `(?<period>l'an dernier|l'an passe|l'annee derniere|l'annee passee|le mois dernier|le mois passe|la semaine derniere|la semaine passee|cette annee|ce mois-ci)`,
    build: (g) => {
      const p = g.period!;
      const unit = p.includes('mois') ? 'month' : p.includes('semaine') ? 'week' : 'year';
      const amount = p.startsWith('ce') ? 0 : -1;
      return [{ kind: 'offset', unit, amount, from: 'publication' }];
    },
    examples: ["l'an dernier @2025-09-19 => 2024", 'le mois dernier @2025-09-19 => 2025-08', 'la semaine dernière @2025-09-19 => 2025-09'],
  },
];

/** Words just before an expression that say it is a deadline or a starting point, not the event's date. */
export const timexRoles: Record<'deadline' | 'since', string[]> = {
  deadline: ["jusqu'au", "jusqu'a", "jusqu'en", "d'ici", "d'ici au", 'avant le', 'avant', 'au plus tard le', 'pour le'],
  since: ['depuis', 'des', 'depuis le', 'depuis la', 'a partir du', 'a partir de'],
};
