/**
 * The timeline: a D3 component, framework-free. A closure with chainable methods, applied
 * to a container element; keyed data join; zoom by rescaling the x scale. One band per event
 * type, the most important events labelled, every mark with a tooltip.
 *
 *   const chart = timeline(options).events(list).onSelect((id) => …);
 *   chart(container);  chart.select(id);  chart.filter(ids).fit();  chart.zoomBy(2);
 *
 * The parts: options.ts (events and options), viewport.ts (what is in view, framing),
 * rows.ts (bands, lanes, labels), marks.ts (SVG), canvas.ts (density strip, gesture frames),
 * tooltip.ts, keyboard.ts, ticks.ts (axis labels).
 */
import { select, type Selection } from 'd3-selection';
import { axisBottom } from 'd3-axis';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { coreSpan, frameScale, type TimeScale } from './scale.ts';
import { defaultOptions, TYPES, type TimelineEvent, type TimelineOptions } from './options.ts';
import { DAY, endMs, fitTransform, indexShown, inView, listInView, pointOf, startMs, type Shown } from './viewport.ts';
import { importance, placeRows } from './rows.ts';
import { drawMarks } from './marks.ts';
import { canvasRenderer, DENSITY_ROW, MARK } from './canvas.ts';
import { dayTicks } from './ticks.ts';
import { tooltip } from './tooltip.ts';
import { keyboard } from './keyboard.ts';

export type { TimelineEvent, TimelineOptions } from './options.ts';
export { lowerBound } from './viewport.ts';

const MARGIN = { top: 4, right: 16, bottom: 28, left: 16 };
/** Room at the top of each band for its heading. */
const ROW_HEAD = 18;
/** Above this many events in view, marks give way to a density strip drawn on a canvas (fewer DOM nodes per frame). */
export const MARK_LIMIT = 150;

type Div = Selection<HTMLElement, unknown, null, undefined>;
type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export function timeline(options: Partial<TimelineOptions> = {}) {
  const opts: TimelineOptions = { ...defaultOptions, ...options };
  let events: TimelineEvent[] = [];
  let byId = new Map<string, TimelineEvent>();
  let visible = new Set<string>();
  let selected: string | null = null;
  let focused: string | null = null;
  let onSelect: (id: string | null) => void = () => {};
  let root: Div | null = null;
  let svg: Svg | null = null;
  let width = 800;
  let x0: TimeScale = frameScale([], width);
  let transform: ZoomTransform = zoomIdentity;
  let behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  let painter: ReturnType<typeof canvasRenderer> | null = null;
  let tip: ReturnType<typeof tooltip> | null = null;
  let frame = 0;
  /** Gestures under way: a wheel gesture ends 150 ms after its last step, maybe mid-drag. */
  let gestures = 0;
  /** Whether the axis and the note are on the canvas (their SVG hidden). */
  let axisOnCanvas = false;
  /** The size the chart was last drawn at. */
  let size = { width: 0, height: 0 };
  let shown: Shown = indexShown([], visible);
  /** The first start and the last end of all events: all the opening frame needs. */
  let extent: { date: { start: string; end: string } }[] = [];
  /** Bands by another key than the type (the country, say), or null: one band per type. */
  let grouping: { key: (e: TimelineEvent) => string; label: (key: string) => string } | null = null;
  /** The grouping's keys among the shown events, the most frequent first. */
  let groups: string[] = [];
  function regroup() {
    if (!grouping) return;
    const count = new Map<string, number>();
    for (const e of shown.list) { const k = grouping.key(e); count.set(k, (count.get(k) ?? 0) + 1); }
    groups = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || grouping!.label(a).localeCompare(grouping!.label(b)));
  }
  /** Where the last frame put each band and lane, for the tooltip. */
  let laneY: (d: TimelineEvent) => number = () => 0;

  const x = () => transform.rescaleX(x0);
  /** The deepest zoom shows about two days: finer, the axis would have nothing to say. */
  const maxZoom = () => {
    const [a, b] = x0.domain().map(Number) as [number, number];
    return Math.max(1, (b - a) / (2 * DAY));
  };

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
    painter = canvasRenderer(root.append('canvas').attr('class', 'density').attr('aria-hidden', 'true').node()!);
    svg = root.append('svg').attr('class', 'timeline').attr('role', 'group').attr('aria-label', opts.ariaLabel);
    svg.append('g').attr('class', 'bands').attr('aria-hidden', 'true');
    svg.append('g').attr('class', 'axis');
    svg.append('text').attr('class', 'density-note');
    svg.append('g').attr('class', 'marks');
    tip = tooltip(root);
    behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, maxZoom()])
      .on('start', () => { gestures += 1; tip?.hide(); })
      .on('zoom', (event: { transform: ZoomTransform }) => { transform = event.transform; schedule(); })
      // Once no gesture is under way, the next frame draws SVG marks with labels again.
      .on('end', () => { gestures = Math.max(0, gestures - 1); schedule(); });
    svg.call(behaviour).on('dblclick.zoom', null);
    verticalSwipesScroll(container);
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
    behaviour?.extent([[0, 0], [width, 100]]).translateExtent([[-width * 4, 0], [width * 5, 0]]).scaleExtent([0.5, maxZoom()]);
    render();
  }

  function render() {
    if (!root || !svg || !painter) return;
    const scale = x();
    const range = inView(shown, scale);
    const interacting = gestures > 0;
    const dense = range.count > MARK_LIMIT;
    const view = dense ? [] : listInView(shown, scale, range);
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
    if (!interacting && list.length === 0 && shown.list.length) list.push(shown.list[Math.min(range.lo, shown.list.length - 1)]!);
    // One band per type that the filter leaves, in the registry's order.
    // A dense view keeps one band per type: its density strips are the types'.
    const grouped = grouping && !dense ? grouping : null;
    const rows: string[] = grouped ? groups : shown.types;
    const rowOf = (d: TimelineEvent) => Math.max(0, rows.indexOf(grouped ? grouped.key(d) : d.type));
    const laid = dense ? list : [...new Set([...view, ...list])];
    const { placed, lanes } = placeRows(laid.map((e) => ({
      id: e.id, row: rowOf(e), x0: scale(startMs(e)), x1: e.date.precision === 'day' ? scale(startMs(e)) : scale(endMs(e)),
      title: e.title, importance: importance(e.sources ?? 1, startMs(e)),
    })), { maxLanes: grouped ? Math.min(2, opts.maxLanes) : opts.maxLanes, half: MARK / 2, gap: 6, maxLabel: opts.maxLabel, left: MARGIN.left, right: width - MARGIN.right, labels: !dense && !interacting });
    const bandHeight = rows.map((_, r) => ROW_HEAD + (dense ? DENSITY_ROW : Math.max(1, lanes[r] ?? 1) * opts.laneHeight));
    const bandTop: number[] = [];
    bandHeight.reduce((top, h, r) => { bandTop[r] = top; return top + h; }, MARGIN.top);
    // During a gesture the chart may grow but does not shrink: a height that changes every frame
    // would lay the page out again and reallocate the canvas each time.
    const height = Math.max(MARGIN.top + bandHeight.reduce((a, b) => a + b, 0) + MARGIN.bottom, 120, interacting ? size.height : 0);
    if (size.width !== width || size.height !== height) {
      size = { width, height };
      svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
      svg.select('.axis').attr('transform', `translate(0,${height - MARGIN.bottom})`);
    }
    drawBands(rows, bandTop, bandHeight, grouped ? grouped.label : (k) => opts.rowLabels[k as TimelineEvent['type']]);
    // Events the view leaves out: those that end before it, and those that start after it.
    const after = shown.list.length - range.hi;
    const note = dense ? opts.denseNote(range.count) : opts.outsideNote(shown.list.length - range.count - after, after);
    const ticks = dayTicks(scale, Math.max(2, Math.floor(width / 100)));
    const labels = opts.tickLabels(ticks);
    // During a gesture the axis and the note are drawn on the canvas too: their SVG text would
    // be laid out again every frame. The SVG ones are hidden until the gesture ends.
    if (axisOnCanvas !== interacting) {
      axisOnCanvas = interacting;
      svg.selectAll('.axis, .density-note').attr('visibility', interacting ? 'hidden' : null);
    }
    if (!interacting) {
      svg.select<SVGGElement>('.axis').call(axisBottom(scale).tickValues(ticks).tickFormat((_, i) => labels[i]!));
      svg.select('.density-note').attr('x', width - MARGIN.right).attr('y', 12).attr('text-anchor', 'end').text(note);
    }
    laneY = (d) => bandTop[rowOf(d)]! + ROW_HEAD + ((dense ? 0 : placed.get(d.id)?.lane) ?? 0) * opts.laneHeight + (dense ? DENSITY_ROW : opts.laneHeight) / 2;
    const ctx = painter.context(width, height);
    // The SVG lies over the canvas: in a dense view the bands' backgrounds would hide its strips.
    svg!.classed('dense', dense);
    if (ctx && dense) painter.density(ctx, shown, range, scale, (t) => { const r = rows.indexOf(TYPES[t]!); return r < 0 ? null : bandTop[r]! + ROW_HEAD + DENSITY_ROW - 4; });
    else if (ctx && sketched) painter.marks(ctx, view, scale, laneY);
    if (ctx && interacting) painter.axis(ctx, scale, ticks, labels, height - MARGIN.bottom, note);

    const tabbable = focused && list.some((e) => e.id === focused) ? focused : list[0]?.id;
    drawMarks(svg.select('.marks'), list, { scale, laneY, placed: dense || interacting ? null : placed, selected, tabbable }, opts, {
      click: (d) => { setFocus(d.id); selectEvent(d.id, true); },
      // Focus reached by Tab pins the mark too, so that no redraw takes its element away, and
      // brings it into view.
      focus: (d) => { focused = d.id; ensureVisible(d); showTip(d); },
      blur: () => tip?.hide(),
      enter: (d) => showTip(d),
      leave: () => tip?.hide(),
      keydown: keys,
    });
  }

  /**
   * A one-finger swipe that starts mostly vertical scrolls the page (the CSS allows `pan-y`):
   * its moves never reach d3-zoom, which would cancel them. Sideways swipes and pinches do.
   */
  function verticalSwipesScroll(container: HTMLElement) {
    let from: { x: number; y: number } | null = null;
    /** Until the swipe has a direction, d3-zoom does not see it either (a cancelled first move would stop the scroll). */
    let way: 'undecided' | 'vertical' | 'sideways' = 'sideways';
    container.addEventListener('touchstart', (e) => {
      from = e.touches.length === 1 ? { x: e.touches[0]!.clientX, y: e.touches[0]!.clientY } : null;
      way = from ? 'undecided' : 'sideways';
    }, { capture: true, passive: true });
    container.addEventListener('touchmove', (e) => {
      if (e.touches.length > 1) way = 'sideways';
      else if (way === 'undecided' && from) {
        const dx = Math.abs(e.touches[0]!.clientX - from.x), dy = Math.abs(e.touches[0]!.clientY - from.y);
        if (dx + dy > 6) way = dy > dx ? 'vertical' : 'sideways';
      }
      if (way !== 'sideways') e.stopPropagation();
    }, { capture: true, passive: true });
  }

  /** The bands' backgrounds and headings. */
  function drawBands(rows: string[], top: number[], height: number[], label: (key: string) => string) {
    const bands = svg!.select('.bands').selectAll<SVGGElement, string>('g.band').data(rows, (d) => d);
    bands.exit().remove();
    const entered = bands.enter().append('g').attr('class', 'band');
    entered.append('rect');
    entered.append('text').attr('class', 'row-label').attr('x', MARGIN.left).attr('y', 13).text(label);
    // Keep the DOM order of the rows (alternate shading).
    const all = entered.merge(bands).order().attr('transform', (_, r) => `translate(0,${top[r]})`);
    all.select('rect').attr('width', width).attr('height', (_, r) => height[r]!);
  }

  function showTip(d: TimelineEvent) {
    if (!tip || gestures > 0) return;
    tip.show(opts.describe(d), pointOf(d, x()), laneY(d), width, size.height);
  }

  const keys = keyboard({
    ordered: () => shown.list,
    // Pan first, so that the mark to focus is drawn where the view now is.
    move: (target) => { ensureVisible(target); setFocus(target.id); },
    open: (d) => selectEvent(d.id, true),
    close: () => selectEvent(null, true),
  });

  function setFocus(id: string) {
    focused = id;
    render();
    (root?.select(`g.mark[data-id="${CSS.escape(id)}"]`).node() as SVGGElement | null)?.focus({ preventScroll: true });
  }

  /** Pans so that an event is on screen, keeping the zoom level. */
  function ensureVisible(e: TimelineEvent) {
    if (!svg || !behaviour) return;
    const px = pointOf(e, x());
    if (px >= MARGIN.left && px <= width - MARGIN.right) return;
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
    shown = indexShown(events, visible);
    regroup();
    extent = events.length ? [{ date: { start: events[0]!.date.start, end: events.reduce((m, e) => (e.date.end > m ? e.date.end : m), events[0]!.date.end) } }] : [];
    x0 = frameScale(extent, width, MARGIN);
    return chart;
  };
  /** One band per key of `key` (labelled by `label`) instead of one per type; null goes back to types. */
  chart.rowsBy = (key: ((e: TimelineEvent) => string) | null, label: (key: string) => string = String) => {
    grouping = key && { key, label };
    regroup();
    render();
    return chart;
  };
  chart.onSelect = (fn: (id: string | null) => void) => { onSelect = fn; return chart; };
  /** Selects an event without calling onSelect (for URL state), and brings it into view. */
  chart.select = (id: string | null) => {
    selected = id && visible.has(id) ? id : null;
    if (selected) { focused = selected; const e = byId.get(selected); if (e) ensureVisible(e); }
    render();
    return chart;
  };
  chart.filter = (ids: Iterable<string>) => {
    visible = new Set(ids);
    shown = indexShown(events, visible);
    regroup();
    if (focused && !visible.has(focused)) focused = null;
    if (selected && !visible.has(selected)) selected = null;
    render();
    return chart;
  };
  /**
   * Zooms to a period (ms), else to the events the filter leaves: to the period most of them
   * fall in when a few lie far from the others (see coreSpan; the note says how many are out
   * of view), to all of them otherwise. `all` frames every event the filter leaves.
   */
  chart.fit = (period?: [number, number], all = false) => {
    if (!svg || !behaviour) return chart;
    const core = period ?? (all ? null : coreSpan(shown.starts, shown.ends));
    const every = shown.list.length === events.length || !shown.list.length;
    const t = core ? fitTransform(x0, core[0], core[1], [0.5, maxZoom()])
      : every ? zoomIdentity : fitTransform(x0, shown.starts[0]!, Math.max(...shown.ends), [0.5, maxZoom()]);
    svg.call(behaviour.transform, t);
    return chart;
  };
  chart.zoomBy = (k: number) => {
    if (svg && behaviour) svg.call(behaviour.scaleBy, k);
    return chart;
  };
  /** Shows every event the filter leaves («Tout afficher»). */
  chart.reset = () => chart.fit(undefined, true);
  chart.focus = () => { const id = focused ?? shown.list[0]?.id; if (id) setFocus(id); return chart; };
  /** The shown events in time order (what précédent / suivant walk through). */
  chart.ordered = () => shown.list.map((e) => e.id);
  return chart;
}

export type Timeline = ReturnType<typeof timeline>;
