/**
 * The SVG marks, one group per event, keyed by id: a symbol (solid for a day, hollow over a
 * bracketed period for a month or a year), a focus halo and the label the rows gave it.
 */
import type { Selection } from 'd3-selection';
import type { TimeScale } from './scale.ts';
import { symbolPath } from './symbols.ts';
import { MARK } from './canvas.ts';
import type { TimelineEvent, TimelineOptions } from './options.ts';
import type { Placed } from './rows.ts';
import { endMs, pointOf, startMs } from './viewport.ts';

export interface MarkHandlers {
  click: (d: TimelineEvent) => void;
  focus: (d: TimelineEvent, node: SVGGElement) => void;
  blur: () => void;
  enter: (d: TimelineEvent, node: SVGGElement) => void;
  leave: () => void;
  keydown: (event: KeyboardEvent, d: TimelineEvent) => void;
}

export interface MarkFrame {
  scale: TimeScale;
  laneY: (d: TimelineEvent) => number;
  /** Labels for this frame; null while they are off (a gesture, a crowded view). */
  placed: Map<string, Placed> | null;
  selected: string | null;
  tabbable: string | undefined;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export function drawMarks(layer: Layer, list: TimelineEvent[], frame: MarkFrame, opts: TimelineOptions, on: MarkHandlers) {
  const { scale, laneY, placed } = frame;
  const marks = layer.selectAll<SVGGElement, TimelineEvent>('g.mark').data(list, (d) => d.id);
  marks.exit().remove();
  const entered = marks.enter().append('g')
    .attr('class', (d) => `mark mark--${d.type}${d.date.precision === 'day' ? '' : ' is-uncertain'}`)
    .attr('role', 'button')
    .attr('data-id', (d) => d.id)
    .attr('aria-label', (d) => `${opts.typeLabels[d.type]}, ${d.dateText} : ${d.title}`)
    .on('click', (_, d) => on.click(d))
    .on('focus', function (_, d) { on.focus(d, this); })
    .on('blur', () => on.blur())
    .on('mouseenter', function (_, d) { on.enter(d, this); })
    .on('mouseleave', () => on.leave())
    .on('keydown', (event: KeyboardEvent, d) => on.keydown(event, d));
  const uncertain = entered.filter((d) => d.date.precision !== 'day');
  uncertain.append('rect').attr('class', 'span').attr('y', -5).attr('height', 10);
  uncertain.append('path').attr('class', 'bracket');
  entered.append('circle').attr('class', 'halo').attr('r', MARK);
  entered.append('path').attr('class', 'symbol').attr('d', (d) => symbolPath(d.type, MARK));
  entered.append('text').attr('class', 'label').attr('dy', '0.35em');
  const all = entered.merge(marks);
  // Positions change every frame; state and labels only when they change (fewer DOM writes while zooming).
  all.attr('transform', (d) => `translate(${pointOf(d, scale)},${laneY(d)})`);
  const periods = all.filter((d) => d.date.precision !== 'day');
  if (!periods.empty()) {
    const ends = (d: TimelineEvent) => { const p = pointOf(d, scale); return [scale(startMs(d)) - p, scale(endMs(d)) - p] as const; };
    periods.select('rect.span').attr('x', (d) => ends(d)[0]).attr('width', (d) => Math.max(0, ends(d)[1] - ends(d)[0]));
    periods.select('path.bracket').attr('d', (d) => { const [a, b] = ends(d); return `M${a},-5V5M${a},0H${b}M${b},-5V5`; });
  }
  const state = `${frame.selected}|${frame.tabbable}`;
  all.filter(function () { return this.dataset.state !== state; })
    .classed('is-selected', (d) => d.id === frame.selected)
    .attr('aria-pressed', (d) => String(d.id === frame.selected))
    .attr('tabindex', (d) => (d.id === frame.tabbable ? 0 : -1))
    .each(function () { this.dataset.state = state; });
  const labels = all.select<SVGTextElement>('text.label');
  if (placed) {
    const label = (d: TimelineEvent) => placed.get(d.id)?.label;
    const edge = (d: TimelineEvent, side: 'after' | 'before') => {
      const p = pointOf(d, scale);
      return side === 'after' ? Math.max(0, scale(endMs(d)) - p) * (d.date.precision === 'day' ? 0 : 1) + MARK
        : -Math.max(0, p - scale(startMs(d))) * (d.date.precision === 'day' ? 0 : 1) - MARK;
    };
    labels.attr('text-anchor', (d) => (label(d)?.side === 'before' ? 'end' : 'start'))
      .attr('x', (d) => edge(d, label(d)?.side ?? 'after'))
      .text((d) => label(d)?.text ?? '');
  } else {
    labels.filter(function () { return this.textContent !== ''; }).text('');
  }
}
