/**
 * Sanity checks on what a line looks like. Position decides whether a line is a title or an abstract; these
 * checks only catch a grammar that has slipped (a title without abstract, an abstract without title).
 * HF abstracts run from a few hundred to ~1,900 characters; titles rarely pass 150.
 */

export const TITLE_MAX_CHARS = 300;
export const ABSTRACT_MIN_CHARS = 120;

// Two or more sentence breaks ("… data. We propose …") mark prose; titles use colons and dashes instead.
const SENTENCE_BREAKS = /[a-z0-9)][.!?] [A-Z][^]*[a-z0-9)][.!?] [A-Z]/;

/** A title is one short line that does not read as several sentences. */
export function looksLikeTitle(text: string): boolean {
  return text.length <= TITLE_MAX_CHARS && !SENTENCE_BREAKS.test(text);
}

/** An abstract is long prose. */
export function looksLikeAbstract(text: string): boolean {
  return text.length >= ABSTRACT_MIN_CHARS;
}
