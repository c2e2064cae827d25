/**
 * The event types, one entry each: everything the engine and the site know of a type that is
 * not a language's words. The contract's enum, the timeline's bands and marks, the URL's
 * `?types=`, the badges' and marks' colours, the share cards and the density strip are all
 * derived from this list (see README, "Adding an event type"). What reports a type is each
 * locale's data: its trigger lemmas and constructions, and how its titles say it.
 *
 * This file is data only (no function reads it here), so that a test can swap the list.
 */

export interface EventTypeEntry {
  /** In the contract, the permalinks ("2025-09-19-expulsion-…") and the URL: never renamed. */
  id: string;
  /** French, the site's language: the badge, the filter, the feeds ("Arrestation"). */
  label: string;
  /** The band's heading, plural ("Arrestations"). */
  plural: string;
  /** On a light and a dark background: the CSS custom property `--<id>`; share cards use `light`. */
  colour: { light: string; dark: string };
  /** The mark: an SVG path centred on 0,0 for a mark of radius r, so that type never relies on colour alone. */
  symbol: (r: number) => string;
  /** The badge's square before its label, shaped like the mark: CSS declarations. */
  badge: string;
  /** Whether the sentence names who it happened to (a patient) and who did it (an agent); a coup names neither. */
  roles: { patient: boolean; agent: boolean };
  /** Who did it when no source says: `country`, the country it happened in (an expulsion is a state's act). */
  defaultAgent: 'country' | null;
  /** Which country it happened in first: `agent`, the acting one (an expulsion happens where the expelling state is); `words`, where the sentence places it. */
  placedBy: 'agent' | 'words';
}

/** In the order of the timeline's bands and the filters. */
export const eventTypes = [
  {
    id: 'coup', label: 'Coup d’État', plural: 'Coups d’État',
    colour: { light: '#b3261e', dark: '#ff8a80' },
    symbol: (r: number) => `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`,
    badge: 'transform: rotate(45deg) scale(.85);',
    roles: { patient: false, agent: false }, defaultAgent: null, placedBy: 'words',
  },
  {
    id: 'arrest', label: 'Arrestation', plural: 'Arrestations',
    colour: { light: '#1f5fbf', dark: '#8ab4ff' },
    symbol: (r: number) => `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`,
    badge: 'border-radius: 50%;',
    roles: { patient: true, agent: true }, defaultAgent: null, placedBy: 'words',
  },
  {
    id: 'expulsion', label: 'Expulsion', plural: 'Expulsions',
    colour: { light: '#8a5a00', dark: '#f2c14e' },
    symbol: (r: number) => `M0,${-r * 1.15}L${r * 1.15},${r * 0.9}L${-r * 1.15},${r * 0.9}Z`,
    badge: 'clip-path: polygon(50% 0, 100% 100%, 0 100%);',
    roles: { patient: true, agent: true }, defaultAgent: 'country', placedBy: 'agent',
  },
] as const satisfies readonly EventTypeEntry[];
