/** Every URL the site publishes, in one place, absolute when a site URL is known. */

const base = '/';

export const paths = {
  home: () => base,
  event: (id: string) => `${base}evenements/${id}/`,
  /** Source ids are file names: they may hold spaces or accents. */
  source: (id: string) => `${base}sources/${encodeURIComponent(id)}/`,
  report: () => `${base}rapport/`,
  embed: () => `${base}embed/`,
  embedEvent: (id: string) => `${base}embed/${id}/`,
  ogImage: (id: string) => `${base}og/${id}.png`,
  oembed: (id?: string) => `${base}oembed/${id ?? 'chronologie'}.json`,
  embedScript: () => `${base}embed.js`,
};

/** An absolute URL on the site. */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').href;
}
