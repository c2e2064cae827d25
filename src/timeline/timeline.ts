/**
 * The timeline: a D3 component, framework-free. A closure with chainable options, applied
 * to a container element; keyed data join; zoom by rescaling the x scale.
 *
 *   const chart = timeline().events(list).onSelect((id) => …);
 *   chart(container);  chart.select(id);  chart.filter(ids);  chart.zoomBy(2);
 */
import { select, type Selection } from 'd3-selection';
import { axisBottom } from 'd3-axis';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ScaleTime } from 'd3-scale';
import type { EventType } from '../extract/types.ts';
import { frameScale, startOf, endOf } from './scale.ts';
import { stackLanes, labelWidth, fitLabel } from './layout.ts';
import { symbolPath } from './symbols.ts';

export interface TimelineEvent {
  id: string;
  type: EventType;
  title: string;
  dateText: string;
  date: { start: string; end: string; precision: 'day' | 'month' | 'year' };
}

export interface TimelineOptions {
  /** Accessible name of the chart. */
  ariaLabel: string;
  /** Type names for screen readers. */
  typeLabels: Record<EventType, string>;
  tickFormat: (d: Date) => string;
  laneHeight: number;
  /** Above this many lanes, labels are hidden so that marks stay on screen. */
  maxLabelledLanes: number;
  /** What a dense view says above its density strip. */
  denseNote: (count: number) => string;
}

export const defaultOptions: TimelineOptions = {
  ariaLabel: 'Timeline',
  typeLabels: { coup: 'coup', arrest: 'arrest', expulsion: 'expulsion' },
  tickFormat: (d) => d.toISOString().slice(0, 10),
  laneHeight: 30,
  maxLabelledLanes: 8,
  denseNote: (n) => `${n} events: zoom in to see them one by one`,
};

/** The first index whose value is at least `value` in a sorted array. */
export function lowerBound(sorted: number[], value: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const MARGIN = { top: 16, right: 16, bottom: 28, left: 16 };
const MARK = 12;
/** Above this many events in view, marks give way to a density strip drawn on a canvas. */
export const MARK_LIMIT = 400;
const DENSITY_ROW = 34;
const TYPES: EventType[] = ['coup', 'arrest', 'expulsion'];

type Div = Selection<HTMLElement, unknown, null, undefined>;

export function timeline(options: Partial<TimelineOptions> = {}) {
  const opts: TimelineOptions = { ...defaultOptions, ...options };
  let events: TimelineEvent[] = [];
  let visible = new Set<string>();
  let selected: string | null = null;
  let focused: string | null = null;
  let onSelect: (id: string | null) => void = () => {};
  let root: Div | null = null;
  let width = 800;
  let x0: ScaleTime<number, number> = frameScale([], width);
  let transform: ZoomTransform = zoomIdentity;
  let behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  let canvas: HTMLCanvasElement | null = null;
  let frame = 0;
  /** The filtered events in time order, with their times, rebuilt when the filter changes. */
  let shown: TimelineEvent[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  let longest = 0;

  const ordered = () => shown;
  const x = () => transform.rescaleX(x0);

  function index() {
    shown = events.filter((e) => visible.has(e.id));
    starts = shown.map((e) => startOf(e.date.start));
    ends = shown.map((e) => endOf(e.date.end));
    longest = shown.reduce((m, _, i) => Math.max(m, ends[i]! - starts[i]!), 0);
  }

  /** The events that overlap the visible period, found by binary search on their starts. */
  function inView(scale: ScaleTime<number, number>): TimelineEvent[] {
    const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
    const lo = lowerBound(starts, d0 - longest);
    const hi = lowerBound(starts, d1 + 1);
    const out: TimelineEvent[] = [];
    for (let i = lo; i < hi; i++) if (ends[i]! >= d0) out.push(shown[i]!);
    return out;
  }

  /** Redraws at the next frame at most once, however many zoom events arrive. */
  function schedule() {
    if (frame) return;
    frame = requestAnimationFrame(() => { frame = 0; render(); });
  }

  function chart(container: HTMLElement) {
    root = select(container);
    root.selectAll('*').remove();
    canvas = root.append('canvas').attr('class', 'density').attr('aria-hidden', 'true').node();
    const svg = root.append('svg').attr('class', 'timeline').attr('role', 'group').attr('aria-label', opts.ariaLabel);
    svg.append('g').attr('class', 'axis');
    svg.append('text').attr('class', 'density-note');
    svg.append('g').attr('class', 'marks');
    behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 5000])
      .on('zoom', (event: { transform: ZoomTransform }) => { transform = event.transform; schedule(); });
    (svg as unknown as Selection<SVGSVGElement, unknown, null, undefined>).call(behaviour).on('dblclick.zoom', null);
    new ResizeObserver(() => resize()).observe(container);
    resize();
  }

  function resize() {
    if (!root) return;
    const w = Math.round((root.node() as HTMLElement).getBoundingClientRect().width) || 800;
    if (w === width && root.select('svg').attr('width')) { render(); return; }
    width = w;
    x0 = frameScale(events, width, MARGIN);
    behaviour?.extent([[0, 0], [width, 100]]).translateExtent([[-width * 4, 0], [width * 5, 0]]);
    render();
  }

  /** Room for a label after the mark and before it, in pixels. */
  function room(e: TimelineEvent, scale: ScaleTime<number, number>) {
    const left = scale(startOf(e.date.start));
    const right = e.date.precision === 'day' ? left : scale(endOf(e.date.end));
    return { after: width - MARGIN.right - right - MARK, before: left - MARGIN.left - MARK };
  }

  /** Where a label goes: after the mark, or before it when there is more room there. */
  function labelSide(e: TimelineEvent, scale: ScaleTime<number, number>): 'after' | 'before' {
    const r = room(e, scale);
    return r.after >= labelWidth(e.title) || r.after >= r.before ? 'after' : 'before';
  }

  /** The label as drawn: cut to the room on its side. */
  function labelOf(e: TimelineEvent, scale: ScaleTime<number, number>): string {
    return fitLabel(e.title, room(e, scale)[labelSide(e, scale)]);
  }

  function extentOf(e: TimelineEvent, scale: ScaleTime<number, number>, withLabel: boolean) {
    const left = scale(startOf(e.date.start));
    const right = Math.max(e.date.precision === 'day' ? left : scale(endOf(e.date.end)), left + MARK / 2);
    const text = withLabel ? labelOf(e, scale) : '';
    const label = text ? MARK + labelWidth(text) : 0;
    return labelSide(e, scale) === 'before' && withLabel
      ? { id: e.id, x0: left - MARK / 2 - label, x1: right + MARK / 2 }
      : { id: e.id, x0: left - MARK / 2, x1: right + MARK / 2 + label };
  }

  function render() {
    if (!root) return;
    const scale = x();
    const view = inView(scale);
    const dense = view.length > MARK_LIMIT;
    // In a dense view only the focused and selected events are marks; the rest is a density strip.
    const pinned = shown.filter((e) => e.id === focused || e.id === selected || (!focused && e === view[0]));
    const list = dense ? pinned : view;
    let labelled = !dense;
    let lanes = stackLanes(list.map((e) => extentOf(e, scale, labelled)));
    if (lanes.count > opts.maxLabelledLanes) { labelled = false; lanes = stackLanes(list.map((e) => extentOf(e, scale, false)), 2); }
    const rows = dense ? TYPES.length : Math.max(lanes.count, 1);
    const rowHeight = dense ? DENSITY_ROW : opts.laneHeight;
    const height = MARGIN.top + rows * rowHeight + MARGIN.bottom;
    const svg = root.select<SVGSVGElement>('svg').attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    svg.select<SVGGElement>('.axis').attr('transform', `translate(0,${height - MARGIN.bottom})`)
      .call(axisBottom(scale).ticks(Math.max(2, Math.floor(width / 90))).tickFormat((d) => opts.tickFormat(d as Date)));
    svg.select('.density-note').attr('x', width - MARGIN.right).attr('y', 12).attr('text-anchor', 'end')
      .text(dense ? opts.denseNote(view.length) : '');
    drawDensity(dense ? view : [], scale, height);
    const laneY = (d: TimelineEvent) => (dense
      ? MARGIN.top + TYPES.indexOf(d.type) * rowHeight + rowHeight / 2
      : MARGIN.top + (lanes.lane.get(d.id) ?? 0) * rowHeight + rowHeight / 2);

    const marks = svg.select('.marks').selectAll<SVGGElement, TimelineEvent>('g.mark').data(list, (d) => d.id);
    marks.exit().remove();
    const entered = marks.enter().append('g')
      .attr('class', (d) => `mark mark--${d.type}`)
      .attr('role', 'button')
      .attr('data-id', (d) => d.id)
      .attr('aria-label', (d) => `${opts.typeLabels[d.type]}, ${d.dateText} : ${d.title}`)
      .on('click', (_, d) => { setFocus(d.id); selectEvent(d.id, true); })
      .on('keydown', keydown);
    entered.append('rect').attr('class', 'span').attr('rx', 3);
    entered.append('circle').attr('class', 'halo').attr('r', MARK);
    entered.append('path').attr('class', 'symbol').attr('d', (d) => symbolPath(d.type, MARK));
    entered.append('text').attr('class', 'label').attr('dy', '0.35em');
    const tabbable = focused && list.some((e) => e.id === focused) ? focused : list[0]?.id;
    const all = entered.merge(marks);
    all.attr('transform', (d) => `translate(${scale(startOf(d.date.start))},${laneY(d)})`)
      .classed('is-selected', (d) => d.id === selected)
      .attr('aria-pressed', (d) => String(d.id === selected))
      .attr('tabindex', (d) => (d.id === tabbable ? 0 : -1));
    all.select<SVGRectElement>('rect.span')
      .attr('x', 0).attr('y', -4).attr('height', 8)
      .attr('width', (d) => (d.date.precision === 'day' ? 0 : Math.max(0, scale(endOf(d.date.end)) - scale(startOf(d.date.start)))));
    all.select<SVGTextElement>('text.label')
      .attr('text-anchor', (d) => (labelSide(d, scale) === 'before' ? 'end' : 'start'))
      .attr('x', (d) => (labelSide(d, scale) === 'before' ? -MARK
        : d.date.precision === 'day' ? MARK : Math.max(MARK, scale(endOf(d.date.end)) - scale(startOf(d.date.start)) + 6)))
      .text((d) => (labelled ? labelOf(d, scale) : ''));
  }

  /** One row per type: how many events fall in each 2-pixel column, as bars. */
  function drawDensity(view: TimelineEvent[], scale: ScaleTime<number, number>, height: number) {
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx || view.length === 0) return;
    ctx.scale(ratio, ratio);
    const bin = 2;
    const columns = Math.ceil(width / bin);
    const style = getComputedStyle(canvas);
    TYPES.forEach((type, row) => {
      const counts = new Uint32Array(columns);
      let max = 0;
      for (const e of view) {
        if (e.type !== type) continue;
        const c = Math.floor(scale(startOf(e.date.start)) / bin);
        if (c >= 0 && c < columns) max = Math.max(max, ++counts[c]!);
      }
      if (!max) return;
      ctx.fillStyle = style.getPropertyValue(`--${type}`) || '#888';
      const base = MARGIN.top + (row + 1) * DENSITY_ROW - 4;
      for (let c = 0; c < columns; c++) {
        if (!counts[c]) continue;
        const h = 4 + (DENSITY_ROW - 10) * Math.log1p(counts[c]!) / Math.log1p(max);
        ctx.fillRect(c * bin, base - h, bin - 0.5, h);
      }
    });
  }

  function keydown(event: KeyboardEvent, d: TimelineEvent) {
    const list = ordered();
    const i = list.findIndex((e) => e.id === d.id);
    let target: TimelineEvent | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') target = list[Math.min(list.length - 1, i + 1)];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') target = list[Math.max(0, i - 1)];
    else if (event.key === 'Home') target = list[0];
    else if (event.key === 'End') target = list.at(-1);
    else if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); selectEvent(d.id, true); return; }
    else if (event.key === 'Escape') { selectEvent(null, true); return; }
    else return;
    event.preventDefault();
    if (target) { setFocus(target.id); ensureVisible(target); }
  }

  function setFocus(id: string) {
    focused = id;
    render();
    (root?.select(`g.mark[data-id="${CSS.escape(id)}"]`).node() as SVGGElement | null)?.focus();
  }

  /** Pans so that an event is on screen, keeping the zoom level. */
  function ensureVisible(e: TimelineEvent) {
    if (!root || !behaviour) return;
    const px = x()(startOf(e.date.start));
    if (px >= MARGIN.left && px <= width - MARGIN.right) return;
    const svg = root.select<SVGSVGElement>('svg');
    svg.call(behaviour.translateBy, width / 2 - px, 0);
  }

  function selectEvent(id: string | null, fromUser: boolean) {
    selected = id;
    render();
    if (fromUser) onSelect(id);
  }

  chart.events = (list: TimelineEvent[]) => {
    events = [...list].sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1));
    visible = new Set(events.map((e) => e.id));
    index();
    x0 = frameScale(events, width, MARGIN);
    return chart;
  };
  chart.onSelect = (fn: (id: string | null) => void) => { onSelect = fn; return chart; };
  /** Selects an event without calling onSelect (for URL state), and brings it into view. */
  chart.select = (id: string | null) => {
    selected = id && visible.has(id) ? id : null;
    if (selected) { focused = selected; const e = events.find((x) => x.id === selected); if (e) ensureVisible(e); }
    render();
    return chart;
  };
  chart.filter = (ids: Iterable<string>) => {
    visible = new Set(ids);
    index();
    if (focused && !visible.has(focused)) focused = null;
    if (selected && !visible.has(selected)) selected = null;
    render();
    return chart;
  };
  chart.zoomBy = (k: number) => {
    if (root && behaviour) root.select<SVGSVGElement>('svg').call(behaviour.scaleBy, k);
    return chart;
  };
  chart.reset = () => {
    if (root && behaviour) root.select<SVGSVGElement>('svg').call(behaviour.transform, zoomIdentity);
    return chart;
  };
  chart.focus = () => { const id = focused ?? ordered()[0]?.id; if (id) setFocus(id); return chart; };
  return chart;
}

export type Timeline = ReturnType<typeof timeline>;
