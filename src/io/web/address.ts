/** A web address as this tool keeps it: http(s) only, without fragment or tracking parameters. */

/** Query parameters that only say where a reader came from (utm_source, fbclid, xtor…). */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|xtor|at_\w+|ref_src|cmpid|ito)$/i;

/** The address resolved against `base`, or null when it is not a valid http(s) address. */
export function webAddress(value: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  if (url.search === '?') url.search = '';
  return url;
}
