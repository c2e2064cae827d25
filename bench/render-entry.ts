/** The page the rendering benchmark opens: our timeline with the events it is given. */
import { timeline } from '../src/timeline/timeline.ts';
import { intlTickFormat } from '../src/timeline/ticks.ts';
import type { TimelineEvent } from '../src/timeline/timeline.ts';

declare global { interface Window { __drawn: number; __chart: ReturnType<typeof timeline> } }

// The data arrives as the site sends it: a JSON script element, parsed once.
const events = JSON.parse(document.getElementById('events')!.textContent!) as TimelineEvent[];
const chart = timeline({ tickFormat: intlTickFormat('fr'), denseNote: (n) => `${n} événements` }).events(events);
chart(document.getElementById('timeline')!);
window.__chart = chart;
requestAnimationFrame(() => { window.__drawn = performance.now(); });
