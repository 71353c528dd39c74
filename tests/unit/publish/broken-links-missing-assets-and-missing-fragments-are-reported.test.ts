import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../scripts/lib/site-check/check-links.ts';
import { loadDist } from './load-fixture.ts';

const check = (name: string) => {
  const { files, pages, sources } = loadDist(name);
  return checkLinks(sources, pages, files, { base: '/' });
};

describe('link and asset check', () => {
  it('passes a site whose links, stylesheet url(), image and fragments all resolve, counting external links', () => {
    const { problems, stats } = check('good');
    expect(problems).toEqual([]);
    expect(stats.external).toBe(2);
    expect(stats.internal).toBeGreaterThanOrEqual(9);
  });

  it('reports a link to a page that does not exist, at its line and column', () => {
    const { problems } = check('broken-link');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'dist/papers/x/index.html', line: 12, col: 16 });
    expect(problems[0]!.message).toContain('"/papers/missing/" is broken');
  });

  it('reports a missing image and the stylesheet url() that points at it', () => {
    const { problems } = check('missing-asset');
    const files = problems.map((p) => p.file);
    expect(files).toContain('dist/_astro/site.css');
    expect(files).toContain('dist/index.html');
    expect(problems.every((p) => p.message.includes('img/logo.png'))).toBe(true);
  });

  it('reports a #fragment that names no element on the target page', () => {
    const { problems } = check('missing-fragment');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('no element with id "abstract"');
  });
});
