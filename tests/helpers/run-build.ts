/** Run `npm run build`'s script as a child process on another catalogue, into a temporary folder. */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
  papersDir: string;
  distDir: string;
  statsFile: string;
}

export async function runBuild(sources: string, env: Record<string, string> = {}): Promise<BuildRun> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'paper-atlas-build-'));
  const papersDir = path.join(tmp, 'papers');
  const distDir = path.join(tmp, 'dist');
  const statsFile = path.join(tmp, 'stats.json');
  return new Promise((resolve) => {
    execFile(
      path.resolve('node_modules/.bin/node'),
      ['scripts/build.ts'],
      {
        env: { ...process.env, CATALOG_SOURCES: sources, CATALOG_PAPERS_DIR: papersDir, SITE_OUT_DIR: distDir, BUILD_STATS_FILE: statsFile, ASTRO_LOG_LEVEL: 'warn', ...env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 170_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr, papersDir, distDir, statsFile }),
    );
  });
}
