/** The `/papers.json` export: a stable, documented shape for tools that want the catalogue without scraping HTML. */
import type { Paper, Source } from '../schema/paper.ts';
import { joinBase, paperPath } from './url.ts';

export interface PaperJson {
  id: string;
  title: string;
  url: string;
  abstract: string;
  date?: string;
  authors?: number;
  org?: string;
  upvotes?: number;
  codeUrls: string[];
  sources: Source[];
  tags: string[];
  related: string[];
  mentions: string[];
}

const byId = (a: Paper, b: Paper): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Fixed key order and id order, so the same catalogue always serialises to the same bytes. */
export function papersJson(papers: readonly Paper[], base: string): PaperJson[] {
  return [...papers].sort(byId).map((p) => {
    const out: PaperJson = { id: p.id, title: p.title, url: joinBase(base, paperPath(p.id)), abstract: p.abstract } as PaperJson;
    if (p.date !== undefined) out.date = p.date;
    if (p.authors !== undefined) out.authors = p.authors;
    if (p.org !== undefined) out.org = p.org;
    if (p.upvotes !== undefined) out.upvotes = p.upvotes;
    out.codeUrls = [...p.codeUrls];
    out.sources = p.sources.map((s) => (s.listingDate === undefined ? { file: s.file, line: s.line } : { file: s.file, line: s.line, listingDate: s.listingDate }));
    out.tags = [...p.tags];
    out.related = p.related.map((r) => r.id);
    out.mentions = [...p.mentions];
    return out;
  });
}

export function serialisePapersJson(papers: readonly Paper[], base: string): string {
  return `${JSON.stringify(papersJson(papers, base), null, 2)}\n`;
}
