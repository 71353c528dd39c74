/**
 * `node scripts/bench/profile-stages.ts --papers N [--seed S] [--hash]`: runs our own content stages in one
 * process on a synthetic catalogue (no disk except reading tags/curation) and prints per-stage CPU time, so the
 * slope of ingest / enrich / render can be compared across sizes without Astro's noise. Run it under
 * `node --cpu-prof` (e.g. `node --cpu-prof scripts/bench/profile-stages.ts …`) to see where the time goes. `--hash` prints one
 * SHA-256 over all rendered pages, to prove an optimisation left the output byte-identical.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { checkContent } from '../check.ts';
import { enrich, ingest, renderPages } from '../build-content.ts';
import { addMath } from '../lib/math/add-math.ts';
import { tagPapers } from '../lib/tags/tagger.ts';
import { relatePapers } from '../lib/links/related.ts';
import { linkMentions } from '../lib/links/mentions.ts';
import { makeSyntheticPapers, toListingFiles } from './synthetic.ts';

const { values: args } = parseArgs({
  options: {
    papers: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    hash: { type: 'boolean', default: false },
  },
});

function timed<T>(name: string, work: () => T, into: Record<string, number>): T {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const out = work();
  const used = process.cpuUsage(cpu);
  into[name] = Math.round(performance.now() - t);
  into[`${name} (cpu)`] = Math.round((used.user + used.system) / 1000);
  return out;
}

const n = Number(args.papers);
const times: Record<string, number> = {};
const listings = timed('generate', () => toListingFiles(makeSyntheticPapers(n, Number(args.seed)), { seed: Number(args.seed) }), times);
const merged = timed('ingest', () => ingest(listings), times);
const content = await checkContent({ paperIds: new Set(merged.map((p) => p.id)) });
if (content.problems.length > 0) throw new Error(`content problems: ${content.problems.length}`);
// enrich() is timed as a whole and step by step (the steps are rerun on the same input; they are pure).
const papers = timed('enrich', () => enrich(merged, content), times);
const withMath = timed('  math', () => addMath(merged), times);
const tagged = timed('  tags', () => tagPapers(withMath, content.tags, content.curation), times);
const related = timed('  related', () => relatePapers(tagged), times);
timed('  mentions', () => linkMentions(related), times);
const pages = timed('mdx-render', () => renderPages(papers), times);
const rss = process.memoryUsage().rss;

const rows = Object.entries(times).filter(([k]) => !k.endsWith('(cpu)'));
console.log(`${merged.length} papers from ${listings.length} listing files (${n} generated); RSS ${(rss / 2 ** 20).toFixed(0)} MiB`);
for (const [k, ms] of rows) {
  const cpu = times[`${k} (cpu)`]!;
  console.log(`${k.padEnd(12)} ${String(ms).padStart(7)} ms wall ${String(cpu).padStart(7)} ms cpu  ${((cpu * 1000) / merged.length).toFixed(1).padStart(7)} µs/paper`);
}
if (args.hash) {
  const h = createHash('sha256');
  for (const name of [...pages.keys()].sort()) h.update(name).update('\0').update(pages.get(name)!).update('\0');
  console.log(`pages sha256 ${h.digest('hex')}`);
}
