/**
 * Applies an editor's corrections to the extracted contract, entry after entry, in the
 * file's order: fix fields (`set`), withdraw (`reject`), merge, add. Every event touched
 * records what changed (`corrections`, `origin`); withdrawn events are listed apart. Any
 * entry that cannot be applied (a stale id, a quote not in its article) fails the whole
 * run, naming the entry, the reason and the fix.
 */
import type { Citation, Contract, Correction, EventRecord, Withdrawn } from '../../extract/schema.ts';
import { slugify } from '../../extract/describe.ts';
import { CorrectionsError, correctionsMessage, entryLabel, type AddEntry, type CorrectionEntry, type MergeEntry, type SetEntry } from './file.ts';

type Precision = EventRecord['date']['precision'];

/** An article's text as read, and where its body begins (quotes come from the body). */
export interface ArticleText { text: string; bodyStart: number }

export interface ApplyOptions {
  /** The file the entries come from, for the messages. */
  file: string;
  /** The text of a source, by id (null when it cannot be read). */
  textOf: (sourceId: string) => ArticleText | null;
  /** Old id -> new id from permalinks/aliases.json: a stale id that became another is named in the fix. */
  aliases?: Record<string, string>;
}

/** One entry of the corrections column (/corrections/). */
export interface ColumnEntry {
  /** Its position in the file (0-based): the order of entries without a date. */
  index: number;
  kind: 'set' | 'reject' | 'merge' | 'add';
  /** The event's id after the entry (the kept one for a merge, the withdrawn one for a reject). */
  event: string;
  /** The event's title after the entry (before it, for a withdrawn event). */
  title: string;
  /** What changed (set), or the events that joined (merge: `merged`), or `added`. */
  changes: Correction[];
  /** For a merge: the events that joined, with the titles they had. */
  merged?: { id: string; title: string }[];
  note: string;
  correctedOn: string | null;
}

export interface Corrected {
  contract: Contract;
  /** Merged ids -> the id they joined (alias pages). */
  mergeAliases: Record<string, string>;
  /** The withdrawn events (also in `contract.withdrawn`). */
  withdrawn: Withdrawn[];
  column: ColumnEntry[];
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** A date key (YYYY-MM-DD, YYYY-MM, YYYY) at a precision. */
export function dateKey(start: string, precision: Precision): string {
  return precision === 'day' ? start.slice(0, 10) : precision === 'month' ? start.slice(0, 7) : start.slice(0, 4);
}

/** An event's date range from a key and a precision (by default the key's own), or the reason it cannot be. */
export function eventDateOf(key: string, precision?: Precision): { start: string; end: string; precision: Precision } | string {
  const own: Precision = key.length === 10 ? 'day' : key.length === 7 ? 'month' : 'year';
  const p = precision ?? own;
  const rank = { year: 0, month: 1, day: 2 };
  if (rank[p] > rank[own]) return `precision "${p}" needs a date written to the ${p} (${p === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM'}), not "${key}"`;
  const year = Number(key.slice(0, 4));
  const month = own === 'year' ? 1 : Number(key.slice(5, 7));
  if (month < 1 || month > 12) return `"${key}" has no month ${month}`;
  if (p === 'year') return { start: `${year}-01-01`, end: `${year}-12-31`, precision: p };
  if (p === 'month') return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`, precision: p };
  return { start: key, end: key, precision: p };
}

const byTime = (a: EventRecord, b: EventRecord) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const correctedOn = (entry: CorrectionEntry) => entry.date ?? null;
const FIX_ID = 'use the event\'s current id (`npm run review` and /events.json list them), or remove the entry if the event is gone for good';

/** Applies the entries to a contract; throws a CorrectionsError naming every entry that cannot be applied. */
export function applyCorrections(contract: Contract, entries: CorrectionEntry[], options: ApplyOptions): Corrected {
  if (entries.length === 0) return { contract, mergeAliases: {}, withdrawn: [], column: [] };
  const events = new Map(contract.events.map((e) => [e.id, e]));
  const gone = new Map<string, string>(); // id -> what removed it, for the messages
  const mergeAliases: Record<string, string> = {};
  const withdrawn: Withdrawn[] = [];
  const column: ColumnEntry[] = [];
  const problems: { label: string; reason: string; fix: string }[] = [];
  const sources = new Map(contract.sources.map((s) => [s.id, s]));

  /** The event an entry names, or a problem saying why it is not there. */
  const find = (id: string, label: string): EventRecord | null => {
    const event = events.get(id);
    if (event) return event;
    const became = options.aliases?.[id];
    const reason = gone.get(id) ?? `no event has the id "${id}" (its articles may be gone, or the extraction now reads them differently)`;
    problems.push({ label, reason, fix: became ? `this id became "${became}" (permalinks/aliases.json): write that id instead` : FIX_ID });
    return null;
  };
  const record = (event: EventRecord, changes: Correction[]): EventRecord => ({
    ...event, origin: event.origin ?? 'extracted', corrections: [...(event.corrections ?? []), ...changes],
  });

  entries.forEach((entry, index) => {
    const label = entryLabel(index, entry);
    const note = entry.note.trim();
    if ('set' in entry) {
      const event = find(entry.event, label);
      if (!event) return;
      const changes = setChanges(event, entry, (reason) => problems.push({ label, reason, fix: 'edit the value, or remove that field (or the entry)' }));
      if (!changes) return;
      const updated = record(changes.event, changes.list.map((c) => ({ ...c, note, correctedOn: correctedOn(entry) })));
      events.set(event.id, updated);
      column.push({ index, kind: 'set', event: event.id, title: updated.title, changes: updated.corrections!.slice(-changes.list.length), note, correctedOn: correctedOn(entry) });
    } else if ('reject' in entry) {
      const event = find(entry.event, label);
      if (!event) return;
      events.delete(event.id);
      gone.set(event.id, `the event "${event.id}" was already withdrawn by ${label.replace(/ \(.*/, '')}`);
      const item = { id: event.id, title: event.title, note, correctedOn: correctedOn(entry) };
      withdrawn.push(item);
      column.push({ index, kind: 'reject', event: event.id, title: event.title, changes: [], note, correctedOn: item.correctedOn });
    } else if ('merge' in entry) {
      merge(entry, label, index);
    } else {
      add(entry, label, index);
    }
  });

  function merge(entry: MergeEntry, label: string, index: number): void {
    const found = entry.merge.map((id) => find(id, label));
    if (found.some((e) => e === null)) return;
    const [keep, ...others] = found as EventRecord[];
    const seen = new Set(keep!.citations.map(citationKey));
    const citations: Citation[] = [...keep!.citations];
    for (const other of others) for (const c of other.citations) if (!seen.has(citationKey(c))) { seen.add(citationKey(c)); citations.push(c); }
    const changes: Correction[] = others.map((o) => ({ field: 'merged', from: o.id, to: keep!.id, note: entry.note.trim(), correctedOn: correctedOn(entry) }));
    const updated = record({ ...keep!, citations }, changes);
    events.set(keep!.id, updated);
    for (const other of others) {
      events.delete(other.id);
      mergeAliases[other.id] = keep!.id;
      gone.set(other.id, `the event "${other.id}" was merged into "${keep!.id}" by ${label.replace(/ \(.*/, '')}`);
    }
    column.push({ index, kind: 'merge', event: keep!.id, title: updated.title, changes, merged: others.map((o) => ({ id: o.id, title: o.title })), note: entry.note.trim(), correctedOn: correctedOn(entry) });
  }

  function add(entry: AddEntry, label: string, index: number): void {
    const a = entry.add;
    const date = eventDateOf(a.date, a.precision);
    const fail = (reason: string, fix: string) => problems.push({ label, reason, fix });
    if (typeof date === 'string') return void fail(date, 'write the date to the precision given, or change the precision');
    const citations: Citation[] = [];
    a.citations.forEach((c, i) => {
      const where = `citations[${i}]`;
      if (!sources.has(c.source)) return void fail(`${where}: no article has the id "${c.source}"`, 'give the article\'s id: its file name without the extension (see /rapport/ or a source page)');
      const article = options.textOf(c.source);
      if (!article) return void fail(`${where}: the article "${c.source}" could not be read`, 'check that its file is still in the articles folder');
      const start = article.text.indexOf(c.quote, article.bodyStart);
      if (start < 0) {
        const loose = (s: string) => s.replace(/\s+/g, ' ').replace(/[’‘]/g, '\'');
        const near = loose(article.text).includes(loose(c.quote)) ? ' (it is there with other spaces or apostrophes: copy it exactly)' : '';
        return void fail(`${where}: the quote is not verbatim in the article "${c.source}"${near}`, 'copy the sentence from the article\'s text exactly, character for character');
      }
      citations.push({ source: c.source, quote: c.quote, start, end: start + c.quote.length, dateText: null });
    });
    if (citations.length !== a.citations.length) return;
    const taken = (id: string) => events.has(id) || gone.has(id) || Object.hasOwn(mergeAliases, id) || Object.hasOwn(options.aliases ?? {}, id);
    let id = a.id ?? [dateKey(date.start, date.precision), a.type, slugify(a.place ?? a.country ?? '')].filter(Boolean).join('-');
    if (a.id && taken(a.id)) return void fail(`the id "${a.id}" is already an event's (or was one's)`, 'choose another id, or leave id out to get one made from the date, type and place');
    for (let n = 2; taken(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    const note = entry.note.trim();
    const event: EventRecord = {
      id, type: a.type, title: a.title.trim(),
      date: { ...date, derivation: 'stated' },
      country: a.country ?? null, place: a.place ?? null, agent: a.agent ?? null, patient: a.patient ?? null, count: a.count ?? null,
      citations, conflicts: [], origin: 'added',
      corrections: [{ field: 'added', from: null, to: id, note, correctedOn: correctedOn(entry) }],
    };
    events.set(id, event);
    column.push({ index, kind: 'add', event: id, title: event.title, changes: event.corrections!, note, correctedOn: correctedOn(entry) });
  }

  if (problems.length > 0) throw new CorrectionsError(correctionsMessage(options.file, problems));
  const corrected: Contract = { ...contract, events: [...events.values()].sort(byTime) };
  if (withdrawn.length > 0) corrected.withdrawn = [...(contract.withdrawn ?? []), ...withdrawn];
  return { contract: corrected, mergeAliases, withdrawn, column };
}

const citationKey = (c: Citation) => `${c.source}\u0000${c.start}\u0000${c.end}`;

/** The event with a set entry's fields, and what changed; null (after reporting) when a field changes nothing or is wrong. */
function setChanges(event: EventRecord, entry: SetEntry, report: (reason: string) => void): { event: EventRecord; list: Omit<Correction, 'note' | 'correctedOn'>[] } | null {
  const s = entry.set;
  const list: Omit<Correction, 'note' | 'correctedOn'>[] = [];
  let next: EventRecord = { ...event };
  let ok = true;
  const same = (field: string, value: unknown) => { report(`set.${field} is already ${JSON.stringify(value)}: nothing to correct`); ok = false; };
  for (const field of ['title', 'type', 'place', 'country', 'count'] as const) {
    if (!(field in s) || s[field] === undefined) continue;
    const to = s[field] as never;
    if (event[field] === to) same(field, to);
    else { list.push({ field, from: event[field], to }); next = { ...next, [field]: to }; }
  }
  if (s.date !== undefined || s.precision !== undefined) {
    // A precision alone applies to the date as it is: a finer one needs a date written to it.
    const key = s.date ?? dateKey(event.date.start, event.date.precision);
    const date = eventDateOf(key, s.precision);
    if (typeof date === 'string') { report(`set.date: ${date}`); ok = false; }
    else {
      const from = dateKey(event.date.start, event.date.precision);
      const to = dateKey(date.start, date.precision);
      if (from === to) same(s.date !== undefined ? 'date' : 'precision', s.date ?? s.precision);
      else { list.push({ field: 'date', from, to }); next = { ...next, date: { ...event.date, ...date } }; }
    }
  }
  return ok ? { event: next, list } : null;
}
