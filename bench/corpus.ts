/**
 * Deterministic synthetic corpora for the benchmarks: articles recombined from the seeds'
 * sentences (as filler) and report sentences with drawn dates, places and participants.
 * Several articles report the same event, in different words, so merging is exercised.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const PLACES: [string, string, string][] = [
  ['Bamako', 'le Mali', 'maliens'], ['Niamey', 'le Niger', 'nigériens'], ['Ouagadougou', 'le Burkina Faso', 'burkinabè'],
  ['Conakry', 'la Guinée', 'guinéens'], ['Libreville', 'le Gabon', 'gabonais'], ['Khartoum', 'le Soudan', 'soudanais'],
  ['Alger', "l'Algérie", 'algériens'], ['Moscou', 'la Russie', 'russes'], ['Dakar', 'le Sénégal', 'sénégalais'], ['Lomé', 'le Togo', 'togolais'],
];
const NUMBERS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'douze'];
const PEOPLE = ['opposants', 'journalistes', 'militants', 'officiers', 'diplomates', 'syndicalistes'];

interface SyntheticEvent { kind: 0 | 1 | 2; day: number; month: number; year: number; place: number; count: number; people: number }

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Ways of reporting an event; each article picks one. */
function report(e: SyntheticEvent, variant: number): string {
  const [city, country, demonym] = PLACES[e.place]!;
  const date = `${e.day === 1 ? '1er' : e.day} ${MONTHS[e.month]} ${e.year}`;
  const n = NUMBERS[e.count]!, who = PEOPLE[e.people]!;
  if (e.kind === 0) {
    return [`Le ${date}, des militaires ont pris le pouvoir à ${city}.`, `Des officiers ont renversé le président le ${date} à ${city}.`,
      `Le coup d'État du ${date} a porté une junte au pouvoir à ${city}.`][variant % 3]!;
  }
  if (e.kind === 1) {
    return [`Le ${date}, la police a arrêté ${n} ${who} à ${city}.`, `${cap(n)} ${who} ont été interpellés le ${date} à ${city}.`,
      `L'arrestation de ${n} ${who} à ${city}, le ${date}, a été dénoncée.`][variant % 3]!;
  }
  return [`${cap(country)} a expulsé ${n} diplomates ${demonym === 'russes' ? 'français' : 'russes'} le ${date}.`,
    `Le ${date}, ${country} a déclaré persona non grata ${n} diplomates ${demonym === 'russes' ? 'français' : 'russes'}.`,
    `${cap(n)} diplomates ${demonym === 'russes' ? 'français' : 'russes'} ont été sommés de quitter ${country} le ${date}.`][variant % 3]!;
}

/** Sentences of the seeds and fixtures that report nothing, to pad articles like real ones. */
function fillers(): string[] {
  const out: string[] = [];
  const seg = new Intl.Segmenter('fr', { granularity: 'sentence' });
  for (const dir of ['seeds', 'tests/fixtures/world']) {
    for (const f of readdirSync(dir).sort()) {
      const text = readFileSync(`${dir}/${f}`, 'utf8').replace(/^---[\s\S]*?---\n/, '');
      for (const { segment } of seg.segment(text)) {
        const s = segment.trim();
        if (s.length > 40 && s.length < 400 && !/arrêt|expuls|coup|pouvoir|persona|interpell|indésirable|quitter|résidence|\d{4}|août|septembre/i.test(s)) out.push(s);
      }
    }
  }
  return out;
}

export interface SyntheticArticle { name: string; text: string }

/** `n` articles, about n/3 distinct events, each reported by one to five articles; one in ten undated. */
export function syntheticCorpus(n: number, seed = 42): SyntheticArticle[] {
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const pad = fillers();
  const pool: SyntheticEvent[] = Array.from({ length: Math.max(3, Math.round(n / 3)) }, () => ({
    kind: Math.floor(rnd() * 3) as 0 | 1 | 2, day: 1 + Math.floor(rnd() * 28), month: Math.floor(rnd() * 12),
    year: 2015 + Math.floor(rnd() * 11), place: Math.floor(rnd() * PLACES.length), count: Math.floor(rnd() * NUMBERS.length),
    people: Math.floor(rnd() * PEOPLE.length),
  }));
  return Array.from({ length: n }, (_, i) => {
    const reported = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(pool));
    const latest = reported.reduce((a, e) => Math.max(a, Date.UTC(e.year, e.month, e.day)), 0);
    const published = new Date(latest + (1 + Math.floor(rnd() * 5)) * 86_400_000).toISOString().slice(0, 10);
    const sentences = [...reported.map((e) => report(e, Math.floor(rnd() * 3)))];
    const fill = 6 + Math.floor(rnd() * 10);
    for (let k = 0; k < fill; k++) sentences.splice(Math.floor(rnd() * (sentences.length + 1)), 0, pick(pad));
    const body = sentences.reduce((acc, s, k) => acc + s + (k % 4 === 3 ? '\n\n' : ' '), '').trim();
    const header = rnd() < 0.1 ? '' : `---\npublished: ${published}\n---\n`;
    return { name: `synthetic-${String(i).padStart(6, '0')}.txt`, text: `${header}${body}\n` };
  });
}
