/**
 * `npm run build`: content pipeline → astro build (Pagefind and the service worker run in its build:done hook).
 * One command, progress on stdout, non-zero exit on any error, optional stage times for the benchmark.
 */
import { writeFile } from 'node:fs/promises';
import { build as astroBuild } from 'astro';
import { buildContent } from './build-content.ts';
import { InputError, printProblems } from './lib/report.ts';
import { formatMs, stage, stageTimes } from './lib/progress.ts';

// Astro's telemetry would phone home from every contributor's machine and from CI.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

async function run(): Promise<void> {
  const started = performance.now();
  const { papers } = await buildContent();
  await stage('astro-build', () => astroBuild({ root: process.cwd(), logLevel: (process.env.ASTRO_LOG_LEVEL as 'info' | 'warn' | undefined) ?? 'info' }));
  const times = stageTimes();
  // Pagefind and the service worker run inside astro build; report Astro's own share separately.
  times['astro-build'] -= (times['pagefind'] ?? 0) + (times['service-worker'] ?? 0);
  const total = performance.now() - started;
  console.log(`\nBuilt ${papers} paper pages into dist/ in ${formatMs(total)}.`);
  if (process.env.BUILD_STATS_FILE) {
    await writeFile(process.env.BUILD_STATS_FILE, JSON.stringify({ papers, totalMs: Math.round(total), stages: times }, null, 2));
  }
}

run().catch((error: unknown) => {
  if (error instanceof InputError) {
    printProblems(error.problems);
    console.error(`\nBuild stopped: ${error.problems.length} problem(s) in the content; nothing was written.`);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  }
  process.exit(1);
});
