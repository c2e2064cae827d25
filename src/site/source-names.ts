/**
 * How a source is named for readers: by outlet and title, never by its file name. What the
 * front matter does not give is derived: the outlet from the URL's host, the title from the
 * article's first line when that line is a headline; then the publication date ("Article du
 * 23 septembre 2025"); only then the file name, written as a name.
 */
import { readFileSync } from 'node:fs';
import type { SourceRecord } from '../extract/schema.ts';

/** The article's first line when it reads as a headline: short, not a sentence, standing alone. */
export function headline(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const lines = body.split(/\r?\n/).map((l) => l.trim());
  const i = lines.findIndex(Boolean);
  if (i < 0) return null;
  const first = lines[i]!;
  const alone = !lines[i + 1] || lines[i + 1]!.startsWith(first);
  if (!alone || first.length < 12 || first.length > 140 || /[.,;!?…:]$/.test(first) || /^date\s/i.test(first) || /<|>/.test(first)) return null;
  return first;
}

/** The outlet: the front matter's, else the URL's host without "www.". */
export function outletOf(s: SourceRecord): string | null {
  if (s.outlet) return s.outlet;
  if (!s.url) return null;
  try { return new URL(s.url).hostname.replace(/^www\./, ''); } catch { return null; }
}

/** A file name as a name: words, capitalised ("algerie-maroc" → "Algerie maroc"). */
export function fileAsName(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/** The name of each source, told apart with a number where two would read the same. */
export function nameSources(list: SourceRecord[], read: (s: SourceRecord) => string, dateInWords: (iso: string) => string): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of list) {
    let text = '';
    try { text = read(s); } catch { /* a file that cannot be read keeps the other clues */ }
    const title = s.title ?? headline(text);
    const outlet = outletOf(s);
    const undated = title ?? (s.published ? `Article du ${dateInWords(s.published)}` : null);
    names.set(s.id, [outlet, undated ?? (outlet ? null : fileAsName(s.id))].filter(Boolean).join(' · '));
  }
  const seen = new Map<string, number>();
  for (const s of list) {
    const name = names.get(s.id)!;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
  }
  const count = new Map<string, number>();
  for (const s of list) {
    const name = names.get(s.id)!;
    if (seen.get(name)! < 2) continue;
    const n = (count.get(name) ?? 0) + 1;
    count.set(name, n);
    names.set(s.id, `${name} (${n})`);
  }
  return names;
}

/** Reads a source's file as the build found it. */
export const readSource = (s: SourceRecord) => readFileSync(s.file, 'utf8');
