/** Seed papers (title + abstract, public data copied from content/sources) as minimal pipeline records. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { paperId } from '../../../scripts/lib/records/ids.ts';
import type { PaperRecord } from '../../../scripts/lib/types.ts';

export function record(title: string, abstract: string, extra: Partial<PaperRecord> = {}): PaperRecord {
  return {
    id: paperId(title),
    title,
    abstract,
    codeUrls: [],
    sources: [{ file: 'fixture.txt', line: 1 }],
    tags: [],
    related: [],
    mentions: [],
    mentionedBy: [],
    body: [{ kind: 'text', text: abstract }],
    ...extra,
  };
}

export function seedRecords(): PaperRecord[] {
  const file = fileURLToPath(new URL('../../fixtures/links/seed-papers.json', import.meta.url));
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { title: string; abstract: string }[];
  return rows.map((r) => record(r.title, r.abstract));
}

export const idOf = (title: string) => paperId(title);
