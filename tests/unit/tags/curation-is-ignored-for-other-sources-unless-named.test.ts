import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkContent } from '../../../scripts/check.ts';
import { curationDir } from '../../../scripts/lib/tags/content-paths.ts';
import { FIXTURES } from './fixtures.ts';

const root = path.join(FIXTURES, 'site');

describe('which curation folder applies', () => {
  it('uses content/curation for the default catalogue', () => {
    expect(curationDir({})).toBe('content/curation');
  });

  it('applies no curation when CATALOG_SOURCES points elsewhere, so unknown ids cannot fail the build', async () => {
    expect(curationDir({ CATALOG_SOURCES: '/data/other' })).toBeUndefined();
    const { problems, curation } = await checkContent({ env: { CATALOG_SOURCES: '/data/other' }, root, paperIds: new Set(['x']) });
    expect(problems).toEqual([]);
    expect(curation.size).toBe(0);
  });

  it('applies CATALOG_CURATION when it names a folder', async () => {
    const env = { CATALOG_SOURCES: '/data/other', CATALOG_CURATION: 'other-curation' };
    const { problems, curation } = await checkContent({ env, root, paperIds: new Set(['a-paper-from-other-listings']) });
    expect(problems).toEqual([]);
    expect(curation.get('a-paper-from-other-listings')).toEqual({ add: ['rlhf'], remove: [] });
  });
});
