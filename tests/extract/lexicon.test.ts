import { describe, expect, it } from 'vitest';
import { compileEntry, nounForms, verbForms } from '../../src/extract/lexicon.ts';
import { inflection } from '../../src/locales/fr/inflection.ts';
import { matchAll } from '../../src/extract/patterns.ts';
import { fold } from '../../src/extract/fold.ts';

describe('verbForms', () => {
  it('generates agreed participles and finite forms from an infinitive and its class', () => {
    const forms = verbForms({ type: 'arrest', verb: 'arrêter', examples: [] }, inflection);
    expect(forms).toEqual(expect.arrayContaining(['arrete', 'arretee', 'arretes', 'arretees', 'arretent', 'arretait', 'arreterent', 'arretant', 'arreter']));
  });

  it('takes an irregular participle and agrees it', () => {
    const forms = verbForms({ type: 'arrest', verb: 'détenir', participle: 'détenu', finite: ['détient'], examples: [] }, inflection);
    expect(forms).toEqual(expect.arrayContaining(['detenu', 'detenue', 'detenus', 'detenues', 'detient', 'detenir']));
  });
});

describe('nounForms', () => {
  it('adds the plural ending unless the entry gives one', () => {
    expect(nounForms({ type: 'arrest', noun: 'arrestation', examples: [] }, inflection)).toEqual({ singular: 'arrestation', plural: 'arrestations' });
    expect(nounForms({ type: 'coup', noun: "coup d'État", plural: "coups d'État", examples: [] }, inflection).plural).toBe("coups d'etat");
  });
});

describe('compileEntry', () => {
  const find = (rule: ReturnType<typeof compileEntry>, text: string) => matchAll(rule.pattern, {}, fold(text)).map((m) => m[0]);

  it('lets a few words stand between a verb and its complement', () => {
    const rule = compileEntry({ type: 'arrest', verb: 'placer', complement: 'en résidence surveillée', examples: [] }, inflection);
    expect(find(rule, 'Ils ont placé hier soir le ministre en résidence surveillée.')).toEqual(['place hier soir le ministre en residence surveillee']);
  });

  it('keeps out forms after the words that change their sense', () => {
    const rule = compileEntry({ type: 'arrest', verb: 'arrêter', notAfter: ["s'est "], examples: [] }, inflection);
    expect(find(rule, "Le convoi s'est arrêté.")).toEqual([]);
    expect(find(rule, 'La police a arrêté deux hommes.')).toEqual(['arrete']);
  });

  it('marks plural nouns, which may report several events', () => {
    const rule = compileEntry({ type: 'arrest', noun: 'arrestation', examples: [] }, inflection);
    expect(matchAll(rule.pattern, {}, 'les arrestations de mardi')[0]!.groups!.plural).toBe('arrestations');
  });
});
