/**
 * The «Intégrer» dialog (loaded on first use, out of the page's bundle): it starts from the
 * current view (filters, search, period and open event, read from the URL the timeline
 * keeps), and the snippet and the live preview follow the options.
 */
import { embedSnippet } from '../site/share.ts';
import { eventEmbedSearch, HEIGHT_RANGE, timelineEmbedSearch, type EmbedOptions, type EmbedTheme } from '../site/embed-options.ts';
import { parseState, type ViewState } from '../site/state.ts';
import { clientStrings as t } from '../site/strings.client.fr.ts';
import { copy } from './copy.ts';
import { RESIZE_MESSAGE } from './embed-frame.ts';

const wired = new WeakSet<HTMLElement>();

/** Opens the dialog of an embed block, starting from the page's current view. */
export function openEmbedDialog(block: HTMLElement): void {
  const dialog = block.querySelector('dialog')!;
  const form = block.querySelector<HTMLElement>('[data-embed-form]')!;
  const code = block.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const preview = block.querySelector<HTMLIFrameElement>('[data-embed-preview]')!;
  const input = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  /** The checked value of a group of radio buttons. */
  const radio = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  const fixedEvent = block.dataset.event;
  // The home page keeps its view in the URL; an event page's view is that event.
  let view: ViewState = parseState(fixedEvent ? '' : location.search, fixedEvent ? `#${fixedEvent}` : location.hash);

  const update = () => {
    const selected = view.selected;
    const eventMode = radio('mode') === 'event' && Boolean(selected);
    for (const set of form.querySelectorAll<HTMLFieldSetElement>('[data-timeline-only]')) set.disabled = eventMode;
    const sizing = radio('sizing');
    const fixed = Math.min(HEIGHT_RANGE[1], Math.max(HEIGHT_RANGE[0], Math.round(Number(input('height').value)) || Number(block.dataset.height)));
    input('height').disabled = sizing !== 'fixed';
    const options: EmbedOptions = { title: input('title').checked, list: input('list').checked, theme: radio('theme') as EmbedTheme, height: sizing === 'fixed' ? fixed : null };
    const from = input('from').value, to = input('to').value;
    const state: ViewState = { ...view, from: from || null, to: to || null };
    const path = eventMode ? `embed/${encodeURIComponent(selected!)}/${eventEmbedSearch(options)}` : `embed/${timelineEmbedSearch(state, options)}`;
    const src = new URL(path, block.dataset.site).href;
    const title = eventMode && !fixedEvent ? document.getElementById('details-title')?.textContent ?? block.dataset.title! : block.dataset.title!;
    code.value = embedSnippet({ src, title, height: options.height ?? Number(block.dataset.height), script: block.dataset.script! });
    // The preview loads from this site, whatever the canonical host, so it works before deployment too.
    const local = new URL(new URL(src).pathname + new URL(src).search, location.origin).href;
    if (preview.src !== local) preview.src = local;
    if (options.height) preview.height = String(options.height);
  };

  if (!wired.has(block)) {
    wired.add(block);
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    block.querySelector('[data-embed-close]')!.addEventListener('click', () => dialog.close());
    block.querySelector('[data-embed-copy]')!.addEventListener('click', () => { void copy(code.value, block.querySelector('[data-feedback]'), t.codeCopied); });
    // The preview sizes itself as embed.js would size the pasted frame.
    window.addEventListener('message', (event) => {
      const data = event.data as { type?: string; height?: number } | null;
      if (event.source !== preview.contentWindow || data?.type !== RESIZE_MESSAGE || typeof data.height !== 'number') return;
      if (radio('sizing') !== 'fixed') preview.height = String(Math.max(100, Math.min(3000, Math.ceil(data.height))));
    });
  }

  // Start from the current view.
  input('from').value = view.from ?? '';
  input('to').value = view.to ?? '';
  const eventOption = form.querySelector<HTMLInputElement>('input[name="mode"][value="event"]')!;
  eventOption.disabled = !view.selected;
  if (!fixedEvent) form.querySelector<HTMLInputElement>('input[name="mode"][value="timeline"]')!.checked = true;
  describeView(block, view);
  update();
  dialog.showModal();
}

/** Says which view the embed starts from: the count, the country, the search. */
function describeView(block: HTMLElement, view: ViewState): void {
  const line = block.querySelector<HTMLElement>('[data-embed-view]');
  if (!line || block.dataset.event) return;
  const country = document.querySelector<HTMLSelectElement>('#filters select[name="pays"]');
  const parts = [document.getElementById('count')?.textContent ?? '',
    view.country && country ? country.selectedOptions[0]?.textContent ?? '' : '',
    view.query ? `${block.dataset.searchLabel} « ${view.query} »` : ''].filter(Boolean);
  line.querySelector('span')!.textContent = parts.join(' · ');
  line.hidden = parts.length === 0;
}
