import { describe, expect, it } from 'vitest';
import { papersJson, serialisePapersJson } from '../../../src/lib/papers-json.ts';
import { paper } from './helpers.ts';

describe('/papers.json', () => {
  const papers = [
    paper({ id: 'zeta', date: '2024-01-01', related: [{ id: 'alpha', score: 0.5, terms: [], tags: [] }] }),
    paper({ id: 'alpha', org: 'Lab', upvotes: 3 }),
  ];
  it('lists papers by id with site-relative URLs that include the base', () => {
    const out = papersJson(papers, '/atlas/');
    expect(out.map((p) => p.id)).toEqual(['alpha', 'zeta']);
    expect(out[1]!.url).toBe('/atlas/papers/zeta/');
    expect(out[1]!.related).toEqual(['alpha']);
  });
  it('omits absent optional fields and serialises identically whatever the input order', () => {
    const out = papersJson(papers, '/');
    expect('date' in out[0]!).toBe(false);
    expect(out[0]!.org).toBe('Lab');
    expect(serialisePapersJson([...papers].reverse(), '/')).toBe(serialisePapersJson(papers, '/'));
  });
});
