/**
 * Check 5: papers.json (the catalogue's data export) parses, is an array of papers with unique ids, and each `url`
 * opens a page of the built site.
 */
import type { Problem } from '../report.ts';
import { locator } from './positions.ts';

export function checkPapersJson(file: string, text: string, resolves: (url: string) => boolean): Problem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    return [{ file, ...locator(text)(pos), message: `papers.json is not valid JSON: ${message}` }];
  }
  if (!Array.isArray(data)) return [{ file, line: 1, col: 1, message: 'papers.json must be an array of papers' }];
  const problems: Problem[] = [];
  const ids = new Set<string>();
  data.forEach((p: Record<string, unknown>, n) => {
    const label = `paper ${n + 1}`;
    const at = (message: string) => problems.push({ file, line: 1, col: 1, message });
    if (typeof p?.id !== 'string' || !p.id) return at(`${label} has no id`);
    if (ids.has(p.id)) at(`${label}: duplicate id "${p.id}"`);
    ids.add(p.id);
    if (typeof p.title !== 'string' || !p.title) at(`${label} (${p.id}) has no title`);
    if (typeof p.url !== 'string') at(`${label} (${p.id}) has no url`);
    else if (!resolves(p.url)) at(`${label} (${p.id}): url ${p.url} does not open a page in the site`);
  });
  return problems;
}
