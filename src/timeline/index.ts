/** The D3 timeline component and its pure helpers. */
export { timeline, type Timeline, type TimelineEvent, type TimelineOptions } from './timeline.ts';
export { placeRows, importance } from './rows.ts';
export { labelWidth, fitLabel } from './layout.ts';
export { frameScale } from './scale.ts';
export { dayTicks, intlTickLabels } from './ticks.ts';
