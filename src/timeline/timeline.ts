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
import type { EventType } from '../extract/types.ts';
import { frameScale, startOf, endOf, type TimeScale } from './scale.ts';
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
  /** At most this many lanes of unlabelled marks: beyond, marks share lanes (the height stays bounded). */
  maxLanes: number;
  /** What a dense view says above its density strip. */
  denseNote: (count: number) => string;
}

export const defaultOptions: TimelineOptions = {
  ariaLabel: 'Timeline',
  typeLabels: { coup: 'coup', arrest: 'arrest', expulsion: 'expulsion' },
  tickFormat: (d) => d.toISOString().slice(0, 10),
  laneHeight: 30,
  maxLabelledLanes: 8,
  maxLanes: 12,
  denseNote: (n) => `${n} events: zoom in to see them one by one`,
};

/** The latest end date of a list (ISO dates compare as strings). */
function latestEnd(list: TimelineEvent[]): string {
  let last = list[0]!.date.end;
  for (const e of list) if (e.date.end > last) last = e.date.end;
  return last;
}

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
/** Above this many events in view, marks give way to a density strip drawn on a canvas (fewer DOM nodes per frame). */
export const MARK_LIMIT = 150;
const DENSITY_ROW = 34;
const TYPES: EventType[] = ['coup', 'arrest', 'expulsion'];

type Div = Selection<HTMLElement, unknown, null, undefined>;

export function timeline(options: Partial<TimelineOptions> = {}) {
  const opts: TimelineOptions = { ...defaultOptions, ...options };
  let events: TimelineEvent[] = [];
  let byId = new Map<string, TimelineEvent>();
  let visible = new Set<string>();
  let selected: string | null = null;
  let focused: string | null = null;
  let onSelect: (id: string | null) => void = () => {};
  let root: Div | null = null;
  let width = 800;
  let x0: TimeScale = frameScale([], width);
  let transform: ZoomTransform = zoomIdentity;
  let behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  let canvas: HTMLCanvasElement | null = null;
  let frame = 0;
  /** Gestures under way: a wheel gesture ends 150 ms after its last step, maybe mid-drag. */
  let gestures = 0;
  /** Whether the axis and the note are on the canvas (their SVG hidden). */
  let axisOnCanvas = false;
  /** The size the chart was last drawn at. */
  let size = { width: 0, height: 0 };
  /** The filtered events in time order, with their times, rebuilt when the filter changes. */
  let shown: TimelineEvent[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  let longest = 0;
  let typeIndex = new Uint8Array(0);
  /** The first start and the last end of all events: all the opening frame needs. */
  let extent: { date: { start: string; end: string } }[] = [];

  const ordered = () => shown;
  const x = () => transform.rescaleX(x0);

  /** Start times by event, parsed once. */
  const startMs = new Map<TimelineEvent, number>();

  function index() {
    shown = events.filter((e) => visible.has(e.id));
    for (const e of shown) if (!startMs.has(e)) startMs.set(e, startOf(e.date.start));
    starts = shown.map((e) => startMs.get(e)!);
    // Most events end the day they start: reuse the start rather than parse again.
    ends = shown.map((e, i) => (e.date.end === e.date.start ? starts[i]! + 86_400_000 : endOf(e.date.end)));
    longest = shown.reduce((m, _, i) => Math.max(m, ends[i]! - starts[i]!), 0);
    typeIndex = Uint8Array.from(shown, (e) => TYPES.indexOf(e.type));
  }

  /** The events that overlap the visible period (found by binary search on their starts), by index into `shown`. */
  function inView(scale: TimeScale): { lo: number; hi: number; count: number } {
    const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
    const lo = lowerBound(starts, d0 - longest);
    const hi = lowerBound(starts, d1 + 1);
    let count = 0;
    for (let i = lo; i < hi; i++) if (ends[i]! >= d0) count++;
    return { lo, hi, count };
  }

  /** The events in view, as a list (only needed when they are few enough to be marks). */
  function listInView(scale: TimeScale, range: { lo: number; hi: number }): TimelineEvent[] {
    const d0 = scale.domain()[0]!.getTime();
    const out: TimelineEvent[] = [];
    for (let i = range.lo; i < range.hi; i++) if (ends[i]! >= d0) out.push(shown[i]!);
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
    size = { width: 0, height: 0 };
    gestures = 0;
    axisOnCanvas = false;
    canvas = root.append('canvas').attr('class', 'density').attr('aria-hidden', 'true').node();
    const svg = root.append('svg').attr('class', 'timeline').attr('role', 'group').attr('aria-label', opts.ariaLabel);
    svg.append('g').attr('class', 'axis');
    svg.append('text').attr('class', 'density-note');
    svg.append('g').attr('class', 'marks');
    behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 5000])
      .on('start', () => { gestures += 1; })
      .on('zoom', (event: { transform: ZoomTransform }) => { transform = event.transform; schedule(); })
      // Once no gesture is under way, the next frame draws SVG marks with labels again.
      .on('end', () => { gestures = Math.max(0, gestures - 1); schedule(); });
    (svg as unknown as Selection<SVGSVGElement, unknown, null, undefined>).call(behaviour).on('dblclick.zoom', null);
    new ResizeObserver(() => resize()).observe(container);
    resize();
  }

  function resize() {
    if (!root) return;
    const w = Math.round((root.node() as HTMLElement).getBoundingClientRect().width) || 800;
    // Height changes also notify the observer: only a new width needs a new scale and a redraw.
    if (w === width && size.width) return;
    width = w;
    x0 = frameScale(extent, width, MARGIN);
    behaviour?.extent([[0, 0], [width, 100]]).translateExtent([[-width * 4, 0], [width * 5, 0]]);
    render();
  }

  /** Room for a label after the mark and before it, in pixels. */
  function room(e: TimelineEvent, scale: TimeScale) {
    const left = scale(startOf(e.date.start));
    const right = e.date.precision === 'day' ? left : scale(endOf(e.date.end));
    return { after: width - MARGIN.right - right - MARK, before: left - MARGIN.left - MARK };
  }

  /** Where a label goes: after the mark, or before it when there is more room there. */
  function labelSide(e: TimelineEvent, scale: TimeScale): 'after' | 'before' {
    const r = room(e, scale);
    return r.after >= labelWidth(e.title) || r.after >= r.before ? 'after' : 'before';
  }

  /** The label as drawn: cut to the room on its side. */
  function labelOf(e: TimelineEvent, scale: TimeScale): string {
    return fitLabel(e.title, room(e, scale)[labelSide(e, scale)]);
  }

  function extentOf(e: TimelineEvent, scale: TimeScale, withLabel: boolean) {
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
    const range = inView(scale);
    const interacting = gestures > 0;
    const dense = range.count > MARK_LIMIT;
    const view = dense ? [] : listInView(scale, range);
    // During a gesture, marks are drawn on the canvas: one bitmap per frame instead of moving
    // DOM nodes, creating them and laying out their text. SVG marks come back when it ends.
    const sketched = !dense && interacting;
    // The focused and selected events stay SVG marks (keyboard focus lives on them), even out
    // of view: focus must never lose its element.
    const pinned = [...new Set([focused, selected].filter(Boolean).map((id) => byId.get(id!)).filter((e): e is TimelineEvent => Boolean(e && visible.has(e.id))))];
    const list = dense || sketched ? pinned : [...new Set([...view, ...pinned])];
    // With no mark to focus (a dense view, or a period with no event), the event nearest the
    // view's start is the keyboard's way in; focusing it brings it into view. Not during a
    // gesture: that mark would be replaced every frame as the view moves.
    if (!interacting && list.length === 0 && shown.length) list.push(shown[Math.min(range.lo, shown.length - 1)]!);
    let labelled = !dense && !interacting;
    // Lanes for what is drawn: the SVG marks, and during a gesture the canvas's too.
    const laid = dense ? list : [...new Set([...view, ...list])];
    let lanes = stackLanes(laid.map((e) => extentOf(e, scale, labelled)));
    if (lanes.count > opts.maxLabelledLanes) { labelled = false; lanes = stackLanes(laid.map((e) => extentOf(e, scale, false)), 2, opts.maxLanes); }
    const rows = dense ? TYPES.length : Math.max(lanes.count, 1);
    const rowHeight = dense ? DENSITY_ROW : opts.laneHeight;
    // During a gesture the chart may grow but does not shrink: a height that changes every frame
    // would lay the page out again and reallocate the canvas each time.
    const height = Math.max(MARGIN.top + rows * rowHeight + MARGIN.bottom, interacting ? size.height : 0);
    const svg = root.select<SVGSVGElement>('svg');
    if (size.width !== width || size.height !== height) {
      size = { width, height };
      svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
      svg.select('.axis').attr('transform', `translate(0,${height - MARGIN.bottom})`);
    }
    const note = dense ? opts.denseNote(range.count) : '';
    const tickCount = Math.max(2, Math.floor(width / 90));
    // During a gesture the axis and the note are drawn on the canvas too: their SVG text would
    // be laid out again every frame. The SVG ones are hidden until the gesture ends.
    if (axisOnCanvas !== interacting) {
      axisOnCanvas = interacting;
      svg.selectAll('.axis, .density-note').attr('visibility', interacting ? 'hidden' : null);
    }
    if (!interacting) {
      svg.select<SVGGElement>('.axis').call(axisBottom(scale).ticks(tickCount).tickFormat((d) => opts.tickFormat(d as Date)));
      svg.select('.density-note').attr('x', width - MARGIN.right).attr('y', 12).attr('text-anchor', 'end').text(note);
    }
    const laneY = (d: TimelineEvent) => (dense
      ? MARGIN.top + TYPES.indexOf(d.type) * rowHeight + rowHeight / 2
      : MARGIN.top + (lanes.lane.get(d.id) ?? 0) * rowHeight + rowHeight / 2);
    const ctx = canvasContext(height);
    if (ctx && dense) drawDensity(ctx, range, scale);
    else if (ctx && sketched) drawMarks(ctx, view, scale, laneY);
    if (ctx && interacting) drawAxis(ctx, scale, tickCount, height - MARGIN.bottom, note);

    const marks = svg.select('.marks').selectAll<SVGGElement, TimelineEvent>('g.mark').data(list, (d) => d.id);
    marks.exit().remove();
    const entered = marks.enter().append('g')
      .attr('class', (d) => `mark mark--${d.type}`)
      .attr('role', 'button')
      .attr('data-id', (d) => d.id)
      .attr('aria-label', (d) => `${opts.typeLabels[d.type]}, ${d.dateText} : ${d.title}`)
      .on('click', (_, d) => { setFocus(d.id); selectEvent(d.id, true); })
      // Focus reached by Tab pins the mark too, so that no redraw takes its element away, and
      // brings it into view.
      .on('focus', (_, d) => { focused = d.id; ensureVisible(d); })
      .on('keydown', keydown);
    entered.append('rect').attr('class', 'span').attr('rx', 3).attr('x', 0).attr('y', -4).attr('height', 8);
    entered.append('circle').attr('class', 'halo').attr('r', MARK);
    entered.append('path').attr('class', 'symbol').attr('d', (d) => symbolPath(d.type, MARK));
    entered.append('text').attr('class', 'label').attr('dy', '0.35em');
    const tabbable = focused && list.some((e) => e.id === focused) ? focused : list[0]?.id;
    const all = entered.merge(marks);
    // Positions change every frame; state and labels only when they change (fewer DOM writes while zooming).
    all.attr('transform', (d) => `translate(${scale(startMs.get(d)!)},${laneY(d)})`);
    all.select<SVGRectElement>('rect.span')
      .attr('width', (d) => (d.date.precision === 'day' ? 0 : Math.max(0, scale(endOf(d.date.end)) - scale(startMs.get(d)!))));
    const state = `${selected}|${tabbable}`;
    const changed = all.filter(function () { return this.dataset.state !== state; });
    changed.classed('is-selected', (d) => d.id === selected)
      .attr('aria-pressed', (d) => String(d.id === selected))
      .attr('tabindex', (d) => (d.id === tabbable ? 0 : -1))
      .each(function () { this.dataset.state = state; });
    const labels = all.select<SVGTextElement>('text.label');
    if (labelled) {
      labels.attr('text-anchor', (d) => (labelSide(d, scale) === 'before' ? 'end' : 'start'))
        .attr('x', (d) => (labelSide(d, scale) === 'before' ? -MARK
          : d.date.precision === 'day' ? MARK : Math.max(MARK, scale(endOf(d.date.end)) - scale(startMs.get(d)!) + 6)))
        .text((d) => labelOf(d, scale));
    } else {
      labels.filter(function () { return this.textContent !== ''; }).text('');
    }
  }

  /** Colours of the types, read from CSS once per colour scheme. */
  let colours: Record<string, string> | null = null;
  if (typeof matchMedia === 'function') matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { colours = null; schedule(); });

  /** Whether the canvas has anything on it (clearing a clear canvas would still repaint it). */
  let canvasDrawn = false;

  /** The canvas sized to the chart and cleared, ready to draw on (null if the browser gives no 2D context). */
  function canvasContext(height: number): CanvasRenderingContext2D | null {
    if (!canvas) return null;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(width * ratio), h = Math.round(height * ratio);
    // Resizing a canvas reallocates it: only when the size changes.
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      canvasDrawn = false;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (canvasDrawn) ctx.clearRect(0, 0, width, height);
    canvasDrawn = false;
    if (!colours) {
      // The custom properties hold light-dark() pairs: let CSS resolve them, through `color`.
      const probe = canvas;
      colours = Object.fromEntries(['panel', 'line', 'muted', ...TYPES].map((name) => {
        probe.style.color = `var(--${name})`;
        return [name, getComputedStyle(probe).color];
      }));
      probe.style.color = '';
    }
    return ctx;
  }

  /** Each type's symbol as a canvas path, made once. */
  let symbols: Record<string, Path2D> | null = null;

  /** The marks in view as the SVG draws them (span, symbol), without labels: the picture during a gesture. */
  function drawMarks(ctx: CanvasRenderingContext2D, list: TimelineEvent[], scale: TimeScale, laneY: (d: TimelineEvent) => number) {
    symbols ??= Object.fromEntries(TYPES.map((type) => [type, new Path2D(symbolPath(type, MARK))]));
    canvasDrawn = list.length > 0;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = colours!.panel!;
    for (const d of list) {
      const left = scale(startMs.get(d)!), y = laneY(d);
      ctx.fillStyle = colours![d.type]!;
      if (d.date.precision !== 'day') {
        ctx.globalAlpha = 0.35;
        ctx.beginPath();
        ctx.roundRect(left, y - 4, Math.max(0, scale(endOf(d.date.end)) - left), 8, 3);
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      ctx.translate(left, y);
      ctx.fill(symbols[d.type]!);
      ctx.stroke(symbols[d.type]!);
      ctx.translate(-left, -y);
    }
  }

  /** The axis as d3-axis draws it (domain line, ticks of 6 pixels, labels under them), and the note. */
  function drawAxis(ctx: CanvasRenderingContext2D, scale: TimeScale, count: number, y: number, note: string) {
    canvasDrawn = true;
    const [r0, r1] = scale.range() as [number, number];
    ctx.strokeStyle = colours!.line!;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(r0 + 0.5, y + 6);
    ctx.lineTo(r0 + 0.5, y + 0.5);
    ctx.lineTo(r1 + 0.5, y + 0.5);
    ctx.lineTo(r1 + 0.5, y + 6);
    const ticks = scale.ticks(count);
    for (const tick of ticks) {
      const tx = Math.round(scale(tick)) + 0.5;
      ctx.moveTo(tx, y);
      ctx.lineTo(tx, y + 6);
    }
    ctx.stroke();
    ctx.fillStyle = colours!.muted!;
    ctx.font = '12px sans-serif';
    ctx.textBaseline = 'top';
    ctx.textAlign = 'center';
    for (const tick of ticks) ctx.fillText(opts.tickFormat(tick), scale(tick), y + 9);
    if (note) {
      ctx.textAlign = 'end';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(note, width - MARGIN.right, 12);
    }
  }

  /** Events per type and column, reused from frame to frame. */
  let counts = TYPES.map(() => new Float64Array(0));

  /** One row per type: how many events fall in each column of a few pixels (spans spread), as bars. */
  function drawDensity(ctx: CanvasRenderingContext2D, range: { lo: number; hi: number }, scale: TimeScale) {
    canvasDrawn = true;
    const bin = 3;
    const columns = Math.ceil(width / bin);
    const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
    const perPixel = (d1 - d0) / (scale.range()[1]! - scale.range()[0]!);
    const r0 = scale.range()[0]!;
    // Each event spreads its weight of one over the columns it covers: a day is a full count in
    // its column, a year that began before the view still shows, thinly, across it. One pass
    // marks where each event's share starts and stops, then a running sum per type gives the
    // density: O(events + columns), whatever the spans' lengths.
    if (counts[0]!.length !== columns + 1) counts = TYPES.map(() => new Float64Array(columns + 1));
    else for (const column of counts) column.fill(0);
    const col = (t: number) => Math.floor((r0 + (t - d0) / perPixel) / bin);
    for (let i = range.lo; i < range.hi; i++) {
      if (ends[i]! < d0 || starts[i]! > d1) continue;
      // Ends are exclusive (the next midnight).
      const first = col(starts[i]!), last = col(ends[i]! - 1);
      const share = 1 / (last - first + 1);
      const type = counts[typeIndex[i]!]!;
      type[Math.max(0, first)]! += share;
      if (last + 1 < columns) type[last + 1]! -= share;
    }
    const max = [0, 0, 0];
    counts.forEach((type, t) => {
      for (let c = 1; c < columns; c++) type[c]! += type[c - 1]!;
      // Rounding can leave a hair above zero where every share has ended.
      for (let c = 0; c < columns; c++) { if (type[c]! < 1e-9) type[c] = 0; else if (type[c]! > max[t]!) max[t] = type[c]!; }
    });
    TYPES.forEach((type, row) => {
      if (!max[row]) return;
      const base = MARGIN.top + (row + 1) * DENSITY_ROW - 4;
      const scaleMax = Math.log1p(max[row]!);
      const column = counts[row]!;
      // One path per type, filled once: far cheaper than a fillRect per column.
      ctx.beginPath();
      for (let c = 0; c < columns; c++) {
        if (!column[c]) continue;
        const h = 4 + (DENSITY_ROW - 10) * Math.log1p(column[c]!) / scaleMax;
        ctx.rect(c * bin, base - h, bin - 0.5, h);
      }
      ctx.fillStyle = colours![type]!;
      ctx.fill();
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
    // Pan first, so that the mark to focus is drawn where the view now is.
    if (target) { ensureVisible(target); setFocus(target.id); }
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
    // translateBy moves in the chart's own units: pixels divided by the zoom factor.
    svg.call(behaviour.translateBy, (width / 2 - px) / transform.k, 0);
  }

  function selectEvent(id: string | null, fromUser: boolean) {
    selected = id;
    render();
    if (fromUser) onSelect(id);
  }

  chart.events = (list: TimelineEvent[]) => {
    events = [...list].sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1));
    byId = new Map(events.map((e) => [e.id, e]));
    visible = new Set(events.map((e) => e.id));
    index();
    extent = shown.length ? [{ date: { start: shown[0]!.date.start, end: latestEnd(shown) } }] : [];
    x0 = frameScale(extent, width, MARGIN);
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
