/**
 * The whole extraction over a corpus: articles in, the event contract out, as an ordered list
 * of named steps over one run (like chrono's parsers then refiners). Pure: no file system, no
 * clock. The same articles give the same output, in any order.
 */
import type { Locale } from './locale.ts';
import type { Article, Mention } from './types.ts';
import type { Contract, EventRecord, PublishedEvidence, SourceRecord } from './schema.ts';
import { type PreparedArticle, prepareArticle, mentionsOf, type PublicationContext } from './article.ts';
import { mergeMentions } from './merge.ts';
import { accumulate, inferPublications, type InferredPublication } from './publication.ts';
import { type Built, buildEvents } from './events.ts';
import { ownReference, type OwnReference } from './reference.ts';
import { weekdayWindow } from './weekday-fit.ts';
import { assignIds, type PublishedIds } from './ids.ts';
import { dedupe, guarded, unplacedWarning } from './sources.ts';
import { detectLanguage, type LanguageGuess } from './language.ts';

/** Rounds of publication inference: each can date articles that the previous one made datable. */
const MAX_ROUNDS = 6;

export interface ExtractOptions {
  /** The locale for each article's language; `fallback` for the rest. */
  locales: Record<string, Locale>;
  fallback: string;
  /**
   * The language events are written in (titles, country names, who): the site's, whatever
   * language a report was read in. Defaults to the fallback language's locale.
   */
  outputLocale?: Locale;
  /** Ids already published, with what they were published for: they keep their events. */
  published?: PublishedIds;
  /**
   * Readings of articles that state their publication date, made beforehand (`readDatedArticle`,
   * in worker threads or from a cache), by article id: used instead of reading them again.
   */
  readings?: ReadonlyMap<string, ArticleReading>;
}

/** What reading one article that states its publication date gives: its mentions, and its warnings after reading. */
export interface ArticleReading {
  mentions: Mention[];
  warnings: string[];
  /** The language its text told, when its front matter gave none. */
  detected?: LanguageGuess;
}

/** One run's state, filled in step by step. */
interface Run {
  options: ExtractOptions;
  input: Article[];
  problems: Contract['problems'];
  articles: Article[];
  locales: Map<string, Locale>;
  /** The language told from the text of articles whose front matter gives none. */
  detected: Map<string, LanguageGuess>;
  /** Prepared articles, kept only while they may be read again. */
  prepared: Map<string, PreparedArticle>;
  /** Mentions by article and publication context: a round re-reads only what changed. */
  cache: Map<string, Mention[]>;
  /** The latest year a stated publication date gives, for weekday fits. */
  corpusYear: number | null;
  /** What undated articles say of their own date. */
  own: Map<string, OwnReference>;
  /** Articles that date themselves for sure (a publication line, a date in their address…). */
  selfDated: Map<string, PublishedEvidence>;
  /** Articles still without a date, for the corpus to date. */
  unknown: Set<string>;
  inferred: Map<string, InferredPublication>;
  mentions: Mention[];
  built: Built;
  ids: Map<EventRecord, string>;
}

function localeFor(article: Article, options: ExtractOptions, detected: Map<string, LanguageGuess>, read?: ArticleReading): Locale {
  const warn = (message: string) => { if (!article.warnings.some((w) => w.startsWith('language'))) article.warnings.push(message); };
  let lang = article.meta.lang;
  if (lang === null && read) {
    // Read already (in a worker thread, or by an earlier build): its language and warnings come with it.
    if (read.detected) detected.set(article.id, read.detected);
    lang = read.detected?.lang ?? null;
  } else if (lang === null) {
    // No `lang:`: the text tells, when it is long enough to.
    const found = detectLanguage(article.text.slice(article.bodyStart));
    if ('guess' in found) {
      detected.set(article.id, found.guess);
      lang = found.guess.lang;
      if (!Object.hasOwn(options.locales, lang)) {
        warn(`language detected as "${lang}" (confidence ${found.guess.confidence}), which has no rules: read with "${options.fallback}" rules; add \`lang:\` to the front matter if it is wrong`);
      }
    } else {
      warn('tooShort' in found
        ? `language not told: too short to tell (${found.tooShort} letters): read with "${options.fallback}" rules`
        : `language not told: no language recognised in the text: read with "${options.fallback}" rules`);
    }
  }
  lang ??= options.fallback;
  // Own keys only: "constructor" or "__proto__" as a language must not find an object's inherited members.
  if (Object.hasOwn(options.locales, lang)) return options.locales[lang]!;
  warn(`language "${lang}" has no rules: read with "${options.fallback}" rules`);
  return options.locales[options.fallback]!;
}

/** Step: one copy of each text, in the order of the ids (the output never depends on file order). */
function keepOneCopyOfEachText(run: Run): void {
  run.articles = dedupe([...run.input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), run.problems);
}

/** Step: each article's language, and the rules it is read with. */
function chooseLanguages(run: Run): void {
  run.locales = new Map(run.articles.map((a) => [a.id, localeFor(a, run.options, run.detected, a.meta.published ? run.options.readings?.get(a.id) : undefined)]));
}

const localeOf = (run: Run, id: string) => run.locales.get(id)!;

function prepare(run: Run, a: Article): PreparedArticle {
  let p = run.prepared.get(a.id);
  if (!p) run.prepared.set(a.id, (p = prepareArticle(a, localeOf(run, a.id))));
  return p;
}

/** Step: what each article that states no date says of its own date (see reference.ts). */
function readOwnDates(run: Run): void {
  run.corpusYear = run.articles.reduce<number | null>((y, a) => (a.meta.published ? Math.max(y ?? 0, Number(a.meta.published.slice(0, 4))) : y), null);
  for (const a of run.articles) {
    if (a.meta.published) continue;
    const r = guarded(a, () => ownReference(a, prepare(run, a), localeOf(run, a.id), run.corpusYear), null);
    if (r) run.own.set(a.id, r);
  }
  run.selfDated = new Map([...run.own].flatMap(([id, r]) => (r.definitive ? [[id, r.definitive] as const] : [])));
  run.unknown = new Set([...run.own.keys()].filter((id) => !run.selfDated.has(id)));
}

/** What is known of an article's publication date in this round. */
function contextOf(run: Run, a: Article): PublicationContext {
  if (a.meta.published) return { published: a.meta.published, derivation: 'stated', yearAnchor: null };
  const self = run.selfDated.get(a.id);
  if (self) return { published: self.date, derivation: 'stated', yearAnchor: null };
  const inf = run.inferred.get(a.id);
  return { published: inf?.published ?? null, derivation: 'inferred-from-corpus', yearAnchor: inf?.yearAnchor ?? null,
    weekdayWindow: weekdayWindow(run.own.get(a.id)?.latestYear ?? null, run.corpusYear) };
}

function mentionsFor(run: Run, a: Article): Mention[] {
  const pub = contextOf(run, a);
  const key = `${a.id}\u0000${pub.published}\u0000${pub.yearAnchor}`;
  let found = run.cache.get(key);
  const read = a.meta.published ? run.options.readings?.get(a.id) : undefined;
  if (!found && read) {
    found = read.mentions;
    a.warnings.splice(0, a.warnings.length, ...read.warnings);
    run.cache.set(key, found);
  }
  if (!found) {
    found = guarded(a, () => mentionsOf(prepare(run, a), localeOf(run, a.id), pub), []);
    run.cache.set(key, found);
    // An article that states its date is read once: its folded text and sentences can go.
    if (a.meta.published) run.prepared.delete(a.id);
  }
  return found;
}

/** The ids of a round's events (their slugs until now), published ones kept. */
function idsOf(run: Run): Map<EventRecord, string> {
  return assignIds(run.built.events.map((e) => e.event), run.options.published ?? new Map());
}

/**
 * Step: find every article's mentions, merge them into events, and date the undated articles
 * from those events; again while a round dates more (evidence accumulates, so rounds settle).
 */
function findEvents(run: Run): void {
  const byId = new Map(run.articles.map((a) => [a.id, a]));
  const publishedOf = (id: string) => contextOf(run, byId.get(id)!).published;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    run.mentions = run.articles.flatMap((a) => mentionsFor(run, a));
    const output = run.options.outputLocale ?? run.options.locales[run.options.fallback]!;
    run.built = buildEvents(mergeMentions(run.mentions), { output, readIn: (id) => localeOf(run, id) }, publishedOf, (id) => byId.get(id)!.text);
    if (run.unknown.size === 0) break;
    const ids = idsOf(run);
    const clusterIds = new Map(run.built.events.map((e) => [e.cluster, ids.get(e.event)!] as const));
    const next = accumulate(run.inferred, inferPublications(run.built.clusters, run.unknown, clusterIds, run.own));
    const same = [...run.unknown].every((id) => JSON.stringify(next.get(id)) === JSON.stringify(run.inferred.get(id)));
    run.inferred = next;
    if (same) break;
  }
}

/** Step: permalinks, published ones kept for the events they were published for (see ids.ts). */
function givePermalinks(run: Run): void {
  run.ids = idsOf(run);
  for (const { event } of run.built.events) event.id = run.ids.get(event)!;
}

/**
 * Evidence as of the last round: an event an earlier round named but the last did not keep
 * is named no more, and the same day from the same source is said once.
 */
function current(evidence: PublishedEvidence[], finalIds: Set<string>): PublishedEvidence[] {
  const seen = new Set<string>();
  return evidence
    .map((e) => (e.event && !finalIds.has(e.event) ? { ...e, event: null } : e))
    .sort((a, b) => Number(b.event !== null) - Number(a.event !== null))
    .filter((e) => { const k = `${e.kind}\u0000${e.date}\u0000${e.source}`; return seen.has(k) ? false : (seen.add(k), true); })
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0));
}

/** The contract: every source with its date, evidence and warnings, and the events in date order. */
function contractOf(run: Run): Contract {
  const finalIds = new Set(run.ids.values());
  const cited = new Set(run.built.events.flatMap((e) => e.event.citations.map((c) => c.source)));
  const mentionsBySource = Map.groupBy(run.mentions, (m) => m.source);
  const sources: SourceRecord[] = run.articles.map((a) => {
    const self = run.selfDated.get(a.id);
    const inf = self ? { published: self.date, evidence: [self] } : run.inferred.get(a.id);
    return {
      id: a.id, file: a.file, title: a.meta.title, outlet: a.meta.outlet, url: a.meta.url,
      published: a.meta.published ?? inf?.published ?? null,
      publishedDerivation: a.meta.published ? 'stated' : inf?.published ? 'inferred' : null,
      // Evidence gathered in an earlier round may name an event the last round did not keep.
      publishedEvidence: a.meta.published ? [] : current(inf?.evidence ?? [], finalIds),
      lang: a.meta.lang ?? localeOf(run, a.id).lang,
      ...(run.detected.has(a.id) ? { langDetected: run.detected.get(a.id)! } : {}),
      warnings: [...a.warnings, ...(cited.has(a.id) ? [] : [unplacedWarning(mentionsBySource.get(a.id) ?? [], contextOf(run, a).published)])],
    };
  });
  const events = run.built.events.map((e) => e.event)
    .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { generatedFrom: run.input.length, sources, events, problems: run.problems };
}

/** The corpus step, in order. */
export const STEPS: readonly { name: string; run: (run: Run) => void }[] = [
  { name: 'keep one copy of each text', run: keepOneCopyOfEachText },
  { name: 'choose each article\'s language', run: chooseLanguages },
  { name: 'read what undated articles say of their own date', run: readOwnDates },
  { name: 'find, merge and date events; date undated articles from them', run: findEvents },
  { name: 'give events their permalinks', run: givePermalinks },
];

/**
 * Reads one article that states its publication date as the corpus step reads it (its rules,
 * then its mentions at that date): a map over articles, for worker threads and caches. The
 * article's warnings grow as they would in the corpus step.
 */
export function readDatedArticle(a: Article, options: ExtractOptions): ArticleReading {
  const detected = new Map<string, LanguageGuess>();
  const locale = localeFor(a, options, detected);
  const mentions = guarded(a, () => mentionsOf(prepareArticle(a, locale), locale, { published: a.meta.published!, derivation: 'stated', yearAnchor: null }), []);
  const guess = detected.get(a.id);
  return { mentions, warnings: [...a.warnings], ...(guess ? { detected: guess } : {}) };
}

/** Extracts, merges and describes the events of a corpus. */
export function extractCorpus(input: Article[], options: ExtractOptions): Contract {
  const run: Run = {
    options, input, problems: [], articles: [], locales: new Map(), detected: new Map(), prepared: new Map(), cache: new Map(), corpusYear: null,
    own: new Map(), selfDated: new Map(), unknown: new Set(), inferred: new Map(), mentions: [], built: { clusters: [], events: [] }, ids: new Map(),
  };
  for (const step of STEPS) step.run(run);
  return contractOf(run);
}
