/** The seed catalogue exactly as `npm run build` makes it (listings → records → enriched records), built once per file. */
import { checkContent } from '../../scripts/check.ts';
import { enrich, ingest } from '../../scripts/build-content.ts';
import { readListings } from '../../scripts/lib/io.ts';
import type { PaperRecord } from '../../scripts/lib/types.ts';

let cached: Promise<PaperRecord[]> | undefined;

export function seedCatalogue(): Promise<PaperRecord[]> {
  cached ??= (async () => {
    const merged = ingest(await readListings('content/sources'));
    const content = await checkContent({ env: {}, paperIds: new Set(merged.map((p) => p.id)) });
    if (content.problems.length > 0) throw new Error(content.problems.map((p) => p.message).join('\n'));
    return enrich(merged, content);
  })();
  return cached;
}
