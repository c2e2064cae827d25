/** Names an event: its participants by vote, a title from the locale's templates, a stable slug. */
import type { Country, Locale } from './locale.ts';
import type { Mention } from './types.ts';
import type { EventDate } from './dates.ts';
import { fold } from './fold.ts';

/** The value most mentions give (first given wins a tie), or null. */
export function vote<T>(mentions: Mention[], pick: (m: Mention) => T | null, weight: (m: Mention) => number = () => 1): T | null {
  const tally = new Map<T, number>();
  for (const m of mentions) {
    const v = pick(m);
    if (v !== null && v !== undefined) tally.set(v, (tally.get(v) ?? 0) + weight(m));
  }
  let best: T | null = null, top = 0;
  for (const [v, n] of tally) if (n > top) { best = v; top = n; }
  return best;
}

/** Where it happened: a place or an agent counts fully, a country only named nearby counts a share. */
export function countryOf(mentions: Mention[]): string | null {
  const tally = new Map<string, number>();
  for (const m of mentions) {
    m.countries.forEach((c, i) => {
      const w = m.countryStrength === 'strong' && i === 0 ? 2 : 1 / m.countries.length;
      tally.set(c, (tally.get(c) ?? 0) + w);
    });
  }
  let best: string | null = null, top = 0;
  for (const [c, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > top) { best = c; top = n; }
  return best;
}

/** The patient phrase most sources use (each source once); the shortest among equals. */
export function patientOf(mentions: Mention[], count: number | null): string | null {
  const tally = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.patient || (count !== null && m.count !== count) || seen.has(`${m.source}\u0000${m.patient}`)) continue;
    seen.add(`${m.source}\u0000${m.patient}`);
    tally.set(m.patient, (tally.get(m.patient) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Lower-case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export interface Naming {
  type: Mention['type'];
  date: EventDate;
  country: Country | null;
  agent: Country | null;
  patientCountry: Country | null;
  patient: string | null;
  place: string | null;
}

/** A readable slug from the date, the type and the key participants. */
export function eventSlug(n: Naming): string {
  const date = n.date.precision === 'day' ? n.date.start : n.date.precision === 'month' ? n.date.start.slice(0, 7) : n.date.start.slice(0, 4);
  const who = [...new Set([n.agent?.name ?? n.country?.name, n.patientCountry?.name].filter(Boolean) as string[])];
  return [date, n.type, ...who.map(slugify)].join('-');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A phrase an outlet wrote in capitals ("LE PREMIER MINISTRE") is not shouted in a title. */
function calm(phrase: string): string {
  const letters = phrase.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  return letters.length >= 4 && upper / letters.length > 0.6 ? phrase.toLowerCase() : phrase;
}

/** The first template whose slots are all known, filled in. */
export function eventTitle(n: Naming, locale: Locale): string {
  const { titles } = locale;
  const patient = n.patient ? calm(n.patient) : null;
  // "Arrestation du président du Gabon au Gabon": a country its patient already names is not said again.
  const named = !n.place && n.country && patient !== null && ` ${fold(patient).replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${slugify(n.country.name).replace(/-/g, ' ')} `);
  const slots: Record<string, string | null> = {
    agent: n.agent ? capitalise(n.agent.subject) : null,
    patient,
    object: patient && titles.object ? titles.object(patient) : patient,
    place: n.place,
    country: n.country?.name ?? null,
    in: n.place ? titles.atPlace(n.place) : n.country && !named ? titles.inCountry(n.country) : null,
    inCountry: n.country ? titles.inCountry(n.country) : null,
    ...(n.agent && titles.agreement ? titles.agreement(n.agent) : {}),
  };
  for (const template of titles.templates[n.type]) {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    if (names.some((k) => slots[k] === null || slots[k] === undefined)) continue;
    const title = capitalise(titles.contract(template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k]!)));
    return titles.typography ? titles.typography(title) : title;
  }
  return n.type;
}
