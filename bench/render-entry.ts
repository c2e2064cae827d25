/** The page the rendering benchmark and the dense-view browser test open: our timeline with the events it is given. */
import { timeline } from '../src/timeline/timeline.ts';
import { intlTickLabels } from '../src/timeline/ticks.ts';
import type { TimelineEvent } from '../src/timeline/timeline.ts';

declare global { interface Window { __drawn: number; __chart: ReturnType<typeof timeline>; __selected: string | null } }

// The data arrives as the site sends it: a JSON script element, parsed once.
const events = JSON.parse(document.getElementById('events')!.textContent!) as TimelineEvent[];
const chart = timeline({ tickLabels: intlTickLabels('fr'), denseNote: (n) => `${n} événements` }).events(events)
  .onSelect((id) => { window.__selected = id; });
chart(document.getElementById('timeline')!);
window.__chart = chart;
requestAnimationFrame(() => { window.__drawn = performance.now(); });
