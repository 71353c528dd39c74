/**
 * Reads content/tags.yml: a YAML list of tags. Every problem carries the line:col of the offending item, because
 * contributors fix the file by reading the message, not by reading this code.
 */
import { tagMatchSchema, tagSchema, type Tag } from '../../../src/schema/tag.ts';
import type { Problem } from '../report.ts';
import { child, describeScalar, isMap, isScalar, isSeq, keyNode, parseYaml, problemAt, type YamlSource } from './yaml-source.ts';

const TAG_KEYS = new Set(Object.keys(tagSchema.shape));
const MATCH_KEYS = new Set(Object.keys(tagMatchSchema.shape));

export function loadTaxonomy(text: string, file: string): { tags: Tag[]; problems: Problem[] } {
  const { source, problems } = parseYaml(text, file);
  if (problems.length > 0) return { tags: [], problems };
  const root = source.doc.contents;
  if (!isSeq(root)) {
    return { tags: [], problems: [problemAt(source, root, 'tags.yml must be a YAML list of tags ("- id: …")')] };
  }

  const tags: Tag[] = [];
  const idNodes = new Map<string, unknown>();
  for (const item of root.items) {
    const itemProblems = checkItem(source, item);
    problems.push(...itemProblems);
    if (itemProblems.length > 0) continue;
    const tag = tagSchema.parse(item.toJSON());
    if (idNodes.has(tag.id)) {
      problems.push(problemAt(source, child(item, 'id'), `duplicate tag id "${tag.id}" (already defined above)`));
      continue;
    }
    idNodes.set(tag.id, item);
    tags.push(tag);
  }
  problems.push(...checkParents(source, tags, idNodes));
  return { tags, problems };
}

function checkItem(source: YamlSource, item: unknown): Problem[] {
  if (!isMap(item)) return [problemAt(source, item, `each tag must be a mapping with id, label and description, found ${describeScalar(item)}`)];
  const problems: Problem[] = [];
  const id = child(item, 'id');
  const name = isScalar(id) ? `tag "${String(id.value)}"` : 'this tag';

  // The schema ignores unknown keys; a typo like "descripton" would otherwise vanish silently.
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!TAG_KEYS.has(key)) problems.push(problemAt(source, pair.key, `${name}: unknown key "${key}" (expected one of ${[...TAG_KEYS].join(', ')})`));
  }
  const match = child(item, 'match');
  if (isMap(match)) {
    for (const pair of match.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!MATCH_KEYS.has(key)) problems.push(problemAt(source, pair.key, `${name}: unknown match key "${key}" (expected one of ${[...MATCH_KEYS].join(', ')})`));
    }
  }

  const parsed = tagSchema.safeParse(item.toJSON());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      const node = path.reduce<unknown>((n, key) => child(n, key), item);
      problems.push(problemAt(source, node ?? keyNode(item, String(path[0])) ?? item, `${name}: ${friendly(path, node, issue.message)}`));
    }
  } else if (parsed.data.description.trim() === '') {
    problems.push(problemAt(source, child(item, 'description'), `${name}: every tag needs a description`));
  }
  problems.push(...duplicateListItems(source, item, name));
  return problems;
}

function friendly(path: (string | number)[], node: unknown, zodMessage: string): string {
  const where = path.join('.');
  if (node === undefined || (isScalar(node) && node.value === null)) {
    if (where === 'description') return 'every tag needs a description';
    return `missing ${where}`;
  }
  if (isScalar(node) && typeof node.value !== 'string' && /expected string/.test(zodMessage)) {
    return `${where} must be a string, found ${describeScalar(node)} (quote it)`;
  }
  return `${where}: ${zodMessage}`;
}

/** Repeated aliases or rules are harmless to the tagger but always a copy-paste slip worth pointing at. */
function duplicateListItems(source: YamlSource, item: unknown, name: string): Problem[] {
  const problems: Problem[] = [];
  const lists: [string, unknown][] = [
    ['aliases', child(item, 'aliases')],
    ['match.phrases', child(child(item, 'match'), 'phrases')],
    ['match.acronyms', child(child(item, 'match'), 'acronyms')],
    ['match.exclude', child(child(item, 'match'), 'exclude')],
  ];
  for (const [label, list] of lists) {
    if (!isSeq(list)) continue;
    const seen = new Set<string>();
    for (const entry of list.items) {
      if (!isScalar(entry)) continue;
      const key = label === 'match.acronyms' ? String(entry.value) : String(entry.value).toLowerCase();
      if (seen.has(key)) problems.push(problemAt(source, entry, `${name}: duplicate ${label} entry "${String(entry.value)}"`));
      seen.add(key);
    }
  }
  return problems;
}

function checkParents(source: YamlSource, tags: Tag[], idNodes: Map<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(tags.map((t) => [t.id, t]));
  const parentNode = (id: string) => child(idNodes.get(id), 'parent');
  for (const tag of tags) {
    if (tag.parent !== undefined && !byId.has(tag.parent)) {
      problems.push(problemAt(source, parentNode(tag.id), `tag "${tag.id}": unknown parent "${tag.parent}"`));
    }
  }
  // Walk each chain once; colouring keeps this linear in the number of tags.
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of tags) {
    const chain: string[] = [];
    let id: string | undefined = start.id;
    while (id !== undefined && byId.has(id) && state.get(id) !== 'done') {
      if (state.get(id) === 'walking') {
        const cycle = chain.slice(chain.indexOf(id));
        for (const member of cycle) {
          problems.push(problemAt(source, parentNode(member), `tag "${member}": parent cycle ${[...cycle, id].join(' › ')}`));
        }
        break;
      }
      state.set(id, 'walking');
      chain.push(id);
      id = byId.get(id)!.parent;
    }
    for (const member of chain) state.set(member, 'done');
  }
  return problems;
}
