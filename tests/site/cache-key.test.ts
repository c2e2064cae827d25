/** Incremental builds reuse a page only when its key says nothing it shows has changed. */
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/site/cache-key.ts';

const saved = process.env.SITE_URL;
afterEach(() => { if (saved === undefined) delete process.env.SITE_URL; else process.env.SITE_URL = saved; });

describe('cacheKey', () => {
  it('changes with what the page shows', () => {
    expect(cacheKey({ title: 'A' })).toBe(cacheKey({ title: 'A' }));
    expect(cacheKey({ title: 'A' })).not.toBe(cacheKey({ title: 'B' }));
  });

  it('changes with the site\'s public address (absolute links, share and embed snippets)', () => {
    process.env.SITE_URL = 'https://one.example';
    const one = cacheKey({ title: 'A' });
    process.env.SITE_URL = 'https://two.example';
    expect(cacheKey({ title: 'A' })).not.toBe(one);
    delete process.env.SITE_URL;
    expect(cacheKey({ title: 'A' })).not.toBe(one);
  });
});
