/** Share links that need no third-party script: plain URLs each network documents. */

export interface ShareLink {
  name: string;
  href: string;
}

/** Links to share a URL with its title by e-mail, X, Facebook, LinkedIn and WhatsApp. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { name: 'E-mail', href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
}

/** The iframe snippet a journalist pastes into an article. */
export function embedSnippet(opts: { src: string; title: string; height: number; script: string }): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${attr(opts.src)}" title="${attr(opts.title)}" height="${opts.height}" loading="lazy" style="border:0;width:100%" data-chronologie></iframe>\n<script async src="${attr(opts.script)}"></script>`;
}
