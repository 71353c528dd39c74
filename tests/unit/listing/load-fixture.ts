import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ListingFile } from '../../../scripts/lib/types.ts';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/listing');

export function fixture(name: string): ListingFile {
  return { name, text: readFileSync(path.join(DIR, name), 'utf8') };
}
