/**
 * The canvas renderers: what the chart draws as one bitmap where many DOM nodes would change
 * every frame. The density strip of a crowded view, and during a gesture the marks and the
 * axis, drawn as their SVG counterparts draw them.
 */
import type { TimeScale } from './scale.ts';
import { symbolPath } from './symbols.ts';
import { TYPES, type TimelineEvent } from './options.ts';
import { endMs, pointOf, startMs, type Shown } from './viewport.ts';

export const MARK = 12;
/** Height of a band's density strip. */
export const DENSITY_ROW = 34;

export function canvasRenderer(canvas: HTMLCanvasElement) {
  /** Colours of the types, read from CSS once per colour scheme. */
  let colours: Record<string, string> | null = null;
  /** Whether the canvas has anything on it (clearing a clear canvas would still repaint it). */
  let drawn = false;
  /** Each type's symbol as a canvas path, made once. */
  let symbols: Record<string, Path2D> | null = null;
  /** Events per type and column, reused from frame to frame. */
  let counts = TYPES.map(() => new Float64Array(0));
  let width = 0;

  /** The canvas sized to the chart and cleared, ready to draw on (null if the browser gives no 2D context). */
  function context(w: number, height: number): CanvasRenderingContext2D | null {
    width = w;
    const ratio = window.devicePixelRatio || 1;
    const pw = Math.round(w * ratio), ph = Math.round(height * ratio);
    // Resizing a canvas reallocates it: only when the size changes.
    if (canvas.width !== pw || canvas.height !== ph) {
      canvas.width = pw;
      canvas.height = ph;
      canvas.style.width = `${w}px`;
      canvas.style.height = `${height}px`;
      drawn = false;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (drawn) ctx.clearRect(0, 0, w, height);
    drawn = false;
    if (!colours) {
      // The custom properties hold light-dark() pairs: let CSS resolve them, through `color`.
      colours = Object.fromEntries(['panel', 'line', 'muted', ...TYPES].map((name) => {
        canvas.style.color = `var(--${name})`;
        return [name, getComputedStyle(canvas).color];
      }));
      canvas.style.color = '';
    }
    return ctx;
  }

  /** The marks in view as the SVG draws them (period, symbol), without labels: the picture during a gesture. */
  function marks(ctx: CanvasRenderingContext2D, list: TimelineEvent[], scale: TimeScale, laneY: (d: TimelineEvent) => number) {
    symbols ??= Object.fromEntries(TYPES.map((type) => [type, new Path2D(symbolPath(type, MARK))]));
    drawn ||= list.length > 0;
    for (const d of list) {
      const px = pointOf(d, scale), y = laneY(d);
      ctx.fillStyle = colours![d.type]!;
      ctx.strokeStyle = colours![d.type]!;
      const uncertain = d.date.precision !== 'day';
      if (uncertain) {
        const a = scale(startMs(d)), b = scale(endMs(d));
        ctx.globalAlpha = 0.15;
        ctx.fillRect(a, y - 5, Math.max(0, b - a), 10);
        ctx.globalAlpha = 1;
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(a, y - 5); ctx.lineTo(a, y + 5); ctx.moveTo(a, y); ctx.lineTo(b, y); ctx.moveTo(b, y - 5); ctx.lineTo(b, y + 5);
        ctx.stroke();
      }
      ctx.translate(px, y);
      ctx.fillStyle = uncertain ? colours!.panel! : colours![d.type]!;
      ctx.strokeStyle = uncertain ? colours![d.type]! : colours!.panel!;
      ctx.lineWidth = uncertain ? 2 : 1.5;
      ctx.fill(symbols[d.type]!);
      ctx.stroke(symbols[d.type]!);
      ctx.translate(-px, -y);
    }
  }

  /** The axis as d3-axis draws it (domain line, ticks of 6 pixels, labels under them), and the note. */
  function axis(ctx: CanvasRenderingContext2D, scale: TimeScale, ticks: Date[], labels: string[], y: number, note: string) {
    drawn = true;
    const [r0, r1] = scale.range() as [number, number];
    ctx.strokeStyle = colours!.line!;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(r0 + 0.5, y + 6);
    ctx.lineTo(r0 + 0.5, y + 0.5);
    ctx.lineTo(r1 + 0.5, y + 0.5);
    ctx.lineTo(r1 + 0.5, y + 6);
    for (const tick of ticks) {
      const tx = Math.round(scale(tick)) + 0.5;
      ctx.moveTo(tx, y);
      ctx.lineTo(tx, y + 6);
    }
    ctx.stroke();
    ctx.fillStyle = colours!.muted!;
    ctx.font = '12px Inter, sans-serif';
    ctx.textBaseline = 'top';
    ctx.textAlign = 'center';
    ticks.forEach((tick, i) => ctx.fillText(labels[i]!, scale(tick), y + 9));
    if (note) {
      ctx.textAlign = 'end';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(note, width - 16, 12);
    }
  }

  /**
   * One strip per type's band: how many events fall in each column of a few pixels (spans
   * spread), as bars rising from `base(row)`.
   */
  function density(ctx: CanvasRenderingContext2D, shown: Shown, range: { lo: number; hi: number }, scale: TimeScale, base: (type: number) => number | null) {
    drawn = true;
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
      if (shown.ends[i]! < d0 || shown.starts[i]! > d1) continue;
      // Ends are exclusive (the next midnight).
      const first = col(shown.starts[i]!), last = col(shown.ends[i]! - 1);
      const share = 1 / (last - first + 1);
      const type = counts[shown.typeIndex[i]!]!;
      type[Math.max(0, first)]! += share;
      if (last + 1 < columns) type[last + 1]! -= share;
    }
    const max = TYPES.map(() => 0);
    counts.forEach((type, t) => {
      for (let c = 1; c < columns; c++) type[c]! += type[c - 1]!;
      // Rounding can leave a hair above zero where every share has ended.
      for (let c = 0; c < columns; c++) { if (type[c]! < 1e-9) type[c] = 0; else if (type[c]! > max[t]!) max[t] = type[c]!; }
    });
    TYPES.forEach((type, t) => {
      const foot = base(t);
      if (!max[t] || foot === null) return;
      const scaleMax = Math.log1p(max[t]!);
      const column = counts[t]!;
      // One path per type, filled once: far cheaper than a fillRect per column.
      ctx.beginPath();
      for (let c = 0; c < columns; c++) {
        if (!column[c]) continue;
        const h = 4 + (DENSITY_ROW - 10) * Math.log1p(column[c]!) / scaleMax;
        ctx.rect(c * bin, foot - h, bin - 0.5, h);
      }
      ctx.fillStyle = colours![type]!;
      ctx.fill();
    });
  }

  /** Forgets the colours (the colour scheme changed). */
  const recolour = () => { colours = null; };
  return { context, marks, axis, density, recolour };
}
