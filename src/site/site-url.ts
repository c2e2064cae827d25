/** Whether the build was given its public address: without SITE_URL, absolute links, feeds and embed snippets point to a placeholder. */
export function siteUrlMissing(): boolean {
  return !process.env.SITE_URL;
}

/** The warning the build prints when SITE_URL is not set. */
export const SITE_URL_WARNING = 'SITE_URL is not set: absolute links, feeds, share links and embed snippets point to a placeholder address. Build with SITE_URL=https://your-site.example to publish.';
