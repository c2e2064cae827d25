import { describe, expect, it } from 'vitest';
import { chartColumns, registerSources, searchColumns, searchText, yearDetails, byYear, sourceName } from '../../src/site/view.ts';
import { chartEvents } from '../../src/site/timeline-data.ts';
import { concernedCountries } from '../../src/site/countries.ts';
import { extractFolder } from '../helpers.ts';

const contract = extractFolder('seeds:tests/fixtures/world:tests/fixtures/newsroom');
const events = [...contract.events].sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1));
const sources = new Map(contract.sources.map((s) => [s.id, s]));
registerSources(contract.sources);

describe('the chart data (/frise.json)', () => {
  it('comes back, through JSON, as the events the chart draws, in order', () => {
    const back = chartEvents(JSON.parse(JSON.stringify(chartColumns(events))));
    expect(back).toHaveLength(events.length);
    back.forEach((b, i) => {
      const e = events[i]!;
      expect(b).toMatchObject({ id: e.id, type: e.type, title: e.title, date: { start: e.date.start, end: e.date.end, precision: e.date.precision },
        place: e.place, country: e.country, countries: concernedCountries(e), sources: new Set(e.citations.map((c) => c.source)).size });
      expect(b.dateText).toMatch(/\d{4}/);
      expect(b.countryName === null).toBe(e.country === null);
    });
  });

  it('holds no quotes and no participants: those come with a year, when a card is opened', () => {
    const json = JSON.stringify(chartColumns(events));
    for (const e of events) for (const c of e.citations) expect(json).not.toContain(c.quote);
    expect(json.length / events.length).toBeLessThan(300);
  });
});

describe('the details of a year (/annees/<year>.json)', () => {
  it('give every event of the year its participants and citations, and name each source as pages do', () => {
    for (const [, list] of byYear(events)) {
      const d = yearDetails(list, sources);
      expect(Object.keys(d.events)).toEqual(list.map((e) => e.id));
      for (const e of list) {
        expect(d.events[e.id]).toEqual({ agent: e.agent, patient: e.patient, citations: e.citations.map((c) => [c.source, c.quote]) });
        for (const c of e.citations) expect(d.names[c.source]).toBe(sourceName(sources.get(c.source), c.source));
      }
    }
  });
});

describe('the search index (/recherche.json)', () => {
  it('is in the chart order, with the text the query is matched against and the sources', () => {
    const s = searchColumns(events);
    expect(s.id).toEqual(events.map((e) => e.id));
    expect(s.text).toEqual(events.map(searchText));
    expect(s.sources[0]!.split('/')).toEqual([...new Set(events[0]!.citations.map((c) => c.source))]);
  });
});
