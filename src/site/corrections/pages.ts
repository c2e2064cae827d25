/** The pages a withdrawn published event keeps: its event page and its embed (see src/pages/…/[...withdrawn].astro). */
import type { Withdrawn } from '../../extract/schema.ts';
import { loadCorpus } from '../corpus.ts';

export interface WithdrawnProps { withdrawn: Withdrawn }

/** One path per withdrawn event that was published, with what the page says of it. */
export function withdrawnPaths(): { params: { withdrawn: string }; props: WithdrawnProps }[] {
  return loadCorpus().tombstones.map((withdrawn) => ({ params: { withdrawn: withdrawn.id }, props: { withdrawn } }));
}
