/**
 * Reads content/curation/<paper-id>.yml files: one paper per file, so contributors' pull requests never conflict.
 *
 *   tags:
 *     add: [reward-modeling]
 *     remove: [diffusion]
 */
import path from 'node:path';
import type { Problem } from '../report.ts';
import type { CurationEntry } from './tagger.ts';
import { child, describeScalar, isMap, isScalar, isSeq, parseYaml, problemAt, type YamlSource } from './yaml-source.ts';

const ROOT_KEYS = ['tags'];
const TAG_KEYS = ['add', 'remove'] as const;

/** The paper id a curation file is about: its file name without `.yml` / `.yaml`. */
export function curationPaperId(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/, '');
}

export function loadCuration(
  files: { path: string; text: string }[],
  tagIds: Set<string>,
  paperIds: Set<string>,
): { curation: Map<string, CurationEntry>; problems: Problem[] } {
  const curation = new Map<string, CurationEntry>();
  const problems: Problem[] = [];
  const seenFile = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const id = curationPaperId(file.path);
    const { source, problems: yamlProblems } = parseYaml(file.text, file.path);
    if (yamlProblems.length > 0) {
      problems.push(...yamlProblems);
      continue;
    }
    const fileProblems: Problem[] = [];
    if (seenFile.has(id)) {
      fileProblems.push(problemAt(source, undefined, `duplicate curation for paper "${id}" (also in ${seenFile.get(id)})`));
    } else if (!paperIds.has(id)) {
      fileProblems.push(problemAt(source, undefined, `unknown paper id "${id}": the file name must be the id of a catalogued paper (see its page URL /papers/<id>/)`));
    }
    seenFile.set(id, file.path);
    const entry = readEntry(source, tagIds, fileProblems);
    problems.push(...fileProblems);
    if (fileProblems.length === 0) curation.set(id, entry);
  }
  return { curation, problems };
}

function readEntry(source: YamlSource, tagIds: Set<string>, problems: Problem[]): CurationEntry {
  const entry: CurationEntry = { add: [], remove: [] };
  const root = source.doc.contents;
  if (!isMap(root)) {
    problems.push(problemAt(source, root, `a curation file is a mapping with a "tags:" key holding "add:" and/or "remove:" lists, found ${describeScalar(root)}`));
    return entry;
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!ROOT_KEYS.includes(key)) problems.push(problemAt(source, pair.key, `unknown key "${key}" (expected "tags")`));
  }
  const tags = child(root, 'tags');
  if (!isMap(tags)) {
    problems.push(problemAt(source, tags ?? root, `"tags" must be a mapping with "add:" and/or "remove:" lists, found ${describeScalar(tags)}`));
    return entry;
  }
  for (const pair of tags.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(TAG_KEYS as readonly string[]).includes(key)) problems.push(problemAt(source, pair.key, `unknown key "${key}" under "tags" (expected "add" or "remove")`));
  }
  for (const key of TAG_KEYS) {
    const list = child(tags, key);
    if (list === undefined) continue;
    if (!isSeq(list)) {
      problems.push(problemAt(source, list, `"${key}" must be a list of tag ids, e.g. ${key}: [reward-modeling], found ${describeScalar(list)}`));
      continue;
    }
    for (const item of list.items) {
      if (!isScalar(item) || typeof item.value !== 'string') {
        problems.push(problemAt(source, item, `tag ids are strings, found ${describeScalar(item)} in "${key}"`));
        continue;
      }
      const id = item.value;
      if (!tagIds.has(id)) {
        problems.push(problemAt(source, item, `unknown tag "${id}" in "${key}" (add it to content/tags.yml in the same pull request)`));
      } else if (entry[key].includes(id)) {
        problems.push(problemAt(source, item, `duplicate tag "${id}" in "${key}"`));
      } else if (key === 'remove' && entry.add.includes(id)) {
        problems.push(problemAt(source, item, `tag "${id}" is both added and removed`));
      } else {
        entry[key].push(id);
      }
    }
  }
  return entry;
}
