import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../scripts/check.ts';
import { FIXTURES } from './fixtures.ts';
import path from 'node:path';

afterEach(() => vi.restoreAllMocks());

async function check(env: NodeJS.ProcessEnv, paperIds: string[]) {
  const lines: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((s: string) => void lines.push(s));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  const code = await run({ env, root: path.join(FIXTURES, 'site'), paperIds: new Set(paperIds) });
  return { code, lines };
}

describe('npm run check output', () => {
  it('prints path:line:col and a GitHub annotation under CI=true, and exits 1', async () => {
    const { code, lines } = await check({ CI: 'true' }, []);
    expect(code).toBe(1);
    expect(lines).toContain('content/curation/a-paper-about-diffusion.yml:1:1 unknown paper id "a-paper-about-diffusion": the file name must be the id of a catalogued paper (see its page URL /papers/<id>/)');
    expect(lines).toContain('::error file=content/curation/a-paper-about-diffusion.yml,line=1,col=1::unknown paper id "a-paper-about-diffusion": the file name must be the id of a catalogued paper (see its page URL /papers/<id>/)');
  });

  it('prints no annotations outside CI', async () => {
    const { code, lines } = await check({}, []);
    expect(code).toBe(1);
    expect(lines.some((l) => l.startsWith('::error'))).toBe(false);
  });

  it('exits 0 when the taxonomy and curation are valid', async () => {
    const { code, lines } = await check({ CI: 'true' }, ['a-paper-about-diffusion']);
    expect(code).toBe(0);
    expect(lines).toEqual([]);
  });
});
