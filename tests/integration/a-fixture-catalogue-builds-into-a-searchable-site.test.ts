import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { paperId } from '../../scripts/lib/records/ids.ts';
import { runBuild, type BuildRun } from '../helpers/run-build.ts';

let build: BuildRun;
const page = (id: string) => readFileSync(path.join(build.distDir, 'papers', id, 'index.html'), 'utf8');
const hostileId = 'hostile-abstracts-process-exit-1-and-script-in-titles';
const ctmId = paperId('Consistency Trajectory Models: Learning Probability Flow ODE Trajectory of Diffusion');
const paperDirs = () => readdirSync(path.join(build.distDir, 'papers'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
/** The markup outside attribute values (a `<` inside a quoted attribute is inert text). */
const markup = (html: string) => html.replace(/"[^"]*"/g, '""');

describe('npm run build on a small fixture catalogue (CATALOG_SOURCES)', () => {
  beforeAll(async () => {
    build = await runBuild('tests/fixtures/catalogue/sources');
    if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  });

  it('writes one page per distinct paper, merging the paper listed twice', () => {
    expect(paperDirs()).toEqual([ctmId, hostileId, 'reward-models-for-preference-optimization-in-language-model-alignment'].sort());
  });

  it('exports every paper in papers.json with its listings, date, authors and upvotes', () => {
    const papers = JSON.parse(readFileSync(path.join(build.distDir, 'papers.json'), 'utf8'));
    const ctm = papers.find((p: { id: string }) => p.id === ctmId);
    expect(ctm).toMatchObject({ url: `/papers/${ctmId}/`, date: '2023-10-19', authors: 5, upvotes: 12 });
    expect(ctm.sources.map((s: { file: string }) => s.file)).toEqual(['001_layout_a.txt', '002_layout_c.txt']);
    expect(papers.find((p: { id: string }) => p.id.startsWith('reward-models')).org).toBe('MMR1');
  });

  it('shows hostile text literally and never as markup', () => {
    const html = page(hostileId);
    expect(html).toContain('{process.exit(1)}');
    expect(html).toContain('n&lt;10');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup(html)).not.toContain('<script>alert(1)');
    expect(html).toContain('$5 and $10');
    expect(html).toContain('`backticks`');
    expect(html).toContain('&lt;!-- comments --&gt;');
  });

  it('renders recovered math with KaTeX and links the code URL', () => {
    const html = page(hostileId);
    expect(html).toContain('class="katex"');
    expect(html).toContain('<annotation encoding="application/x-tex">\\mathcal{O}(T^{2/3})</annotation>');
    expect(html).toContain('href="https://github.com/example/hostile_repo"');
  });

  it('contains no KaTeX error and no CDN reference anywhere', () => {
    for (const id of paperDirs()) {
      const html = page(id);
      expect(html).not.toContain('katex-error');
      expect(html).not.toMatch(/cdn\.jsdelivr|unpkg\.com|cdnjs/);
    }
  });

  it('keeps a math abstract exactly as listed and indexes that text instead of the KaTeX markup', () => {
    const listed = readFileSync('tests/fixtures/catalogue/sources/001_layout_a.txt', 'utf8').split(/\r?\n/)[12]!.trim();
    const html = page(hostileId);
    const shown = /<p class="as-listed-text">([^]*?)<\/p>/.exec(html)?.[1] ?? '';
    const text = shown.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(text).toBe(listed);
    const fragments = readdirSync(path.join(build.distDir, 'pagefind', 'fragment'))
      .map((f) => JSON.parse(gunzipSync(readFileSync(path.join(build.distDir, 'pagefind', 'fragment', f))).toString().replace(/^pagefind_dcd/, '')));
    const indexed = fragments.find((f) => f.url === `/papers/${hostileId}/`).content as string;
    expect(indexed).toContain('A regret bound of mathcal{O}(T^{2/3}) is math.');
    expect(indexed).not.toContain('\\mathcal');
    expect(indexed).not.toContain('Abstract as listed');
  });

  it('shows "Listed in" as plain file:line when the build did not read content/sources', () => {
    const html = page(ctmId);
    expect(html).toContain('<code>001_layout_a.txt</code>, line');
    expect(html).not.toContain('/blob/main/content/sources/');
  });

  it('builds a Pagefind index and reports stage times', () => {
    expect(existsSync(path.join(build.distDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    const stats = JSON.parse(readFileSync(build.statsFile, 'utf8'));
    expect(stats.papers).toBe(3);
    expect(Object.keys(stats.stages)).toEqual(expect.arrayContaining(['ingest', 'enrich', 'mdx-write', 'astro-build', 'pagefind']));
  });

  it('renders the authored About page (MDX) with its math and base-aware links, linked from every page', () => {
    const about = readFileSync(path.join(build.distDir, 'about', 'index.html'), 'utf8');
    expect(about).toContain('<h1 id="about-paper-atlas">About Paper Atlas</h1>');
    expect(about).toMatch(/<span class="katex">[\s\S]*mathcal\{O\}\(T\^\{2\/3\}\)/);
    expect(about).toContain('href="/tags/">all tags</a>');
    expect(page(hostileId)).toContain('href="/about/">About</a>');
  });
});

describe('npm run build on a listing it cannot understand', () => {
  it('names the file and line, exits non-zero and writes nothing', async () => {
    const broken = await runBuild('tests/fixtures/catalogue/broken-sources');
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/001_broken\.txt:\d+:\d+ /);
    expect(existsSync(broken.papersDir)).toBe(false);
    expect(existsSync(broken.distDir)).toBe(false);
  });
});
