/**
 * `npm run check:site [distDir]`: checks a built site — internal links and assets, HTML validity, feeds, BibTeX and
 * papers.json — for the base path in SITE_BASE (default `/`). Prints `file:line:col message` per problem.
 */
import path from 'node:path';
import { printProblems } from './lib/report.ts';
import { checkSite } from './lib/site-check/check-site.ts';

async function run(): Promise<void> {
  const distDir = path.resolve(process.argv[2] ?? 'dist');
  const base = process.env.SITE_BASE ?? '/';
  const siteUrl = process.env.SITE_URL ?? 'https://paper-atlas.github.io';
  const validateLimit = Number(process.env.CHECK_SITE_VALIDATE_LIMIT ?? 1000);
  const started = performance.now();
  const { problems, stats } = await checkSite(distDir, { base, siteUrl, validateLimit });
  printProblems(problems);
  const sampled = stats.validated < stats.pages ? ` (all non-paper pages and a sample of paper pages)` : '';
  console.log(
    `check:site ${path.relative(process.cwd(), distDir) || '.'} at base ${base}: ${stats.pages} pages, ` +
      `${stats.internalLinks} internal links/assets checked, ${stats.externalLinks} external links counted (not fetched), ` +
      `${stats.validated} pages HTML-validated${sampled}, ${stats.feeds} feeds, ${stats.bibFiles} .bib files ` +
      `in ${Math.round(performance.now() - started)} ms ${JSON.stringify(stats.ms)}`,
  );
  if (problems.length) {
    console.error(`\n${problems.length} problem(s) in the built site.`);
    process.exit(1);
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
