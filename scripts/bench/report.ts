/** The benchmark's markdown table (pure: rows in, text out). */
import type { Measured, TreeSize } from './measure.ts';
import type { SearchPayload } from './search-payload.ts';

export const STAGES = ['ingest', 'enrich', 'mdx-write', 'astro-build', 'pagefind', 'service-worker'] as const;

export interface BenchRow {
  site: string;
  run: number;
  measured: Measured;
  /** Stage times in ms from BUILD_STATS_FILE, when the build wrote it. */
  stages?: Record<string, number>;
  size: TreeSize;
  search?: SearchPayload;
}

export interface BenchReport {
  catalogue: string;
  papers: number;
  machine: string;
  buildCmd: string;
  query: string;
  rows: BenchRow[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => (bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GiB` : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function formatReport(r: BenchReport): string {
  const baseline = median(r.rows.filter((row) => row.site === 'baseline').map((row) => row.measured.ms));
  const header = ['site', 'run', ...STAGES, 'total', 'CPU', 'load', 'peak RSS', 'dist', 'pages', 'pages/s', 'first search', '× baseline'];
  const lines = [
    `### ${r.catalogue}: ${r.papers} distinct papers`,
    '',
    `Machine: ${r.machine}. Build: \`${r.buildCmd}\`. Stage times from BUILD_STATS_FILE ("–" when not written);`,
    `total is wall time of the whole child process tree, CPU its user+system time, load the 1-min load average at`,
    `start (above the core count means other work competed for the CPU); peak RSS is the tree's summed VmRSS sampled every 100 ms.`,
    `First search: bytes for query "${r.query}" with the first 10 results' fragments (browser: incl. pagefind-worker.js).`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`,
  ];
  for (const row of r.rows) {
    const m = row.measured;
    const stage = (s: string) => (row.stages?.[s] !== undefined ? seconds(row.stages[s]) : '–');
    lines.push(
      `| ${[
        row.site,
        String(row.run),
        ...STAGES.map(stage),
        seconds(m.ms),
        seconds(m.cpuMs),
        m.loadAvg.toFixed(1),
        mib(m.peakRssBytes),
        mib(row.size.bytes),
        String(row.size.htmlFiles),
        (row.size.htmlFiles / (m.ms / 1000)).toFixed(0),
        row.search ? `${kib(row.search.browserBytes)} (${row.search.results} hits)` : '–',
        baseline !== undefined && row.site !== 'baseline' ? `${(m.ms / baseline).toFixed(2)}×` : '–',
      ].join(' | ')} |`,
    );
  }
  const cold = median(r.rows.filter((row) => row.site === 'ours').map((row) => row.measured.ms));
  const rebuild = median(r.rows.filter((row) => row.site.startsWith('ours,')).map((row) => row.measured.ms));
  lines.push('');
  const baselineCpu = median(r.rows.filter((row) => row.site === 'baseline').map((row) => row.measured.cpuMs));
  const coldCpu = median(r.rows.filter((row) => row.site === 'ours').map((row) => row.measured.cpuMs));
  if (cold !== undefined && baseline !== undefined) lines.push(`- cold build ÷ baseline (medians): **${(cold / baseline).toFixed(2)}×** wall time`);
  if (coldCpu && baselineCpu) lines.push(`- cold build ÷ baseline, CPU time (robust when the machine is busy): **${(coldCpu / baselineCpu).toFixed(2)}×**`);
  if (cold !== undefined && rebuild !== undefined) lines.push(`- rebuild with one paper changed ÷ cold build: **${(rebuild / cold).toFixed(2)}×**`);
  const peak = Math.max(0, ...r.rows.filter((row) => row.site === 'ours').map((row) => row.measured.peakRssBytes));
  if (cold !== undefined) lines.push(`- peak RSS of our cold build: **${mib(peak)}** (goal at 10,000 papers: < 4 GiB)`);
  return `${lines.join('\n')}\n`;
}
