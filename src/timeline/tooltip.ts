/**
 * The tooltip a mark shows on hover and on focus: title, date in words, place, sources. Plain
 * text in an element of the chart (hidden from assistive technology: the mark's own name says it).
 */
import type { Selection } from 'd3-selection';

type Div = Selection<HTMLElement, unknown, null, undefined>;

export function tooltip(root: Div) {
  const tip = root.append('div').attr('class', 'tip').attr('aria-hidden', 'true').attr('hidden', '');
  const node = tip.node()!;
  return {
    /** Shows the lines beside a point of the chart, inside it. */
    show(lines: string[], x: number, y: number, width: number, height: number) {
      node.replaceChildren(...lines.map((line, i) => {
        const el = document.createElement(i ? 'span' : 'strong');
        el.textContent = line;
        return el;
      }));
      node.hidden = false;
      const w = node.offsetWidth, h = node.offsetHeight;
      node.style.left = `${Math.max(4, Math.min(width - w - 4, x - w / 2))}px`;
      node.style.top = `${y + 16 + h <= height ? y + 16 : Math.max(0, y - 16 - h)}px`;
    },
    hide() { node.hidden = true; },
  };
}
