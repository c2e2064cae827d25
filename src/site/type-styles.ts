/**
 * The event types' stylesheet, written from the registry: each type's colour as a custom
 * property (`--coup`, read by the canvas too), its badge and its marks. Served as a virtual
 * stylesheet (`virtual:event-types.css`, see astro.config.mjs) bundled after global.css, so
 * the Content-Security-Policy and the page weight are those of any other bundled CSS.
 */
import type { EventTypeEntry } from '../event-types.ts';

export const TYPE_STYLES_ID = 'virtual:event-types.css';

export function typeStylesheet(entries: readonly EventTypeEntry[]): string {
  const vars = entries.map((d) => `  --${d.id}: light-dark(${d.colour.light}, ${d.colour.dark});`);
  const rules = entries.map((d) => [
    `.badge--${d.id} { color: var(--${d.id}); }`,
    `.badge--${d.id}::before { ${d.badge} }`,
    `.mark--${d.id} { color: var(--${d.id}); }`,
  ].join('\n'));
  return `:root {\n${vars.join('\n')}\n}\n${rules.join('\n')}\n`;
}
