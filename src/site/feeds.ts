/** oEmbed: what a CMS asks to embed a page (the exports themselves are in exports/). */
import { embedSnippet } from './share.ts';
import { absolute, paths } from './urls.ts';
import { t } from './strings.fr.ts';

/** The oEmbed document of an embeddable page (rich type, with the iframe snippet). */
export function oembed(opts: { title: string; embedPath: string; height: number; site: URL | undefined }) {
  return {
    version: '1.0',
    type: 'rich',
    title: opts.title,
    provider_name: t.siteTitle,
    provider_url: absolute('/', opts.site),
    width: 640,
    height: opts.height,
    html: embedSnippet({ src: absolute(opts.embedPath, opts.site), title: opts.title, height: opts.height, script: absolute(paths.embedScript(), opts.site) }),
  };
}
