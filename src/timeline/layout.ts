/**
 * Lanes: items that would overlap (marks and their labels) go on separate rows, so that
 * no label covers another. Greedy first-fit in time order: deterministic and O(n × lanes).
 */

export interface Extent {
  id: string;
  /** Left edge in pixels. */
  x0: number;
  /** Right edge in pixels, label included. */
  x1: number;
}

export interface Lanes {
  lane: Map<string, number>;
  count: number;
}

/**
 * Assigns each item the first lane where it clears the previous item by `gap` pixels. With
 * `maxLanes`, an item that fits nowhere once that many lanes exist goes on the lane that frees
 * up first, overlapping: the chart keeps a bounded height (an embed must not grow a page by
 * thousands of pixels), as TimelineJS's fixed rows do.
 */
export function stackLanes(items: Extent[], gap = 8, maxLanes = Infinity): Lanes {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0 || (a.id < b.id ? -1 : 1));
  const ends: number[] = [];
  const lane = new Map<string, number>();
  for (const item of sorted) {
    let i = ends.findIndex((end) => end + gap <= item.x0);
    if (i === -1 && ends.length < maxLanes) { i = ends.length; ends.push(item.x1); }
    else if (i === -1) { i = ends.indexOf(Math.min(...ends)); ends[i] = Math.max(ends[i]!, item.x1); }
    else ends[i] = item.x1;
    lane.set(item.id, i);
  }
  return { lane, count: ends.length };
}

/** A rough label width in pixels for a font size, without measuring the DOM. */
export function labelWidth(text: string, fontSize = 13): number {
  return Math.ceil(text.length * fontSize * 0.55);
}

/** The label cut to fit a width, with an ellipsis; empty when not even a few letters fit. */
export function fitLabel(text: string, available: number, fontSize = 13): string {
  if (labelWidth(text, fontSize) <= available) return text;
  const chars = Math.floor(available / (fontSize * 0.55)) - 1;
  return chars < 4 ? '' : `${text.slice(0, chars).trimEnd()}…`;
}
