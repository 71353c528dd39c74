/**
 * A stand-in for `npm run build` that honours the same contract (CATALOG_SOURCES in, dist/ and BUILD_STATS_FILE out)
 * by building the bare baseline site in the current directory. It lets the harness be tested end to end without the
 * real pipeline:
 *   npm run bench -- --papers 408 --project /tmp/paper-atlas-bench/stub \
 *     --build-cmd "$PWD/node_modules/.bin/node $PWD/scripts/bench/stub-build.ts"
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readListings, writeTextAtomic } from '../lib/io.ts';
import { baselineBuildCommand, writeBaselineProject } from './baseline/write.ts';
import { corpusFromListings } from './seed-corpus.ts';

const nodeModules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules');
const sources = process.env.CATALOG_SOURCES;
if (!sources) throw new Error('CATALOG_SOURCES is not set');
const stages: Record<string, number> = {};
const time = async (stage: string, work: () => unknown) => {
  const t = performance.now();
  await work();
  stages[stage] = Math.round(performance.now() - t);
};

let papers: { title: string; abstract: string }[] = [];
await time('ingest', async () => (papers = corpusFromListings(await readListings(sources)).papers));
await time('enrich', () => undefined);
await time('mdx-write', () => writeBaselineProject(process.cwd(), papers, nodeModules));
const [astro, pagefind] = baselineBuildCommand(nodeModules).split(' && ');
await time('astro-build', () => execSync(astro, { stdio: 'inherit' }));
await time('pagefind', () => execSync(pagefind, { stdio: 'inherit' }));
await time('service-worker', () => undefined);
if (process.env.BUILD_STATS_FILE) {
  await writeTextAtomic(process.env.BUILD_STATS_FILE, `${JSON.stringify({ papers: papers.length, stages })}\n`);
}
