/**
 * Paper identity. Two listings are the same paper when their titles agree up to case, accents, punctuation and dash
 * style; the id is a readable slug of that key. Both are pure functions of the title alone, so an id never changes
 * when listings are added, removed or reordered.
 */
import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 80;

/** Words of the title: NFKD, accents dropped, lower-cased, split on anything that is not a letter or digit. */
export function titleWords(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The dedupe key: equal keys mean the same paper. */
export function paperKey(title: string): string {
  return titleWords(title).join('-');
}

/**
 * The page id. Short titles use the key itself (so the mapping is one-to-one); long ones are cut at a word boundary
 * and get a hash of the full key, which keeps them unique without depending on which other papers exist.
 */
export function paperId(title: string): string {
  const key = paperKey(title);
  if (key.length === 0) throw new Error(`title has no letters or digits: ${JSON.stringify(title)}`);
  if (key.length <= MAX_ID_LENGTH) return key;
  const hash = createHash('sha1').update(key).digest('hex').slice(0, 6);
  let cut = key.slice(0, MAX_ID_LENGTH - hash.length - 1);
  const lastDash = cut.lastIndexOf('-');
  if (lastDash > 20) cut = cut.slice(0, lastDash);
  return `${cut}-${hash}`;
}
