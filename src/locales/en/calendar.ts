/** English month and weekday names, and number words, as typed dictionaries. */
import { toCardinal } from 'n2words/en-US';

export const months: Record<string, number> = {
  january: 1, 'jan.': 1, jan: 1,
  february: 2, 'feb.': 2, feb: 2,
  march: 3, 'mar.': 3,
  april: 4, 'apr.': 4, apr: 4,
  may: 5,
  june: 6, jun: 6, 'jun.': 6,
  july: 7, jul: 7, 'jul.': 7,
  august: 8, 'aug.': 8, aug: 8,
  september: 9, 'sept.': 9, 'sep.': 9, sept: 9, sep: 9,
  october: 10, 'oct.': 10, oct: 10,
  november: 11, 'nov.': 11, nov: 11,
  december: 12, 'dec.': 12, dec: 12,
};

/** 0 = Sunday, as in Date.getUTCDay(). */
export const weekdays: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Every number from 1 to 100 in words ("twenty-one", "fifty-three"). */
const spelled = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [toCardinal(i + 1), i + 1]));

export const numbers: Record<string, number> = {
  ...spelled,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, hundred: 100, 'a hundred': 100, 'two hundred': 200, thousand: 1000,
  dozen: 12, 'a dozen': 12,
};
