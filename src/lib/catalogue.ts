/**
 * Loads the collections once per build and caches the derived catalogue at module level; every page and endpoint
 * reads from this, so no page walks the whole collection on its own.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCatalogue, type Catalogue } from './catalogue-model.ts';
import { CURATION_DIR } from './edit-link.ts';

export interface LoadedCatalogue extends Catalogue {
  entries: Map<string, CollectionEntry<'papers'>>;
  /** Paper ids that already have a curation file (decides edit vs. new-file links). */
  curated: Set<string>;
}

let cached: Promise<LoadedCatalogue> | undefined;

function curatedIds(): Set<string> {
  try {
    const dir = path.join(process.cwd(), CURATION_DIR);
    return new Set(readdirSync(dir).filter((n) => n.endsWith('.yml')).map((n) => n.slice(0, -4)));
  } catch {
    return new Set();
  }
}

async function load(): Promise<LoadedCatalogue> {
  const [paperEntries, tagEntries] = await Promise.all([getCollection('papers'), getCollection('tags')]);
  const catalogue = buildCatalogue(
    paperEntries.map((e) => e.data),
    tagEntries.map((e) => e.data),
  );
  const entries = new Map(paperEntries.map((e) => [e.data.id, e]));
  return { ...catalogue, entries, curated: curatedIds() };
}

export function loadCatalogue(): Promise<LoadedCatalogue> {
  return (cached ??= load());
}
