/** The D3 timeline component and its pure helpers. */
export { timeline, type Timeline, type TimelineEvent, type TimelineOptions } from './timeline.ts';
export { stackLanes, labelWidth } from './layout.ts';
export { frameScale } from './scale.ts';
