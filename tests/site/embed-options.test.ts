import { describe, expect, it } from 'vitest';
import { defaultEmbedOptions, eventEmbedSearch, parseEmbedOptions, timelineEmbedSearch } from '../../src/site/embed-options.ts';
import { defaultState, parseState } from '../../src/site/state.ts';

describe('embed options', () => {
  it('default to a light frame with its title, no list, and the content\'s height', () => {
    expect(parseEmbedOptions('')).toEqual({ title: true, list: false, theme: 'light', height: null });
  });

  it('read titre, liste, theme and height, and ignore bad values', () => {
    expect(parseEmbedOptions('?titre=0&liste=1&theme=dark&height=480')).toEqual({ title: false, list: true, theme: 'dark', height: 480 });
    expect(parseEmbedOptions('?theme=auto').theme).toBe('auto');
    for (const bad of ['?theme=<script>', '?height=10', '?height=99999', '?height=4e2', '?height=-300', '?height=300px', '?liste=oui']) {
      expect(parseEmbedOptions(bad), bad).toEqual(defaultEmbedOptions());
    }
  });

  it('write the view and the options of a timeline embed, defaults left out', () => {
    const state = { ...defaultState(), country: 'ML', query: 'putsch', from: '2021-01-01', selected: '2021-coup-mali' };
    const search = timelineEmbedSearch(state, { title: false, list: true, theme: 'auto', height: 600 });
    expect(search).toBe('?pays=ML&q=putsch&from=2021-01-01&event=2021-coup-mali&titre=0&liste=1&theme=auto&height=600');
    expect(parseState(search, '')).toEqual(state);
    expect(parseEmbedOptions(search)).toEqual({ title: false, list: true, theme: 'auto', height: 600 });
    expect(timelineEmbedSearch(defaultState(), defaultEmbedOptions())).toBe('');
  });

  it('give a single event\'s embed only its theme and height', () => {
    expect(eventEmbedSearch({ title: false, list: true, theme: 'dark', height: null })).toBe('?theme=dark');
  });
});
