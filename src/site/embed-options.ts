/**
 * The options of an embed that are not the timeline's view (see state.ts for that): the
 * headline and intro (`titre=0` hides them), the list (`liste=1`), the theme
 * (`theme=light|dark|auto`, light by default: an embed sits in a page, whatever the reader's
 * system says) and a fixed height (`height=<px>`, else the frame takes its content's height).
 * Bad values are ignored, never shown.
 */
import { serializeState, type ViewState } from './state.ts';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** The headline and its line of context above the chart. */
  title: boolean;
  /** Every shown event as a list under the chart. */
  list: boolean;
  theme: EmbedTheme;
  /** A fixed height in pixels (the page scrolls inside), or null: the content's height. */
  height: number | null;
}

/** The fixed heights the snippet may ask for. */
export const HEIGHT_RANGE: [number, number] = [150, 2000];

export const defaultEmbedOptions = (): EmbedOptions => ({ title: true, list: false, theme: 'light', height: null });

/** Reads the options from an embed's query string. */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const options = defaultEmbedOptions();
  options.title = params.get('titre') !== '0';
  options.list = params.get('liste') === '1';
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'auto') options.theme = theme;
  const height = params.get('height') ?? '';
  const px = /^\d{1,4}$/.test(height) ? Number(height) : NaN;
  if (px >= HEIGHT_RANGE[0] && px <= HEIGHT_RANGE[1]) options.height = px;
  return options;
}

/** Writes the options into `params`, leaving defaults out. */
function setOptions(params: URLSearchParams, options: EmbedOptions): void {
  if (!options.title) params.set('titre', '0');
  if (options.list) params.set('liste', '1');
  if (options.theme !== 'light') params.set('theme', options.theme);
  if (options.height !== null) params.set('height', String(options.height));
}

/** The query string of a timeline embed: the view (filters, search, period, selected event) and the options. */
export function timelineEmbedSearch(state: ViewState, options: EmbedOptions): string {
  const params = new URLSearchParams(serializeState(state).search);
  if (state.selected) params.set('event', state.selected);
  setOptions(params, options);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The query string of a single event's embed: only the theme and the height apply. */
export function eventEmbedSearch(options: EmbedOptions): string {
  const params = new URLSearchParams();
  setOptions(params, { ...options, title: true, list: false });
  const search = params.toString();
  return search ? `?${search}` : '';
}
