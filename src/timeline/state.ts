/**
 * The timeline's shareable state in the URL: the selected event in the hash (`#<id>`),
 * filters in the query (`?types=coup,arrest&pays=ML&source=…&q=…`).
 */
import type { EventType } from '../extract/types.ts';

export const ALL_TYPES: EventType[] = ['coup', 'arrest', 'expulsion'];

export interface ViewState {
  selected: string | null;
  types: EventType[];
  country: string | null;
  source: string | null;
  query: string;
}

export const defaultState = (): ViewState => ({ selected: null, types: [...ALL_TYPES], country: null, source: null, query: '' });

/** Reads the state from a URL's search and hash. Unknown values are ignored. */
export function parseState(search: string, hash: string): ViewState {
  const params = new URLSearchParams(search);
  const state = defaultState();
  const types = params.get('types');
  if (types !== null) state.types = ALL_TYPES.filter((t) => types.split(',').includes(t));
  state.country = params.get('pays') || null;
  state.source = params.get('source') || null;
  state.query = params.get('q') ?? '';
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  state.selected = /^[a-z0-9-]+$/.test(id) ? id : null;
  return state;
}

/** Writes the state as search and hash; defaults are left out so plain URLs stay plain. */
export function serializeState(state: ViewState): { search: string; hash: string } {
  const params = new URLSearchParams();
  if (state.types.length !== ALL_TYPES.length) params.set('types', state.types.join(','));
  if (state.country) params.set('pays', state.country);
  if (state.source) params.set('source', state.source);
  if (state.query) params.set('q', state.query);
  const search = params.toString();
  return { search: search ? `?${search}` : '', hash: state.selected ? `#${state.selected}` : '' };
}

/** Lower case without accents, for searching. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface Filterable {
  id: string;
  type: EventType;
  country: string | null;
  sources: string[];
  text: string;
}

/** Whether an event passes the filters. */
export function matches(e: Filterable, state: ViewState): boolean {
  if (!state.types.includes(e.type)) return false;
  if (state.country && e.country !== state.country) return false;
  if (state.source && !e.sources.includes(state.source)) return false;
  const words = normalise(state.query).split(/\s+/).filter(Boolean);
  const text = normalise(e.text);
  return words.every((w) => text.includes(w));
}
