import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { baselinePages } from '../../../scripts/bench/baseline/project.ts';

const tricky = [
  { title: 'Regret {Bounds} <Online>', abstract: 'We prove mathcal{O}(T^{2/3}) regret when a < b and d > 3, see <https> and {x}.' },
  { title: 'Export Control', abstract: 'export const x = 1; and import y from "z" are words here, with tilde O(d^2 varepsilon^{-2}).' },
];

describe('baseline MDX pages', () => {
  it('compile although abstracts contain braces, angle brackets and import/export words', async () => {
    const pages = baselinePages(tricky);
    expect([...pages.keys()]).toEqual(['regret-bounds-online.mdx', 'export-control.mdx']);
    for (const text of pages.values()) {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const js = String(await compile(body, { remarkPlugins: [remarkMath] }));
      expect(js).not.toMatch(/^export const x/m);
    }
    const first = [...pages.values()][0];
    expect(first).toContain('title: "Regret {Bounds} <Online>"');
    expect(first).toContain('mathcal\\{O\\}(T^\\{2/3\\})');
  });
});
