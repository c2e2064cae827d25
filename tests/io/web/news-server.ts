/**
 * A local news site for the `add` tests, on 127.0.0.1 and a free port: the pages of
 * tests/fixtures/web (written for the tests), a redirect, a redirect loop, a PDF, a 404,
 * a page too large to read, one that never answers and a consent wall with no article. It records every request.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/web/${name}`, import.meta.url));

/** Where each page of the site is. */
export const PATHS = {
  expulsion: '/afrique/article/niamey-expulse-trois-employes-ong?utm_source=newsletter',
  arrestMoved: '/ancien-lien/conakry',
  arrest: '/2024/06/19/guinee-militants-arretes',
  undated: '/mali/journaliste-interpelle',
  english: '/en/soldiers-seize-power',
  subscribers: '/politique/enquete-arrestations-janvier',
  pdf: '/rapport-annuel.pdf',
  missing: '/introuvable',
  huge: '/dossier-complet',
  loop: '/boucle',
  ftp: '/vers-ftp',
  silent: '/sans-reponse',
  consentWall: '/mur-de-consentement',
} as const;

const HTML = 'text/html; charset=utf-8';
const HUGE_CHUNK = `<p>${'Un paragraphe de remplissage pour une page démesurée. '.repeat(180)}</p>\n`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const page = (name: string, type = HTML): Handler => (_req, res) => {
  const bytes = fixture(name);
  res.writeHead(200, { 'content-type': type, 'content-length': bytes.length }).end(bytes);
};
const redirect = (to: string, status = 301): Handler => (_req, res) => res.writeHead(status, { location: to }).end();

const ROUTES: Record<string, Handler> = {
  [PATHS.expulsion.split('?')[0]!]: page('expulsion-niamey.html'),
  [PATHS.arrestMoved]: redirect(PATHS.arrest),
  [PATHS.arrest]: page('arrestation-conakry.html'),
  // Saved in Windows-1252 and served without a charset: the page's <meta charset> says which.
  [PATHS.undated]: page('sans-date.html', 'text/html'),
  [PATHS.english]: page('coup-english.html'),
  [PATHS.subscribers]: page('abonnes.html'),
  [PATHS.pdf]: (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  [PATHS.loop]: redirect(PATHS.loop, 302),
  [PATHS.ftp]: redirect('ftp://127.0.0.1/fichier.txt', 302),
  // About 7 MB sent in chunks with no Content-Length, so only counting the bytes can stop it.
  [PATHS.huge]: (_req, res) => {
    res.writeHead(200, { 'content-type': HTML });
    res.write('<!DOCTYPE html><html lang="fr"><head><title>Dossier</title></head><body><article>');
    let sent = 0;
    const more = () => {
      while (sent < 700 && !res.destroyed) {
        sent++;
        if (!res.write(HUGE_CHUNK)) return void res.once('drain', more);
      }
      res.end('</article></body></html>');
    };
    more();
  },
  [PATHS.silent]: () => {},
  // What some sites serve before consent: no article at all.
  [PATHS.consentWall]: (_req, res) => res.writeHead(200, { 'content-type': HTML }).end('<!DOCTYPE html><html lang="fr"><head>' +
    '<title>Avant de continuer</title></head><body><h1>Avant de continuer</h1><p>Nous et nos partenaires utilisons des cookies.</p>' +
    '<button>Accepter</button><button>Continuer sans accepter</button></body></html>'),
};

/** A running site: its base address, the requests it received, and how to stop it. */
export interface NewsServer {
  base: string;
  requests: { path: string; userAgent: string | undefined; at: number }[];
  close(): Promise<void>;
}

export async function startNewsServer(): Promise<NewsServer> {
  const requests: NewsServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, userAgent: req.headers['user-agent'], at: Date.now() });
    const handler = ROUTES[path];
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': HTML }).end('<!DOCTYPE html><html lang="fr"><title>Page introuvable</title><h1>Cette page n’existe pas</h1></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
