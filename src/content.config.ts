/**
 * Content collections: the events and sources that the extraction pipeline finds in the
 * articles folder. The Zod schemas are the event contract (src/extract/schema.ts).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { eventSchema, sourceSchema } from './extract/schema.ts';
import { articlesDir, prepareCorpus } from './site/corpus.ts';
import { warningLines } from './io/extract-folder.ts';
import { SITE_URL_WARNING, siteUrlMissing } from './site/site-url.ts';

/** A loader that stores one part of the contract, one entry per record, with digests. */
function corpusLoader(part: 'events' | 'sources'): Loader {
  return {
    name: `corpus-${part}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const { contract } = await prepareCorpus();
      if (part === 'sources') for (const line of warningLines(contract)) logger.warn(line);
      if (part === 'sources' && siteUrlMissing()) logger.warn(SITE_URL_WARNING);
      store.clear();
      for (const record of contract[part]) {
        const data = await parseData({ id: record.id, data: record as unknown as Record<string, unknown> });
        store.set({ id: record.id, data, digest: generateDigest(data) });
      }
      logger.info(`${contract[part].length} ${part} from ${contract.generatedFrom} articles in ${articlesDir}/`);
    },
  };
}

export const collections = {
  events: defineCollection({ loader: corpusLoader('events'), schema: eventSchema }),
  sources: defineCollection({ loader: corpusLoader('sources'), schema: sourceSchema }),
};
