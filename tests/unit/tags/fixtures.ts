import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/tags');

/** A fixture's text and the repository-relative path problems should name. */
export function fixture(rel: string): { path: string; text: string } {
  return { path: `tests/fixtures/tags/${rel}`, text: readFileSync(path.join(FIXTURES, rel), 'utf8') };
}

export function fixtureNames(dir: string): string[] {
  return readdirSync(path.join(FIXTURES, dir)).sort();
}
