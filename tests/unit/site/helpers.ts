import type { Paper } from '../../../src/schema/paper.ts';

/** A minimal valid paper; tests override only what they are about. */
export function paper(over: Partial<Paper> & Pick<Paper, 'id'>): Paper {
  return {
    title: over.id.replace(/-/g, ' '),
    abstract: 'An abstract.',
    codeUrls: [],
    sources: [{ file: '000_a.txt', line: 1 }],
    tags: [],
    related: [],
    mentions: [],
    mentionedBy: [],
    ...over,
  };
}
