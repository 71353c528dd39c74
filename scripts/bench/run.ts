/**
 * `npm run bench -- --papers N [--seeds] [--skip-baseline] [--skip-rebuild] [--skip-ours] [--runs R]
 *    [--related N | --skip-related]
 *    [--build-cmd CMD] [--project DIR] [--work DIR] [--query Q] [--baseline-format mdx|md] [--json FILE] [--verbose]`
 *
 * Generates a synthetic catalogue (or takes the real seeds), builds the full site from it with CATALOG_SOURCES as a
 * child process, rebuilds it warm with one abstract changed, builds the bare baseline site from the same abstracts,
 * and prints one markdown table. See scripts/bench/RESULTS.md for recorded runs.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syncDirectory } from '../lib/io.ts';
import { baselineBuildCommand, writeBaselineProject } from './baseline/write.ts';
import { runMeasured, treeSize, type Measured } from './measure.ts';
import { formatReport, type BenchRow } from './report.ts';
import { benchRelated, formatRelatedBench } from './related.ts';
import { measureFirstSearch, type SearchPayload } from './search-payload.ts';
import { SEED_SOURCES_DIR, seedCorpus } from './seed-corpus.ts';
import { makeSyntheticPapers, toListingFiles, type SyntheticPaper } from './synthetic.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values: args } = parseArgs({
  options: {
    papers: { type: 'string', default: '408' },
    seeds: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    'skip-ours': { type: 'boolean', default: false },
    related: { type: 'string', default: '100000' },
    'skip-related': { type: 'boolean', default: false },
    'build-cmd': { type: 'string', default: 'npm run build' },
    project: { type: 'string', default: repoRoot },
    work: { type: 'string', default: path.join(os.tmpdir(), 'paper-atlas-bench') },
    query: { type: 'string', default: 'diffusion model' },
    'baseline-format': { type: 'string', default: 'mdx' },
    json: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const runs = Math.max(1, Number(args.runs));
const project = path.resolve(args.project);
const work = path.resolve(args.work);
const nodeModules = path.join(repoRoot, 'node_modules');
const childEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** The catalogue under test: listing files to build from and the distinct papers for the baseline. */
interface Catalogue {
  label: string;
  sourcesDir: string;
  papers: { title: string; abstract: string }[];
  /** Write the sources with one abstract changed (for the warm rebuild). */
  touchOnePaper(): Promise<void>;
  /** Write the sources as generated. */
  reset(): Promise<void>;
}

async function syntheticCatalogue(n: number, seed: number): Promise<Catalogue> {
  const t = performance.now();
  const papers = makeSyntheticPapers(n, seed);
  const sourcesDir = path.join(work, `sources-${n}-seed${seed}`);
  const write = (ps: SyntheticPaper[]) => syncDirectory(sourcesDir, new Map(toListingFiles(ps, { seed }).map((f) => [f.name, f.text])));
  await write(papers);
  log(`generated ${n} synthetic papers into ${sourcesDir} in ${Math.round(performance.now() - t)} ms`);
  return {
    label: `${n} synthetic (seed ${seed})`,
    sourcesDir,
    papers,
    touchOnePaper: async () => {
      const changed = papers.slice();
      const i = Math.floor(n / 2);
      changed[i] = { ...changed[i], abstract: `${changed[i].abstract} We also report results on one additional benchmark.` };
      await write(changed);
    },
    reset: async () => void (await write(papers)),
  };
}

function seedsCatalogue(): Catalogue {
  const sourcesDir = path.join(work, 'sources-seeds');
  const copy = () => {
    rmSync(sourcesDir, { recursive: true, force: true });
    cpSync(SEED_SOURCES_DIR, sourcesDir, { recursive: true });
  };
  copy();
  return {
    label: 'seeds (content/sources)',
    sourcesDir,
    papers: seedCorpus().papers,
    touchOnePaper: async () => {
      copy();
      const name = readdirSync(sourcesDir).sort()[0];
      const file = path.join(sourcesDir, name);
      const lines = readFileSync(file, 'utf8').split('\n');
      const i = lines.findIndex((l) => l.length >= 200);
      lines[i] = `${lines[i]} We also report results on one additional benchmark.`;
      writeFileSync(file, lines.join('\n'));
    },
    reset: async () => copy(),
  };
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

function clean(root: string, paths: string[]) {
  for (const p of paths) rmSync(path.join(root, p), { recursive: true, force: true });
}

// What a cold build must not find: output, Astro/Vite caches and the generated MDX pages.
const OUR_BUILD_STATE = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'content/papers'];
const BASELINE_BUILD_STATE = ['dist', '.astro', '.bench-cache'];

function check(what: string, m: Measured) {
  if (m.exitCode !== 0) throw new Error(`${what} failed with exit code ${m.exitCode}:\n${m.tail}`);
}

async function payload(dist: string): Promise<SearchPayload | undefined> {
  const dir = path.join(dist, 'pagefind');
  if (!existsSync(path.join(dir, 'pagefind.js'))) return undefined;
  return measureFirstSearch(dir, args.query);
}

function readStats(file: string): Record<string, number> | undefined {
  if (!existsSync(file)) return undefined;
  const stats = JSON.parse(readFileSync(file, 'utf8')) as { stages?: Record<string, number> };
  return stats.stages;
}

async function benchOurs(cat: Catalogue, run: number, mode: 'cold' | 'rebuild'): Promise<BenchRow> {
  const statsFile = path.join(work, `stats-${mode}-${run}.json`);
  rmSync(statsFile, { force: true });
  if (mode === 'cold') {
    clean(project, OUR_BUILD_STATE);
    await cat.reset();
  } else {
    await cat.touchOnePaper();
  }
  log(`ours ${mode} #${run}: ${args['build-cmd']} (in ${project})`);
  const m = await runMeasured(args['build-cmd'], {
    cwd: project,
    env: { ...childEnv, CATALOG_SOURCES: cat.sourcesDir, BUILD_STATS_FILE: statsFile },
    verbose: args.verbose,
  });
  check(`build (${mode})`, m);
  const dist = path.join(project, 'dist');
  return { site: mode === 'cold' ? 'ours' : 'ours, 1 paper changed', run, measured: m, stages: readStats(statsFile), size: treeSize(dist), search: await payload(dist) };
}

async function benchBaseline(cat: Catalogue, run: number): Promise<BenchRow> {
  const format = args['baseline-format'] === 'md' ? 'md' : 'mdx';
  const dir = path.join(work, `baseline-${format}`);
  clean(dir, [...BASELINE_BUILD_STATE, 'content']);
  await writeBaselineProject(dir, cat.papers, nodeModules, format);
  log(`baseline (${format}) #${run}: astro build + pagefind (in ${dir})`);
  const m = await runMeasured(baselineBuildCommand(nodeModules), { cwd: dir, env: childEnv, verbose: args.verbose });
  check('baseline build', m);
  const dist = path.join(dir, 'dist');
  const size = treeSize(dist);
  if (size.htmlFiles < cat.papers.length) throw new Error(`baseline built ${size.htmlFiles} pages for ${cat.papers.length} papers`);
  return { site: format === 'mdx' ? 'baseline' : 'baseline (.md)', run, measured: m, size, search: await payload(dist) };
}

async function main() {
  mkdirSync(work, { recursive: true });
  const cat = args.seeds ? seedsCatalogue() : await syntheticCatalogue(Number(args.papers), Number(args.seed));
  const rows: BenchRow[] = [];
  for (let run = 1; run <= runs; run++) {
    if (!args['skip-ours']) {
      rows.push(await benchOurs(cat, run, 'cold'));
      if (!args['skip-rebuild']) rows.push(await benchOurs(cat, run, 'rebuild'));
    }
    if (!args['skip-baseline']) rows.push(await benchBaseline(cat, run));
  }
  await cat.reset();
  if (!args['skip-ours']) log(`note: ${project}/dist and content/papers now hold the benchmark catalogue; rebuild before publishing`);
  const machine = `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
  process.stdout.write(formatReport({ catalogue: cat.label, papers: cat.papers.length, machine, buildCmd: args['build-cmd'], query: args.query, rows }));
  if (!args['skip-related']) {
    // Related papers are the one all-pairs-shaped step; its budget is set for 100,000 papers, beyond what we build here.
    const related = await benchRelated(Number(args.related));
    process.stdout.write(`\nRelated papers (sparse tf-idf):\n- ${formatRelatedBench(related.seeds)}\n- ${formatRelatedBench(related.synthetic)}\n`);
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ catalogue: cat.label, papers: cat.papers.length, machine, rows }, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`[bench] ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
