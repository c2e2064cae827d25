/** French month and weekday names, and number words, as typed dictionaries. */
import { toCardinal } from 'n2words/fr-FR';

export const months: Record<string, number> = {
  janvier: 1, 'janv.': 1, janv: 1,
  février: 2, fevrier: 2, 'févr.': 2, févr: 2,
  mars: 3,
  avril: 4, 'avr.': 4,
  mai: 5,
  juin: 6,
  juillet: 7, 'juil.': 7,
  août: 8, aout: 8,
  septembre: 9, 'sept.': 9,
  octobre: 10, 'oct.': 10,
  novembre: 11, 'nov.': 11,
  décembre: 12, 'déc.': 12,
};

/** 0 = Sunday, as in Date.getUTCDay(). */
export const weekdays: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

/** Every number from 1 to 100 in words, in both spellings ("vingt et un", "vingt-et-un"). */
const spelled = Object.fromEntries(Array.from({ length: 100 }, (_, i) => i + 1)
  .flatMap((n) => [[toCardinal(n), n], [toCardinal(n, { withHyphenSeparator: true }), n]]));

export const numbers: Record<string, number> = {
  ...spelled,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, 'vingt-cinq': 25,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, 'deux cents': 200,
  mille: 1000, douzaine: 12, 'une douzaine': 12, 'une dizaine': 10, 'une vingtaine': 20,
  'une trentaine': 30, 'une centaine': 100,
};
