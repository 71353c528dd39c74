/**
 * BibTeX for a paper. The output must survive classic BibTeX, which counts braces literally (it does not know `\{`),
 * so every special character becomes a brace-balanced command and untrusted text can never unbalance an entry.
 */
import { createHash } from 'node:crypto';
import type { Paper } from '../schema/paper.ts';
import { titleWords } from '../../scripts/lib/records/ids.ts';

export type BibPaper = Pick<Paper, 'id' | 'title' | 'date' | 'authors' | 'org' | 'sources'>;

// Words that make poor key stems: "A Survey of …" should key on "survey".
const STOPWORDS = new Set(
  'a an the on of for in to and with from by at via is are as its towards toward into over under about how what why when do does can we our your'.split(' '),
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const SPECIALS: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '{\\textasciicircum}',
  '~': '{\\textasciitilde}',
};

/** Escape BibTeX/LaTeX specials; the result always has balanced braces. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => SPECIALS[c]!).replace(/\s+/g, ' ').trim();
}

/**
 * Title with words that carry capitals after their first letter ("GPT-4", "LoRA", "CIFAR-10") wrapped in braces,
 * so bibliography styles that lower-case titles keep them.
 */
export function bibtexTitle(title: string): string {
  return title
    .trim()
    .split(/\s+/)
    .map((word) => {
      const escaped = escapeBibtex(word);
      return /^.+\p{Lu}/u.test(word) || /^\p{Lu}$/u.test(word) ? `{${escaped}}` : escaped;
    })
    .join(' ');
}

const yearOf = (date?: string) => date?.slice(0, 4);

/**
 * Stable, unique citation key: first significant title word (ASCII), year or `nd`, and 12 hex of the paper id's SHA-1 (48 bits: no collision among 100,000 papers sharing a stem and year).
 * It depends on the paper alone, so adding papers never renames an existing key.
 */
export function bibtexKey(paper: Pick<Paper, 'id' | 'title' | 'date'>): string {
  const words = titleWords(paper.title).map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean);
  const stem = (words.find((w) => !STOPWORDS.has(w) && /[a-z]/.test(w)) ?? words[0] ?? 'paper').slice(0, 24);
  const hash = createHash('sha1').update(paper.id).digest('hex').slice(0, 12);
  return `${stem}${yearOf(paper.date) ?? 'nd'}:${hash}`;
}

export interface BibtexOptions {
  /** Absolute URL of the paper's page. */
  url: string;
}

/** One `@misc` entry (with a leading comment when no author is known), ending in a newline. */
export function paperToBibtex(paper: BibPaper, { url }: BibtexOptions): string {
  const fields: [string, string][] = [['title', `{${bibtexTitle(paper.title)}}`]];
  let comment = '';
  if (paper.org) {
    // Double braces: an organisation is one name, not "Last, First".
    fields.push(['author', `{{${escapeBibtex(paper.org)}}}`]);
  } else {
    const count = paper.authors ? ` (the listing gives only an author count: ${paper.authors})` : '';
    comment = `% No author names are known for this paper${count}; author is omitted.\n`;
  }
  if (paper.date) {
    fields.push(['year', `{${yearOf(paper.date)}}`]);
    fields.push(['month', MONTHS[Number(paper.date.slice(5, 7)) - 1] ?? `{${paper.date.slice(5, 7)}}`]);
  }
  const safeUrl = escapeUrl(url);
  fields.push(['howpublished', `{\\url{${safeUrl}}}`]);
  fields.push(['url', `{${safeUrl}}`]);
  const listed = [...new Set(paper.sources.map((s) => s.listingDate).filter(Boolean))].sort();
  const note = listed.length ? `Abstract listed in Paper Atlas; listing of ${listed.join(', ')}` : 'Abstract listed in Paper Atlas';
  fields.push(['note', `{${note}}`]);
  const body = fields.map(([k, v]) => `  ${k} = ${v},`).join('\n');
  return `${comment}@misc{${bibtexKey(paper)},\n${body}\n}\n`;
}

// URLs from new URL() never contain raw braces or spaces, but a hand-written site URL might; percent-encode them.
function escapeUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** All entries, sorted by key (then id) so the file is byte-stable. */
export function catalogueBibtex(papers: BibPaper[], urlOf: (id: string) => string): string {
  const entries = papers
    .map((p) => ({ key: bibtexKey(p), id: p.id, text: paperToBibtex(p, { url: urlOf(p.id) }) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map((e) => e.text).join('\n');
}
