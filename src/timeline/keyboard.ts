/**
 * The keyboard on a focused mark: arrows move through the events in time order, Home and End
 * jump to the ends, Enter or Space opens, Escape closes.
 */
import type { TimelineEvent } from './options.ts';

export interface KeyActions {
  /** The shown events in time order. */
  ordered: () => TimelineEvent[];
  move: (target: TimelineEvent) => void;
  open: (d: TimelineEvent) => void;
  close: () => void;
}

export function keyboard(actions: KeyActions) {
  return (event: KeyboardEvent, d: TimelineEvent) => {
    const list = actions.ordered();
    const i = list.findIndex((e) => e.id === d.id);
    let target: TimelineEvent | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') target = list[Math.min(list.length - 1, i + 1)];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') target = list[Math.max(0, i - 1)];
    else if (event.key === 'Home') target = list[0];
    else if (event.key === 'End') target = list.at(-1);
    else if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); actions.open(d); return; }
    else if (event.key === 'Escape') { actions.close(); return; }
    else return;
    event.preventDefault();
    if (target) actions.move(target);
  };
}
