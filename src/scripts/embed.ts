/**
 * The timeline embed's behaviour, on top of the home page's (home.ts): the frame's options
 * (`titre=0` hides the headline and intro, `liste=1` shows the list) and `from` / `to`
 * framing the chart's opening view on that period. Kept out of the home page's bundle.
 */
import { initHome } from './home.ts';
import { parseEmbedOptions } from '../site/embed-options.ts';
import { endOf, startOf } from '../timeline/scale.ts';

export async function initEmbed(): Promise<void> {
  const options = parseEmbedOptions(location.search);
  for (const el of document.querySelectorAll<HTMLElement>('[data-embed-title]')) el.hidden = !options.title;
  const list = document.querySelector<HTMLElement>('[data-embed-list]');
  if (list) list.hidden = !options.list;
  // Three lanes a band: the chart stays a block in an article, however many events.
  const started = await initHome({ maxLanes: 3 });
  if (!started) return;
  const { chart, state, events } = started;
  if (!state.from && !state.to) return;
  const ids = new Set(chart.ordered());
  const dates = events.filter((e) => ids.has(e.id));
  const first = state.from ?? dates[0]?.date.start, last = state.to ?? dates.at(-1)?.date.end;
  if (first && last && first <= last) chart.fit([startOf(first), endOf(last)]);
}
