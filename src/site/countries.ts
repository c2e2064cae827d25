/**
 * The countries an event concerns: where it happened, who acted, whose nationals it targeted
 * ("Niger expels the French ambassador" concerns France too). Read from the contract's agent
 * and patient with the locale's country names and nationality words.
 */
import type { EventRecord } from '../extract/schema.ts';
import { countries } from '../locales/fr/countries.ts';
import { fold } from '../extract/fold.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = countries.map((c) => ({
  code: c.code,
  re: new RegExp(`(?:^|[^\\p{L}])(?:${[c.name, ...(c.aliases ?? []), ...c.demonyms].map((w) => escape(fold(w))).join('|')})(?![\\p{L}])`, 'u'),
}));

/** The ISO codes an event concerns: its own country first, then the agent's and the targets'. */
export function concernedCountries(e: Pick<EventRecord, 'country' | 'agent' | 'patient'>): string[] {
  const codes = new Set<string>(e.country ? [e.country] : []);
  const words = fold([e.agent, e.patient].filter(Boolean).join(' | '));
  for (const { code, re } of patterns) if (re.test(words)) codes.add(code);
  return [...codes];
}
