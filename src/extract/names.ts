/**
 * Proper names in a sentence: two reports that name the same person ("Drareni", "Kovrig")
 * likely tell of the same event, whatever else each outlet says.
 */
import type { Locale } from './locale.ts';
import { compiled } from './compiled.ts';
import type { Gazetteer } from './gazetteer.ts';
import { isPunctuation } from './tokens.ts';
import type { SentenceParts } from './participants.ts';

/** Shortest proper name that counts as evidence two reports tell of the same people ("Drareni", "Kovrig"). */
const NAME_LENGTH = 5;

const common = (locale: Locale) => compiled(locale).commonNames;

/**
 * The proper names of a sentence (capitalised words that are not places, nationalities or
 * common words): two reports that share one likely tell of the same people.
 */
export function namesIn(parts: SentenceParts, locale: Locale, g: Gazetteer): string[] {
  const skip = common(locale);
  const names = new Set<string>();
  parts.tokens.forEach((t, i) => {
    if (i === 0 || isPunctuation(parts.tokens[i - 1]!) && /[.!?«"“]/.test(parts.tokens[i - 1]!.text)) return;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || t.key.length < NAME_LENGTH) return;
    if (skip.has(t.key) || g.placeKinds.has(t.key) || g.demonyms.has(t.key)) return;
    names.add(t.key);
  });
  return [...names].sort();
}
