/** The extraction engine's public surface. */
export { extractCorpus, type ExtractOptions } from './pipeline.ts';
export { readArticle, decode } from './read.ts';
export { contractSchema, eventSchema, sourceSchema, type Contract, type EventRecord, type SourceRecord } from './schema.ts';
export type { Article, EventType, Mention } from './types.ts';
