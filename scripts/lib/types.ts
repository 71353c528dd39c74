/**
 * Types that flow between pipeline steps: raw listing entries → merged records → enriched records.
 * Each step is a pure function from one to the next; only scripts/lib/io.ts touches the disk.
 */
import type { Paper, Source } from '../../src/schema/paper.ts';

/** A raw listing file as read from disk. */
export interface ListingFile {
  /** File name relative to the sources folder (what error messages and `sources[].file` show). */
  name: string;
  text: string;
}

/** One paper entry exactly as one listing showed it. */
export interface RawEntry {
  file: string;
  /** 1-based line of the title. */
  line: number;
  title: string;
  abstract: string;
  date?: string;
  authors?: number;
  org?: string;
  upvotes?: number;
  listingDate?: string;
}

/**
 * A piece of rendered abstract. The MDX writer escapes `text`, emits `math` between dollars (already checked by
 * KaTeX) and `link` as a Markdown link; nothing else reaches the MDX body.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'math'; tex: string }
  | { kind: 'link'; text: string; href: string };

/** A paper after merging and enrichment; becomes one MDX file. */
export interface PaperRecord extends Paper {
  /** The abstract as segments (math recovered, mentions linked); the MDX body. */
  body: Segment[];
}

export type { Paper, Source };
