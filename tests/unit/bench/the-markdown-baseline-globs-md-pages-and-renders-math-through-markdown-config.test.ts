import { describe, expect, it } from 'vitest';
import { baselinePages, baselineScaffold } from '../../../scripts/bench/baseline/project.ts';

describe('baseline format', () => {
  it('writes .md pages, globs *.md and configures math for Markdown when asked for md', () => {
    const pages = baselinePages([{ title: 'Bandit Regret', abstract: 'We prove mathcal{O}(sqrt{T}) regret.' }], 'md');
    expect([...pages.keys()]).toEqual(['bandit-regret.md']);
    const files = baselineScaffold('md');
    expect(files.get('src/content.config.ts')).toContain("pattern: '*.md'");
    expect(files.get('astro.config.mjs')).toContain('markdown: { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }');
    expect(files.get('astro.config.mjs')).not.toContain('@astrojs/mdx');
  });

  it('globs *.mdx and uses the MDX integration by default', () => {
    expect(baselineScaffold().get('src/content.config.ts')).toContain("pattern: '*.mdx'");
    expect(baselineScaffold().get('astro.config.mjs')).toContain('mdx({ processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) })');
  });
});
