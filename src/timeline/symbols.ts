/** Each event type's shape, so that type never relies on colour alone. */
import { eventType, type EventType } from '../extract/types.ts';

/** An SVG path of about `size` pixels across, centred on 0,0. */
export function symbolPath(type: EventType, size = 12): string {
  return eventType(type).symbol(size / 2);
}
