/**
 * Raw entries → one record per paper. Entries with the same `paperKey` are one paper; everything is decided in
 * listing order (file name, then line), so the result does not depend on the order entries arrive in.
 *
 * Conflict rules, when listings disagree:
 * - title: the first listing's spelling (keys are equal, so only case/punctuation can differ);
 * - abstract: see choose-abstract.ts; genuinely different abstracts are reported;
 * - date, authors, org: the first listing that shows one (a later listing rarely knows better, and picking by
 *   order keeps the choice explainable);
 * - upvotes: the highest, as counts only grow over time.
 */
import { InputError, type Problem } from '../report.ts';
import type { PaperRecord, RawEntry, Source } from '../types.ts';
import { chooseAbstract } from './choose-abstract.ts';
import { extractCodeUrls } from './code-urls.ts';
import { paperId, paperKey } from './ids.ts';
import { linkUrls } from './link-urls.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byListing = (a: RawEntry, b: RawEntry) => cmp(a.file, b.file) || a.line - b.line;
const where = (e: RawEntry) => `${e.file}:${e.line}`;
const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 79)}…` : s);

function firstDefined<K extends 'date' | 'authors' | 'org'>(group: RawEntry[], key: K): RawEntry[K] | undefined {
  for (const e of group) if (e[key] !== undefined) return e[key];
  return undefined;
}

export function mergeEntries(entries: RawEntry[]): PaperRecord[] {
  const groups = new Map<string, RawEntry[]>();
  for (const e of [...entries].sort(byListing)) {
    const key = paperKey(e.title);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }

  const problems: Problem[] = [];
  const keyOfId = new Map<string, { key: string; first: RawEntry }>();
  const records: PaperRecord[] = [];
  for (const [key, group] of groups) {
    const first = group[0];
    const id = paperId(first.title);
    const clash = keyOfId.get(id);
    if (clash) {
      problems.push({
        file: first.file,
        line: first.line,
        col: 1,
        message: `titles ${quote(first.title)} and ${quote(clash.first.title)} (${where(clash.first)}) map to the same id "${id}"; reword one`,
      });
      continue;
    }
    keyOfId.set(id, { key, first });

    const choice = chooseAbstract(group.map((e) => e.abstract));
    if (!choice.ok) {
      const other = group[choice.conflictIndex];
      problems.push({
        file: other.file,
        line: other.line,
        col: 1,
        message: `paper ${quote(first.title)} has a different abstract here than at ${where(first)}; two papers share a title, or one copy is wrong`,
      });
      continue;
    }

    const sources: Source[] = group.map((e) =>
      e.listingDate === undefined ? { file: e.file, line: e.line } : { file: e.file, line: e.line, listingDate: e.listingDate },
    );
    const record: PaperRecord = {
      id,
      title: first.title,
      abstract: choice.abstract,
      codeUrls: extractCodeUrls(choice.abstract),
      sources,
      tags: [],
      related: [],
      mentions: [],
      mentionedBy: [],
      body: linkUrls(choice.abstract),
    };
    const date = firstDefined(group, 'date');
    if (date !== undefined) record.date = date;
    const authors = firstDefined(group, 'authors');
    if (authors !== undefined) record.authors = authors;
    const org = firstDefined(group, 'org');
    if (org !== undefined) record.org = org;
    let upvotes: number | undefined;
    for (const e of group) if (e.upvotes !== undefined && (upvotes === undefined || e.upvotes > upvotes)) upvotes = e.upvotes;
    if (upvotes !== undefined) record.upvotes = upvotes;
    records.push(record);
  }

  if (problems.length > 0) throw new InputError(problems);
  return records.sort((a, b) => cmp(a.id, b.id));
}
