import { expect, it } from 'vitest';
import { checkLinks } from '../../../scripts/lib/site-check/check-links.ts';
import { loadDist } from './load-fixture.ts';

const check = (name: string, base: string) => {
  const { files, pages, sources } = loadDist('base-path', name);
  return checkLinks(sources, pages, files, { base, siteUrl: 'https://atlas.test' }).problems;
};

it('passes a site built for /atlas/ when checked at /atlas/, with or without slashes in the setting', () => {
  expect(check('good', '/atlas/')).toEqual([]);
  expect(check('good', 'atlas')).toEqual([]);
});

it('reports a root link that forgets the /atlas/ base path', () => {
  const problems = check('bad', '/atlas/');
  expect(problems).toHaveLength(1);
  expect(problems[0]!.file).toBe('dist/papers/x/index.html');
  expect(problems[0]!.message).toContain('outside the base path /atlas/');
});

it('fails every root link of an /atlas/ build checked as if served at /', () => {
  expect(check('good', '/').length).toBeGreaterThan(3);
});
