/** Each event type's shape, so that type never relies on colour alone. */
import type { EventType } from '../extract/types.ts';

/** An SVG path of about `size` pixels across, centred on 0,0. */
export function symbolPath(type: EventType, size = 12): string {
  const r = size / 2;
  switch (type) {
    case 'coup': return `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`;
    case 'arrest': return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'expulsion': return `M0,${-r * 1.15}L${r * 1.15},${r * 0.9}L${-r * 1.15},${r * 0.9}Z`;
  }
}
