/**
 * `npm run suggest-tags -- <paper-id>`: candidate tags for one paper with their evidence (matched rules and the
 * tags of the most similar papers), to make a curation pull request easy to write and to review.
 */
import { pathToFileURL } from 'node:url';
import { loadPapers, type CataloguePaper } from './lib/catalogue.ts';
import { checkContent } from './check.ts';
import { suggestTags, type Suggestion } from './lib/tags/suggest.ts';

export function formatSuggestions(paper: CataloguePaper, current: string[], suggestions: Suggestion[]): string {
  const lines = [`${paper.id}`, `  ${paper.title}`, `  current tags: ${current.join(', ') || '(none)'}`, ''];
  for (const s of suggestions) {
    lines.push(`  ${current.includes(s.id) ? '✓' : '+'} ${s.id}`);
    for (const e of s.evidence) lines.push(`      ${e}`);
  }
  lines.push('', `To change them, create content/curation/${paper.id}.yml:`, '  tags:', '    add: [<tag-id>]', '    remove: [<tag-id>]');
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const id = args[0];
  if (!id) {
    console.error('usage: npm run suggest-tags -- <paper-id>');
    return 2;
  }
  const papers = await loadPapers();
  const paper = papers.find((p) => p.id === id);
  if (!paper) {
    console.error(`no paper with id "${id}"`);
    return 1;
  }
  const { tags, curation } = await checkContent({ paperIds: new Set(papers.map((p) => p.id)) });
  const result = suggestTags(paper, papers, tags, curation);
  console.log(formatSuggestions(paper, result.current, result.suggestions));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
