/**
 * The timeline's shareable state in the URL: the selected event in the hash (`#<id>`, or
 * `?event=<id>` for embeds), filters in the query
 * (`?types=coup,arrest&pays=ML&source=…&q=…&from=2025-01-01&to=2025-12-31`), and the bands
 * (`&lignes=pays`: one per country).
 */
import { EVENT_TYPES, type EventType } from '../extract/types.ts';
import { fold } from '../extract/fold.ts';

export const ALL_TYPES: EventType[] = [...EVENT_TYPES];

export interface ViewState {
  selected: string | null;
  types: EventType[];
  country: string | null;
  source: string | null;
  query: string;
  /** Only events that end on or after this day (yyyy-MM-dd). */
  from: string | null;
  /** Only events that start on or before this day. */
  to: string | null;
  /** The chart's bands: one per type, or one per country (`?lignes=pays`). */
  rows: 'type' | 'country';
}

export const defaultState = (): ViewState => ({ selected: null, types: [...ALL_TYPES], country: null, source: null, query: '', from: null, to: null, rows: 'type' });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9-]+$/;
const COUNTRY = /^[A-Z]{2}$/;
/** Longer queries or source ids than these are not ones the site wrote: ignored. */
const MAX_QUERY = 200, MAX_SOURCE = 300;

/** Reads the state from a URL's search and hash. Unknown or malformed values are ignored. */
export function parseState(search: string, hash: string): ViewState {
  const params = new URLSearchParams(search);
  const state = defaultState();
  const types = params.get('types');
  // `types=` (every chip unticked) shows nothing; a list with no known type is ignored.
  const known = ALL_TYPES.filter((t) => types?.split(',').includes(t));
  if (types === '' || known.length) state.types = known;
  const country = params.get('pays') ?? '', source = params.get('source') ?? '', query = params.get('q') ?? '';
  state.country = COUNTRY.test(country) ? country : null;
  state.source = source && source.length <= MAX_SOURCE ? source : null;
  state.query = query.length <= MAX_QUERY ? query : '';
  const from = params.get('from'), to = params.get('to');
  state.from = from && ISO_DAY.test(from) ? from : null;
  state.to = to && ISO_DAY.test(to) ? to : null;
  if (params.get('lignes') === 'pays') state.rows = 'country';
  let id = hash.replace(/^#/, '');
  try { id = decodeURIComponent(id); } catch { id = ''; }
  const event = params.get('event') ?? '';
  state.selected = ID.test(id) ? id : ID.test(event) ? event : null;
  return state;
}

/** Writes the state as search and hash; defaults are left out so plain URLs stay plain. */
export function serializeState(state: ViewState): { search: string; hash: string } {
  const params = new URLSearchParams();
  if (state.types.length !== ALL_TYPES.length) params.set('types', state.types.join(','));
  if (state.country) params.set('pays', state.country);
  if (state.source) params.set('source', state.source);
  if (state.query) params.set('q', state.query);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.rows === 'country') params.set('lignes', 'pays');
  const search = params.toString();
  return { search: search ? `?${search}` : '', hash: state.selected ? `#${state.selected}` : '' };
}

export interface Filterable {
  id: string;
  type: EventType;
  /** The countries it concerns: where it happened, who acted, whose nationals. */
  countries: string[];
  sources: string[];
  /** The search index, folded with `fold` (the query is folded with it too). */
  text: string;
  start: string;
  end: string;
}

/** Whether an event passes the filters (its `text` already folded). */
export function matches(e: Filterable, state: ViewState): boolean {
  if (!state.types.includes(e.type)) return false;
  if (state.country && !e.countries.includes(state.country)) return false;
  if (state.source && !e.sources.includes(state.source)) return false;
  if (state.from && e.end < state.from) return false;
  if (state.to && e.start > state.to) return false;
  return fold(state.query).split(/\s+/).filter(Boolean).every((w) => e.text.includes(w));
}
