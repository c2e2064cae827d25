/**
 * One article through the per-article steps: clean, split, find and resolve dates,
 * find mentions. The publication context is given: the corpus step may re-run this
 * once it has inferred a publication date.
 */
import type { Locale } from './locale.ts';
import type { Article, DateDerivation, DateRange, Mention, Sentence } from './types.ts';
import { fold } from './fold.ts';
import { keptSpans } from './clean.ts';
import { splitSentences } from './sentences.ts';
import { findTimexes } from './timex.ts';
import { resolveValue } from './resolve.ts';
import { isBackground, mentionsIn, type ResolvedTimex, tenseOf } from './mentions.ts';
import { inheritDates } from './context-date.ts';
import { looksLikeHtml, maskMarkup } from './markup.ts';
import { rangeOf } from './resolve.ts';
import { findDemonyms, findPlaces, gazetteer } from './gazetteer.ts';
import type { YearWindow } from './weekday-fit.ts';

/** What is known of an article's publication date when it is read. */
export interface PublicationContext {
  published: string | null;
  derivation: DateDerivation;
  /** A year to complete partial dates with, when the publication date is unknown. */
  yearAnchor: number | null;
  /** Years a weekday-and-day with no year may fall in, when no anchor is known. */
  weekdayWindow?: YearWindow | null;
}

/** The per-article preparation that does not depend on the publication date. */
export interface PreparedArticle {
  /** The article as the steps read it: its text is the file's, with any HTML markup masked. */
  article: Article;
  folded: string;
  sentences: Sentence[];
  timexes: ResolvedTimex[][];
}

/** Cleans and splits an article, and finds its temporal expressions (not yet resolved). */
export function prepareArticle(original: Article, locale: Locale): PreparedArticle {
  let article = original;
  if (looksLikeHtml(original.text.slice(original.bodyStart))) {
    original.warnings.push('looks like HTML, not plain text: markup ignored');
    article = { ...original, text: maskMarkup(original.text) };
  }
  const folded = fold(article.text);
  const spans = keptSpans(article, locale, folded);
  const sentences = splitSentences(article.text, spans, locale.lang, locale.abbreviations);
  const timexes = sentences.map((s) => findTimexes(article.text, folded, s.start, s.end, locale).map((t) => ({ ...t, resolved: [] })));
  for (const t of timexes.flat()) {
    if (t.values.some(impossible)) original.warnings.push(`impossible date "${t.text}" ignored`);
  }
  return { article, folded, sentences, timexes };
}

/** A day that no month has ("31 février", "31 avril"). */
function impossible(v: ResolvedTimex['values'][number]): boolean {
  if (v.kind !== 'calendar' || v.day === undefined || v.month === undefined) return false;
  return rangeOf(v.year ?? 2024, v.month, v.day) === null; // 2024: a leap year, so 29 février stays possible
}

/** How far before a trigger its auxiliary may stand ("avait en effet été arrêté"), in characters. */
const TENSE_REACH = 40;

/** Resolves dates against the publication context and finds the article's mentions. */
export function mentionsOf(prepared: PreparedArticle, locale: Locale, pub: PublicationContext): Mention[] {
  const { article, folded, sentences } = prepared;
  let previous: DateRange | null = null;
  const mentions: Mention[] = [];
  const resolvedTimexes: ResolvedTimex[][] = [];
  sentences.forEach((sentence, i) => {
    const tense = tenseOf(folded.slice(sentence.start, sentence.end), locale);
    const timexes: ResolvedTimex[] = prepared.timexes[i]!.map((t) => {
      const resolved = t.values.map((v) => resolveValue(v, { publication: pub.published, yearAnchor: pub.yearAnchor, weekdayWindow: pub.weekdayWindow ?? null,
        referenceIsLowerBound: pub.derivation === 'inferred-from-corpus', tense, previous }));
      return { ...t, resolved };
    });
    resolvedTimexes.push(timexes);
    for (const t of timexes) {
      const day = t.role === 'event' ? t.resolved.find((r) => r.range?.precision === 'day')?.range : undefined;
      if (day) previous = day;
    }
    mentions.push(...mentionsIn(sentence, timexes, {
      source: article.id, text: article.text, folded, locale, publicationDerivation: pub.derivation, warnings: article.warnings,
    }, mentions.length));
  });
  const withDates = inheritDates(mentions, {
    text: article.text, sentences, timexes: resolvedTimexes, reference: pub.published,
    referenceIsLowerBound: pub.derivation === 'inferred-from-corpus',
    // The tense of the trigger's own clause: "qui s'étaient réunis …, le général est arrêté" is news.
    isBackground: (m) => isBackground(folded.slice(Math.max(m.sentence.start, m.trigger.start - TENSE_REACH), m.trigger.end), locale),
  });
  return withArticleCountry(withDates, prepared, locale);
}

/**
 * A mention that names no country happened, as far as the article says, where the
 * article's other events did: it gets the article's most reported country, weakly.
 */
function withArticleCountry(mentions: Mention[], prepared: PreparedArticle, locale: Locale): Mention[] {
  if (!mentions.some((m) => m.countries.length === 0)) return mentions;
  const tally = new Map<string, number>();
  for (const m of mentions) if (m.countryStrength === 'strong') tally.set(m.countries[0]!, (tally.get(m.countries[0]!) ?? 0) + 1);
  // When no report places itself, the country the article names most (places and nationalities), if it names one twice.
  if (tally.size === 0) {
    const { article, folded, sentences } = prepared;
    const g = gazetteer(locale);
    for (const s of sentences) {
      for (const hit of [...findPlaces(article.text, folded, s.start, s.end, g), ...findDemonyms(folded, s.start, s.end, g)]) {
        tally.set(hit.code, (tally.get(hit.code) ?? 0) + 1);
      }
    }
    for (const [code, n] of tally) if (n < 2) tally.delete(code);
  }
  const main = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!main) return mentions;
  return mentions.map((m) => (m.countries.length === 0 ? { ...m, countries: [main] } : m));
}
