import { describe, expect, it } from 'vitest';
import {
  fromPagefindFilters,
  pagefindSort,
  parseSearchParams,
  toPagefindFilters,
  toQueryString,
} from '../../../src/lib/search-state.ts';

const labelById = new Map([
  ['rlhf', 'RLHF'],
  ['reward-modeling', 'Reward modeling, preference data'],
]);
const idByLabel = new Map([...labelById].map(([id, label]) => [label, id]));

describe('a shared search address', () => {
  it('restores the query, tag, year, code and sort from the address', () => {
    const state = parseSearchParams(new URLSearchParams('q=reward&tag=rlhf&year=2024&code=yes&sort=date'));
    expect(state).toEqual({ q: 'reward', tags: ['rlhf'], years: ['2024'], code: 'yes', sort: 'date' });
    expect(toPagefindFilters(state, labelById)).toEqual({ Tag: ['RLHF'], Year: ['2024'], Code: ['has code'] });
    expect(pagefindSort(state.sort)).toEqual({ date: 'desc' });
  });

  it('round-trips filters picked in the pane back to the same address', () => {
    const filters = { Tag: ['Reward modeling, preference data', 'RLHF'], Year: ['2023'], Code: ['no code'] };
    const state = fromPagefindFilters('reward & model', filters, idByLabel, 'upvotes');
    const qs = toQueryString(state);
    expect(qs).toBe('?q=reward+%26+model&tag=reward-modeling&tag=rlhf&year=2023&code=no&sort=upvotes');
    expect(toPagefindFilters(parseSearchParams(new URLSearchParams(qs.slice(1))), labelById)).toEqual(filters);
  });

  it('leaves defaults out so an empty search is the bare page', () => {
    expect(toQueryString(parseSearchParams(new URLSearchParams('')))).toBe('');
    expect(pagefindSort('relevance')).toEqual({});
  });

  it('ignores a hand-edited sort, code or year it does not understand', () => {
    const state = parseSearchParams(new URLSearchParams('q=x&sort=random&code=maybe&year=20x4&year=2022&tag=&tag=rlhf&tag=rlhf'));
    expect(state).toEqual({ q: 'x', tags: ['rlhf'], years: ['2022'], sort: 'relevance' });
  });

  it('treats both code values as no code filter at all', () => {
    const state = fromPagefindFilters('', { Code: ['has code', 'no code'] }, idByLabel, 'relevance');
    expect(state.code).toBeUndefined();
    expect(toQueryString(state)).toBe('');
  });
});
