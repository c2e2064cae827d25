/**
 * The home page's behaviour: the timeline, the toolbar's filters and search kept in the URL,
 * the count that follows them, the story card (précédent / suivant, arrow keys, `#id` in the
 * URL), and the list under it filtered alike. Article text only ever goes into the page
 * through textContent.
 */
import { timeline, type Timeline, type TimelineOptions } from '../timeline/timeline.ts';
import { intlTickLabels } from '../timeline/ticks.ts';
import { matches, parseState, serializeState, type ViewState, ALL_TYPES } from '../site/state.ts';
import { chartEvents, type ChartColumns, type ChartEvent, type SearchColumns, type YearDetails } from '../site/timeline-data.ts';
import { clientStrings as t } from '../site/strings.client.fr.ts';
import { shareLinks } from '../site/share.ts';
import { paths } from '../site/urls.ts';

type Item = ChartEvent;
const getJson = <T>(url: string): Promise<T> => fetch(url).then((r) => r.json() as Promise<T>);

/** Sets the text of the first element matching `selector` under `root`. */
const text = (root: ParentNode, selector: string, value: string) => { root.querySelector(selector)!.textContent = value; };
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, content = '') => { const el = document.createElement(tag); el.textContent = content; return el; };
const where = (e: Item) => [e.place, e.countryName].filter(Boolean).join(', ');

/**
 * Starts the page. Links go to `data-link-base` (the canonical site root in embeds, so a
 * shared link is the real permalink) and open in `data-link-target` when set. `options` adds
 * to the chart's (the embed's fewer lanes). Returns the chart and the view it opened on, for
 * the embed to frame its period.
 */
export async function initHome(options: Partial<TimelineOptions> = {}) {
  const box = document.getElementById('timeline')!;
  const src = box?.dataset.src;
  if (!src) return;
  // The chart's data is one file beside the page; a year's details and the search index, beside it, when asked for.
  const root = new URL('.', new URL(src, location.href)).href;
  // A small corpus has it in the page too: then the chart draws at once, before the page's load event.
  const inline = document.getElementById('timeline-data')?.textContent;
  const data = inline ? JSON.parse(inline) as ChartColumns : await getJson<ChartColumns>(src);
  const events = chartEvents(data);
  const byId = new Map(events.map((e) => [e.id, e]));
  const form = document.getElementById('filters');
  const shell = document.getElementById('timeline-shell')!;
  const panel = document.getElementById('details')!;
  const intro = document.getElementById('story-intro');
  const live = document.getElementById('live')!;
  const count = document.getElementById('count');
  const empty = document.getElementById('empty');
  const listItems = new Map([...document.querySelectorAll<HTMLLIElement>('#event-list li[data-id]')].map((li) => [li.dataset.id!, li]));
  const yearSections = [...document.querySelectorAll<HTMLElement>('#event-list section.year')];
  const base = box.dataset.linkBase ?? '/';
  const target = box.dataset.linkTarget;
  const absoluteBase = new URL(base, location.href).href;
  if (form) form.hidden = false;
  shell.hidden = false;

  let state: ViewState = parseState(location.search, location.hash);
  const chart: Timeline = timeline({
    ariaLabel: t.timelineLabel,
    typeLabels: data.typeLabels,
    rowLabels: data.typePlural,
    tickLabels: intlTickLabels(document.documentElement.lang || 'fr'),
    denseNote: t.denseNote,
    outsideNote: t.outsideNote,
    describe: (d) => { const e = byId.get(d.id)!; return [e.title, e.dateText, where(e), t.sources(e.sources)].filter(Boolean); },
    ...options,
  }).events(events).onSelect((id) => { go(id, true); });
  chart(box);

  const filterables = events.map((e) => ({ id: e.id, type: e.type, countries: e.countries, start: e.date.start, end: e.date.end, sources: [] as string[], text: '' }));
  /** The search index, loaded the first time a search or a source filter needs it. */
  let index: Promise<void> | null = null;
  const needIndex = () => {
    if (index || (!state.query && !state.source)) return;
    index = getJson<SearchColumns>(`${root}recherche.json`).then((s) => {
      s.id.forEach((id, i) => { const f = filterables[i]; if (f?.id === id) { f.text = s.text[i]!; f.sources = s.sources[i]!.split('/'); } });
      if (state.source && !filterables.some((f) => f.sources.includes(state.source!))) { state.source = null; stateToForm(); writeUrl(); }
      applyFilters(false);
    });
  };
  /** Who and the citations of a year's events, each year loaded once. */
  const years = new Map<string, Promise<YearDetails>>();
  const details = (e: Item) => {
    const year = e.date.start.slice(0, 4);
    if (!years.has(year)) years.set(year, getJson<YearDetails>(`${root}annees/${year}.json`));
    return years.get(year)!;
  };

  // A country or a source that no event has is a bad value: ignored, not an empty chart (a source, once the index says).
  if (state.country && !filterables.some((f) => f.countries.includes(state.country!))) state.country = null;

  /** One band per type, or per country (where it happened). */
  const rowsButton = document.querySelector<HTMLButtonElement>('[data-rows]');
  const countryNames = new Map(events.map((e) => [e.country ?? '', e.countryName ?? t.noCountry]));
  function applyRows() {
    chart.rowsBy(state.rows === 'country' ? (d) => byId.get(d.id)!.country ?? '' : null, (code) => countryNames.get(code)!);
    rowsButton?.setAttribute('aria-pressed', String(state.rows === 'country'));
  }
  rowsButton?.addEventListener('click', () => { state = { ...state, rows: state.rows === 'country' ? 'type' : 'country' }; writeUrl(); applyRows(); });

  function writeUrl() {
    const { search, hash } = serializeState(state);
    history.replaceState(null, '', `${location.pathname}${search}${hash}`);
  }

  function applyFilters(announce: boolean) {
    needIndex();
    const shown = filterables.filter((f) => matches(f, state));
    const ids = new Set(shown.map((f) => f.id));
    for (const [id, li] of listItems) li.hidden = !ids.has(id);
    for (const year of yearSections) year.hidden = !year.querySelector('li[data-id]:not([hidden])');
    chart.filter(ids);
    if (state.selected && !ids.has(state.selected)) { state.selected = null; showDetails(null, false); }
    const message = t.shown(shown.length, filterables.length);
    if (count) count.textContent = message;
    else if (announce) live.textContent = message;
    if (empty) empty.hidden = shown.length > 0;
    form?.classList.toggle('is-filtered', shown.length < filterables.length);
  }

  const field = (name: string) => form?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  const boxes = () => [...(form?.querySelectorAll<HTMLInputElement>('input[name="types"]') ?? [])];

  function formToState() {
    if (!form) return;
    state = {
      ...state,
      types: ALL_TYPES.filter((type) => boxes().some((b) => b.checked && b.value === type)),
      country: field('pays')?.value || null,
      // Past SOURCE_MENU_LIMIT sources there is no menu: the source of the URL stays.
      source: field('source') ? field('source')!.value || null : state.source,
      query: (field('q')?.value ?? '').trim(),
    };
  }

  function stateToForm() {
    for (const input of boxes()) input.checked = state.types.includes(input.value as Item['type']);
    for (const [name, value] of [['pays', state.country], ['source', state.source], ['q', state.query]] as const) {
      const f = field(name);
      if (f) f.value = value ?? '';
    }
  }

  /** Selects an event (or none): the chart, the card and the URL follow. */
  function go(id: string | null, moveFocus: boolean) {
    state = { ...state, selected: id };
    writeUrl();
    chart.select(id);
    showDetails(id, moveFocus);
  }

  /** Moves through the shown events in time order. */
  function step(by: number) {
    const order = chart.ordered();
    const i = state.selected ? order.indexOf(state.selected) : -1;
    const next = order[Math.max(0, Math.min(order.length - 1, i + by))];
    if (next) go(next, false);
  }

  function citation([source, text]: [string, string], names: YearDetails['names'], langs: YearDetails['langs']) {
    const li = element('li');
    const quote = element('blockquote');
    const lang = langs?.[source];
    if (lang) quote.lang = lang;
    quote.append(element('p', text));
    const cite = element('cite');
    const link = element('a', names[source] ?? source);
    link.href = paths.source(source, base);
    if (target) link.target = target;
    cite.append(link);
    li.append(quote, cite);
    return li;
  }

  function showDetails(id: string | null, moveFocus: boolean) {
    const e = id ? byId.get(id) : undefined;
    if (intro) intro.hidden = Boolean(e);
    if (!e) {
      panel.hidden = true;
      return;
    }
    text(panel, '.details-meta', [data.typeLabels[e.type], e.dateText, where(e)].filter(Boolean).join(' · '));
    text(panel, '#details-title', e.title);
    text(panel, '.details-who', '');
    panel.querySelector('.citations')!.replaceChildren();
    details(e).then((year) => {
      const d = year.events[e.id];
      if (!d || state.selected !== e.id) return;
      text(panel, '.details-who', [d.agent && `${t.agent} : ${d.agent}`, d.patient && `${t.patient} : ${d.patient}`].filter(Boolean).join(' · '));
      panel.querySelector('.citations')!.replaceChildren(...d.citations.map((c) => citation(c, year.names, year.langs)));
    });
    const permalink = panel.querySelector<HTMLAnchorElement>('.permalink')!;
    permalink.href = paths.event(e.id, base);
    if (target) permalink.target = target;
    const shareList = panel.querySelector('.share-links');
    if (shareList) {
      const url = new URL(paths.event(e.id, ''), absoluteBase).href;
      shareList.replaceChildren(...shareLinks(url, e.title).map((l) => {
        const li = element('li');
        const a = element('a', l.name);
        a.href = l.href;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        li.append(a);
        return li;
      }));
      panel.querySelector<HTMLButtonElement>('[data-copy]')!.dataset.copy = url;
    }
    const order = chart.ordered();
    const i = order.indexOf(e.id);
    text(panel, '[data-position]', t.position(i + 1, order.length));
    panel.querySelector<HTMLButtonElement>('[data-step="-1"]')!.disabled = i <= 0;
    panel.querySelector<HTMLButtonElement>('[data-step="1"]')!.disabled = i >= order.length - 1;
    panel.hidden = false;
    live.textContent = `${e.title}, ${e.dateText}`;
    if (moveFocus) panel.focus({ preventScroll: true });
    keepInView(e.id);
  }

  /** On a phone the card is a sheet over the page's foot: the selected mark stays visible above it. */
  function keepInView(id: string) {
    if (getComputedStyle(panel).position !== 'fixed') return;
    const mark = box.querySelector(`g.mark[data-id="${CSS.escape(id)}"]`);
    if (!mark) return;
    const r = mark.getBoundingClientRect(), limit = panel.getBoundingClientRect().top;
    if (r.top < 8 || r.bottom > limit - 8) scrollBy({ top: r.top - Math.max(8, (limit - r.height) / 2) });
  }

  function closeDetails() {
    go(null, false);
    chart.focus();
  }

  const refilter = () => { formToState(); writeUrl(); applyFilters(true); chart.fit(); };
  const clear = () => { state = { ...parseState('', ''), selected: state.selected, rows: state.rows }; stateToForm(); refilter(); };
  form?.addEventListener('input', refilter);
  document.querySelectorAll('[data-clear]').forEach((b) => b.addEventListener('click', clear));
  intro?.querySelector('[data-story-start]')?.addEventListener('click', () => { const first = chart.ordered()[0]; if (first) go(first, true); });
  panel.querySelector('[data-close]')!.addEventListener('click', closeDetails);
  panel.addEventListener('click', (event) => {
    const by = (event.target as HTMLElement).closest<HTMLElement>('[data-step]')?.dataset.step;
    if (by) step(Number(by));
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeDetails();
    else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && !(event.target as HTMLElement).matches('input, textarea, select')) {
      event.preventDefault();
      step(event.key === 'ArrowLeft' ? -1 : 1);
    }
  });
  document.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => b.addEventListener('click', () => {
    if (b.dataset.zoom === 'in') chart.zoomBy(1.6);
    else if (b.dataset.zoom === 'out') chart.zoomBy(1 / 1.6);
    else chart.reset();
  }));
  window.addEventListener('hashchange', () => {
    state = parseState(location.search, location.hash);
    chart.select(state.selected);
    showDetails(state.selected, false);
  });

  stateToForm();
  applyRows();
  applyFilters(false);
  chart.fit();
  chart.select(state.selected);
  showDetails(state.selected, false);
  return { chart, state, events };
}
