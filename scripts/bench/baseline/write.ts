/** Puts the baseline project on disk, sharing this repo's node_modules through a symlink. */
import { existsSync, lstatSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { syncDirectory, writeTextAtomic } from '../../lib/io.ts';
import { baselinePages, baselineScaffold, type BaselineFormat, type BaselinePaper } from './project.ts';

export async function writeBaselineProject(
  dir: string,
  papers: BaselinePaper[],
  nodeModules: string,
  format: BaselineFormat = 'mdx',
): Promise<void> {
  for (const [file, text] of baselineScaffold(format)) await writeTextAtomic(path.join(dir, file), text);
  await syncDirectory(path.join(dir, 'content/papers'), baselinePages(papers, format));
  const link = path.join(dir, 'node_modules');
  if (existsSync(link) || lstatSync(link, { throwIfNoEntry: false })) rmSync(link, { recursive: true, force: true });
  symlinkSync(nodeModules, link, 'dir');
}

/** Shell commands that build the baseline: Astro's own CLI, then the Pagefind CLI, both on the Node running us. */
export function baselineBuildCommand(nodeModules: string): string {
  const node = JSON.stringify(process.execPath);
  const astro = JSON.stringify(path.join(nodeModules, 'astro/bin/astro.mjs'));
  const pagefind = JSON.stringify(path.join(nodeModules, 'pagefind/lib/runner/bin.cjs'));
  return `${node} ${astro} build && ${node} ${pagefind} --site dist`;
}
