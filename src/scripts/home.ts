/**
 * The home page's behaviour: the timeline, filters and search kept in the URL, the
 * details panel, and the list under it filtered alike. Article text only ever goes into
 * the page through textContent.
 */
import { timeline, type Timeline } from '../timeline/timeline.ts';
import { intlTickFormat } from '../timeline/ticks.ts';
import { matches, parseState, serializeState, type ViewState, ALL_TYPES } from '../site/state.ts';
import type { TimelineData } from '../site/view.ts';
import { clientStrings as t } from '../site/strings.client.fr.ts';
import { shareLinks } from '../site/share.ts';

type Item = TimelineData['events'][number];

/**
 * Starts the page. Links go to `data-link-base` (the canonical site root in embeds, so a
 * shared link is the real permalink) and open in `data-link-target` when set.
 */
export function initHome(): void {
  const dataNode = document.getElementById('timeline-data');
  if (!dataNode?.textContent) return;
  const data = JSON.parse(dataNode.textContent) as TimelineData;
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const form = document.getElementById('filters') as HTMLFormElement | null;
  const shell = document.getElementById('timeline-shell')!;
  const panel = document.getElementById('details')!;
  const live = document.getElementById('live')!;
  const box = document.getElementById('timeline')!;
  const listItems = [...document.querySelectorAll<HTMLLIElement>('#event-list > li')];
  const base = box.dataset.linkBase ?? '/';
  const target = box.dataset.linkTarget;
  const absoluteBase = new URL(base, location.href).href;
  if (form) form.hidden = false;
  shell.hidden = false;

  let state: ViewState = parseState(location.search, location.hash);
  const chart: Timeline = timeline({
    ariaLabel: t.timelineLabel,
    typeLabels: data.typeLabels,
    tickFormat: intlTickFormat(document.documentElement.lang || 'fr'),
    denseNote: t.denseNote,
  }).events(data.events).onSelect((id) => {
    state = { ...state, selected: id };
    writeUrl();
    showDetails(id, true);
  });
  chart(box);

  const filterables = listItems.map((li) => ({
    id: li.dataset.id!, type: li.dataset.type as Item['type'], country: li.dataset.country || null,
    sources: (li.dataset.sources ?? '').split('/'), text: li.dataset.text ?? '', li,
    start: li.dataset.start ?? '', end: li.dataset.end ?? '',
  }));

  function writeUrl() {
    const { search, hash } = serializeState(state);
    history.replaceState(null, '', `${location.pathname}${search}${hash}`);
  }

  function applyFilters(announce: boolean) {
    const shown = filterables.filter((f) => matches(f, state));
    const ids = new Set(shown.map((f) => f.id));
    for (const f of filterables) f.li.hidden = !ids.has(f.id);
    chart.filter(ids);
    if (state.selected && !ids.has(state.selected)) { state.selected = null; showDetails(null, false); }
    if (announce) live.textContent = t.shown(shown.length, filterables.length);
  }

  function formToState() {
    if (!form) return;
    const fd = new FormData(form);
    state = {
      ...state,
      types: ALL_TYPES.filter((type) => fd.getAll('types').includes(type)),
      country: (fd.get('pays') as string) || null,
      source: (fd.get('source') as string) || null,
      query: ((fd.get('q') as string) ?? '').trim(),
    };
  }

  function stateToForm() {
    if (!form) return;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="types"]')) box.checked = state.types.includes(box.value as Item['type']);
    (form.elements.namedItem('pays') as HTMLSelectElement).value = state.country ?? '';
    (form.elements.namedItem('source') as HTMLSelectElement).value = state.source ?? '';
    (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  }

  function showDetails(id: string | null, moveFocus: boolean) {
    const e = id ? byId.get(id) : undefined;
    if (!e) {
      panel.hidden = true;
      return;
    }
    panel.querySelector('.details-meta')!.textContent = `${data.typeLabels[e.type]} · ${e.dateText}${e.place || e.countryName ? ` · ${[e.place, e.countryName].filter(Boolean).join(', ')}` : ''}`;
    panel.querySelector('#details-title')!.textContent = e.title;
    const list = panel.querySelector('.citations')!;
    list.replaceChildren(...e.citations.map((c) => {
      const li = document.createElement('li');
      const quote = document.createElement('blockquote');
      const p = document.createElement('p');
      p.textContent = c.quote;
      quote.append(p);
      const cite = document.createElement('cite');
      const link = document.createElement('a');
      link.href = `${base}sources/${encodeURIComponent(c.source)}/`;
      if (target) link.target = target;
      link.textContent = c.sourceName;
      cite.append(link);
      li.append(quote, cite);
      return li;
    }));
    const permalink = panel.querySelector<HTMLAnchorElement>('.permalink')!;
    permalink.href = `${base}evenements/${encodeURIComponent(e.id)}/`;
    if (target) permalink.target = target;
    const shareList = panel.querySelector('.share-links');
    if (shareList) {
      const url = new URL(`evenements/${encodeURIComponent(e.id)}/`, absoluteBase).href;
      shareList.replaceChildren(...shareLinks(url, e.title).map((l) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = l.href;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        a.textContent = l.name;
        li.append(a);
        return li;
      }));
      panel.querySelector<HTMLButtonElement>('[data-copy]')!.dataset.copy = url;
    }
    panel.hidden = false;
    live.textContent = `${e.title}, ${e.dateText}`;
    if (moveFocus) panel.focus();
  }

  function closeDetails() {
    state = { ...state, selected: null };
    writeUrl();
    showDetails(null, false);
    chart.select(null);
    chart.focus();
  }

  form?.addEventListener('submit', (event) => event.preventDefault());
  form?.addEventListener('input', () => { formToState(); writeUrl(); applyFilters(true); });
  form?.addEventListener('reset', () => setTimeout(() => { formToState(); writeUrl(); applyFilters(true); }));
  panel.querySelector('[data-close]')!.addEventListener('click', closeDetails);
  panel.addEventListener('keydown', (event) => { if (event.key === 'Escape') closeDetails(); });
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
  applyFilters(false);
  chart.select(state.selected);
  showDetails(state.selected, false);
}
