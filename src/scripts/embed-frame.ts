/**
 * Inside an iframe: applies `?theme=` (the page is light until told otherwise) and `?height=`,
 * and tells the parent page its height (`{ type: 'chronologie:resize', height }`) whenever it
 * changes, for /embed.js to apply.
 */
import { parseEmbedOptions } from '../site/embed-options.ts';

export const RESIZE_MESSAGE = 'chronologie:resize';
/** What /embed.js sends when it starts, in case it missed the first report. */
export const PING_MESSAGE = 'chronologie:ping';

export function initEmbedFrame(): void {
  const { theme, height: fixed } = parseEmbedOptions(location.search);
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (fixed !== null) {
    root.style.height = `${fixed}px`;
    document.body.style.height = `${fixed}px`;
    document.body.style.overflow = 'auto';
    return;
  }
  if (window.parent === window) return;
  let last = 0;
  const report = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height, href: location.href }, '*');
  };
  new ResizeObserver(() => report()).observe(document.body);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: string } | null)?.type === PING_MESSAGE) report(true);
  });
  report();
}
