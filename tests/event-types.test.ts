/**
 * A type added through the registry alone: a toy "kidnapping" entry appended to the list in
 * src/event-types.ts (swapped here with vi.mock, nothing else changed), with its
 * trigger lemmas and title templates in a test locale. It must flow through extraction, the
 * contract's schema, the site's labels, styles and URL state, and the timeline's type lists,
 * density strip included.
 */
import { describe, expect, it, vi } from 'vitest';
import type { EventTypeEntry } from '../src/event-types.ts';

const kidnapping: EventTypeEntry = {
  id: 'kidnapping', label: 'Enlèvement', plural: 'Enlèvements',
  colour: { light: '#6a1b9a', dark: '#d7a6ff' },
  symbol: (r) => `M${-r},${-r}H${r}V${r}H${-r}Z`,
  badge: 'border-radius: 2px;',
  roles: { patient: true, agent: true }, defaultAgent: null, placedBy: 'words',
};

vi.mock('../src/event-types.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/event-types.ts')>();
  return { eventTypes: [...original.eventTypes, kidnapping] };
});

const { EVENT_TYPES } = await import('../src/extract/types.ts');
const { contractSchema } = await import('../src/extract/schema.ts');
const { extractCorpus } = await import('../src/extract/pipeline.ts');
const { readArticle } = await import('../src/extract/read.ts');
const { compileLexicon } = await import('../src/extract/lexicon.ts');
const { fr } = await import('../src/locales/fr/index.ts');
const { inflection } = await import('../src/locales/fr/inflection.ts');
const { TYPES, defaultOptions } = await import('../src/timeline/options.ts');
const { symbolPath } = await import('../src/timeline/symbols.ts');
const { indexShown } = await import('../src/timeline/viewport.ts');
const { canvasRenderer } = await import('../src/timeline/canvas.ts');
const { timeScale } = await import('../src/timeline/scale.ts');
const { ALL_TYPES, parseState, serializeState, defaultState } = await import('../src/site/state.ts');
const { typeLabels, typePlural } = await import('../src/site/strings.fr.ts');
const { typeStylesheet } = await import('../src/site/type-styles.ts');
const { eventTypes } = await import('../src/event-types.ts');

type Type = (typeof EVENT_TYPES)[number];
const KIDNAPPING = 'kidnapping' as Type;

/** French with the toy type's words: a verb and a noun as lemmas, and how titles say it. */
const locale = {
  ...fr,
  triggers: [...fr.triggers, ...compileLexicon([
    { type: KIDNAPPING, verb: 'enlever', needsPerson: true, examples: ['Des hommes armés ont enlevé deux journalistes.'] },
    { type: KIDNAPPING, noun: 'enlèvement', examples: ["L'enlèvement de deux journalistes, le 2 mars 2025, a été confirmé."] },
  ], inflection)],
  titles: { ...fr.titles, templates: { ...fr.titles.templates, [KIDNAPPING]: ['Enlèvement de {patient} {in}', 'Enlèvement {in}'] } },
};

const article = `---
published: 2025-03-04
---
Des hommes armés ont enlevé deux journalistes français le 2 mars 2025 près de Kayes, au Mali, selon un élu de la région.
Le 3 mars 2025, la police a arrêté trois suspects à Bamako.
`;

describe('a type added through the registry alone', () => {
  it('is in every type list derived from the registry', () => {
    expect(EVENT_TYPES).toEqual(['coup', 'arrest', 'expulsion', 'kidnapping']);
    expect(TYPES).toEqual(EVENT_TYPES);
    expect(ALL_TYPES).toEqual(EVENT_TYPES);
    expect(typeLabels[KIDNAPPING]).toBe('Enlèvement');
    expect(typePlural[KIDNAPPING]).toBe('Enlèvements');
    expect(defaultOptions.typeLabels[KIDNAPPING]).toBe('kidnapping');
    expect(symbolPath(KIDNAPPING, 12)).toBe('M-6,-6H6V6H-6Z');
  });

  it('is extracted, titled in French and valid in the contract', () => {
    const contract = extractCorpus([readArticle('rapt', 'rapt.txt', article)], { locales: { fr: locale }, fallback: 'fr' });
    expect(() => contractSchema.parse(contract)).not.toThrow();
    const taken = contract.events.find((e) => e.type === KIDNAPPING);
    expect(taken).toMatchObject({ date: { start: '2025-03-02', precision: 'day' }, country: 'ML', count: 2 });
    expect(taken!.title).toBe('Enlèvement de deux journalistes français au Mali');
    expect(taken!.id).toBe('2025-03-02-kidnapping-mali-france');
    // The other types still read as before beside it.
    expect(contract.events.map((e) => e.type).sort()).toEqual(['arrest', 'kidnapping']);
  });

  it('is a filter of the URL state', () => {
    const state = { ...defaultState(), types: [KIDNAPPING] };
    const { search } = serializeState(state);
    expect(search).toBe('?types=kidnapping');
    expect(parseState(search, '').types).toEqual([KIDNAPPING]);
    expect(parseState('', '').types).toContain(KIDNAPPING);
  });

  it('has its colour, badge and marks in the generated stylesheet', () => {
    const css = typeStylesheet(eventTypes);
    expect(css).toContain('--kidnapping: light-dark(#6a1b9a, #d7a6ff);');
    expect(css).toContain('.badge--kidnapping::before { border-radius: 2px; }');
    expect(css).toContain('.mark--kidnapping { color: var(--kidnapping); }');
  });

  it('has a band of its own in the density strip', () => {
    const events = ['coup', 'arrest', 'expulsion', 'kidnapping'].flatMap((type, t) => Array.from({ length: 5 }, (_, i) => ({
      id: `${type}-${i}`, type: type as Type, title: type, dateText: '', date: { start: `2025-0${t + 1}-1${i}`, end: `2025-0${t + 1}-1${i}`, precision: 'day' as const },
    })));
    const shown = indexShown(events, new Set(events.map((e) => e.id)));
    expect(shown.types).toEqual(EVENT_TYPES);
    // A canvas that records what is filled, in which colour, with colours resolved as CSS would.
    const fills: string[] = [];
    const ctx = { setTransform() {}, clearRect() {}, beginPath() {}, rect() {}, fill() { fills.push(this.fillStyle); }, fillStyle: '' };
    const canvas = { width: 0, height: 0, style: { color: '', width: '', height: '' }, getContext: () => ctx };
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    vi.stubGlobal('getComputedStyle', (el: typeof canvas) => ({ color: el.style.color }));
    try {
      const renderer = canvasRenderer(canvas as unknown as HTMLCanvasElement);
      const context = renderer.context(600, 400)!;
      const scale = timeScale().domain([Date.UTC(2025, 0, 1), Date.UTC(2025, 5, 1)]).range([0, 600]);
      renderer.density(context as unknown as CanvasRenderingContext2D, shown, { lo: 0, hi: events.length }, scale, (t) => 40 + t * 50);
      expect(fills).toEqual(['var(--coup)', 'var(--arrest)', 'var(--expulsion)', 'var(--kidnapping)']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
