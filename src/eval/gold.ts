/**
 * The gold format of an annotated folder (see README, "Measuring extraction"): corpus-level
 * events, each with the interval a predicted date may fall in and the articles that state it.
 */
import { z } from 'zod';

const dateValue = z.union([z.string(), z.number(), z.date()]).transform((v) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

const goldEvent = z.object({
  key: z.string().optional(),
  type: z.string(),
  country: z.string().nullish(),
  best: dateValue,
  date_ok: z.tuple([dateValue, dateValue]),
  mentioned_in: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  conflict: z.unknown().optional(),
});

export const goldSchema = z.object({
  match: z.enum(['cite', 'date']).optional(),
  events: z.array(goldEvent),
  optional: z.array(goldEvent.partial({ best: true })).optional().default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldEvent = Gold['events'][number];

/**
 * The gold restricted to some articles: events none of them states are dropped, and each
 * event's articles are narrowed to them (to score one language of a mixed folder).
 */
export function restrictGold(gold: Gold, keep: (article: string) => boolean): Gold {
  const narrow = <T extends { mentioned_in: string[] }>(events: T[]) => events
    .map((e) => ({ ...e, mentioned_in: e.mentioned_in.filter(keep) }))
    .filter((e) => e.mentioned_in.length > 0);
  return { ...gold, events: narrow(gold.events), optional: narrow(gold.optional) };
}
