import { describe, expect, it } from 'vitest';
import { formatReport, type BenchRow } from '../../../scripts/bench/report.ts';

const row = (site: string, ms: number, cpuMs: number, stages?: Record<string, number>): BenchRow => ({
  site,
  run: 1,
  measured: { ms, cpuMs, peakRssBytes: 3 * 2 ** 30, loadAvg: 1, exitCode: 0, tail: '' },
  stages,
  size: { bytes: 5 * 2 ** 20, files: 10, htmlFiles: 1000 },
});

describe('formatReport', () => {
  const text = formatReport({
    catalogue: 'test',
    papers: 1000,
    machine: 'm',
    buildCmd: 'npm run build',
    query: 'q',
    rows: [row('ours', 15_000, 20_000, { ingest: 1200, 'astro-build': 9000 }), row('ours, 1 paper changed', 6_000, 7_000), row('baseline', 10_000, 16_000)],
  });

  it('shows our time divided by the baseline time and the rebuild against the cold build', () => {
    expect(text).toContain('| ours | 1 | 1.2 s | – | – | 9.0 s | – | – | 15.0 s |');
    expect(text).toMatch(/\| 1\.50× \|\n/);
    expect(text).toContain('cold build ÷ baseline (medians): **1.50×**');
    expect(text).toContain('CPU time (robust when the machine is busy): **1.25×**');
    expect(text).toContain('rebuild with one paper changed ÷ cold build: **0.40×**');
  });

  it('reports pages per second and peak RSS in GiB', () => {
    expect(text).toContain('| 3.00 GiB | 5 MiB | 1000 | 67 |');
  });
});
