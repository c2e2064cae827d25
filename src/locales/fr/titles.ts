/** How French titles an event: templates by type and the contractions French requires. */
import { toCardinal } from 'n2words/fr-FR';
import { months } from './calendar.ts';
import type { Country, TitleTemplates } from '../../extract/locale.ts';

const VOWEL = /^[aeiouyhâàéèêëîïôûùAEIOUYHÂÀÉÈÊËÎÏÔÛÙ]/;

/** "de un" -> "d'un", "de le" -> "du", "de des" -> "de", "à le" -> "au", "à les" -> "aux". */
function contract(text: string): string {
  return text
    .replace(/\bde le /g, 'du ')
    .replace(/\bde les /g, 'des ')
    .replace(/\bde des /g, 'de ') // "l'arrestation de manifestants", never "de des"
    .replace(/\bde du /g, 'du ')
    .replace(/(^|\s)à le /g, '$1au ')
    .replace(/(^|\s)à les /g, '$1aux ')
    .replace(/\b([dD])e ([^\s]+)/g, (all, d: string, next: string) => (VOWEL.test(next) ? `${d}'${next}` : all));
}

/** Islands and some small states take "à la" ("à la Grenade"), not "en". */
const WITH_A_LA = new Set(['la Grenade', 'la Barbade', 'la Dominique', 'la Jamaïque', 'la Martinique', 'la Guadeloupe', 'la Réunion']);

function inCountry(country: Country): string {
  const subject = country.subject;
  if (WITH_A_LA.has(subject)) return `à ${subject}`;
  if (subject.startsWith('le ')) return `au ${subject.slice(3)}`;
  if (subject.startsWith('les ')) return `aux ${subject.slice(4)}`;
  if (subject.startsWith('la ')) return `en ${subject.slice(3)}`;
  if (subject.startsWith("l'")) return `en ${subject.slice(2)}`;
  return `à ${subject}`;
}

/**
 * A patient phrase as a verb's object: the preposition a noun gave it goes ("l'expulsion du
 * diplomate" -> "expulse le diplomate", "donné 48 heures au consul" -> "expulse le consul").
 * "des" and "de" stay: after a verb they are the indefinite article ("expulse des diplomates").
 */
function object(patient: string): string {
  return patient
    .replace(/^(?:du|au) /i, 'le ')
    .replace(/^aux /i, 'les ')
    .replace(/^(?:de|à) (?=la |l'|l’)/i, '')
    .replace(/^d['’](?=une? )/i, '');
}

/** People by their count alone: "une personne", "3 personnes"; an unknown count says nothing. */
function people(count: number | null): string | null {
  if (count === null) return null;
  return count === 1 ? 'une personne' : `${count} personnes`;
}

/** A figure from two to nine before a word, unless the word is a month: "du 5 juin" is a day. */
const COUNT = new RegExp(`(?<![\\p{L}\\p{N}.,])[2-9](?= \\p{L})(?! (?:${Object.keys(months).map((m) => m.replace('.', '\\.')).join('|')})(?![\\p{L}]))`, 'gu');

/**
 * French type: the typographic apostrophe ("Coup d’État", "l’ambassadeur"), and counts from
 * two to nine in words, as newsrooms write them ("expulse deux diplomates"; "un"/"une" would
 * need the noun's gender, and 10 and above stay in figures). A number stuck to letters or other
 * figures ("M23", "G5", "2e") is a name and stays, and so does a day ("du 5 juin").
 */
function typography(title: string): string {
  return title
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
    .replace(COUNT, (n) => toCardinal(Number(n)));
}

export const titles: TitleTemplates = {
  templates: {
    coup: ["Coup d'État {inCountry}", "Coup d'État {in}", "Coup d'État"],
    arrest: ['Arrestation de {patient} {in}', 'Arrestation de {patient}', '{agent} arrête des personnes', 'Arrestation {in}', 'Arrestation'],
    expulsion: ['{agent} expulse{nt} {object}', 'Expulsion de {patient} {in}', 'Expulsion de {patient}', 'Expulsion {in}', 'Expulsion'],
  },
  contract,
  inCountry,
  atPlace: (place) => contract(`à ${place}`),
  people,
  object,
  // "Les États-Unis expulsent", "La France expulse".
  agreement: (agent) => ({ nt: agent.subject.startsWith('les ') ? 'nt' : '' }),
  typography,
};
