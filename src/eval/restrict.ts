/** One language's share of a contract: its sources, and the events and citations they give. */
import type { Contract } from '../extract/schema.ts';

/** Keeps the sources in `lang`, the events citing one of them, and only their citations. */
export function restrictContract(contract: Contract, lang: string): Contract {
  const keep = new Set(contract.sources.filter((s) => s.lang === lang).map((s) => s.id));
  return {
    ...contract,
    sources: contract.sources.filter((s) => keep.has(s.id)),
    events: contract.events
      .map((e) => ({ ...e, citations: e.citations.filter((c) => keep.has(c.source)) }))
      .filter((e) => e.citations.length > 0),
  };
}
