/**
 * `npm run check`: validate content/tags.yml and content/curation/*.yml; print each problem as `path:line:col
 * message` (plus a GitHub annotation in CI) and exit 1 if there is any.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { loadPaperIds } from './lib/catalogue.ts';
import { readTextFiles, readTextIfExists } from './lib/io.ts';
import { printProblems } from './lib/report.ts';
import { curationDir, TAXONOMY_FILE } from './lib/tags/content-paths.ts';
import { validateContent, type ValidatedContent } from './lib/tags/validate-content.ts';

export interface CheckOptions {
  env?: NodeJS.ProcessEnv;
  /** Folder the content paths are relative to (tests point it at fixtures). */
  root?: string;
  paperIds?: Set<string>;
}

/** Read the tag content and validate it; used by `npm run check` and by the build before it writes anything. */
export async function checkContent(options: CheckOptions = {}): Promise<ValidatedContent> {
  const env = options.env ?? process.env;
  const root = options.root ?? '.';
  const taxonomyText = await readTextIfExists(path.join(root, TAXONOMY_FILE));
  const curationFiles = await readCurationFiles(root, curationDir(env));
  const paperIds = options.paperIds ?? (await loadPaperIds());
  return validateContent({ taxonomy: { path: TAXONOMY_FILE, text: taxonomyText }, curationFiles, paperIds });
}

async function readCurationFiles(root: string, dir: string | undefined) {
  if (dir === undefined) return undefined;
  // resolve, not join: CATALOG_CURATION may be an absolute path.
  const abs = path.resolve(root, dir);
  const files = [...(await readTextFiles(abs, '.yml')), ...(await readTextFiles(abs, '.yaml'))];
  // Report paths as the contributor knows them (relative to the repository), not as the process opened them.
  return files.map((f) => ({ path: path.join(dir, path.basename(f.path)), text: f.text }));
}

export async function run(options: CheckOptions = {}): Promise<number> {
  const { tags, curation, problems } = await checkContent(options);
  printProblems(problems, options.env ?? process.env);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) in tags or curation; see CONTRIBUTING.md`);
    return 1;
  }
  console.log(`check: ${tags.length} tags, ${curation.size} curation file(s) OK`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run();
}
