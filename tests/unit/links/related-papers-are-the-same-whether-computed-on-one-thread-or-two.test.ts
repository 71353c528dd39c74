import { describe, expect, it } from 'vitest';
import { once } from 'node:events';
import {
  assembleRelated,
  chunkControl,
  prepareSearch,
  relatePapers,
  startSearchWorker,
} from '../../../scripts/lib/links/related.ts';
import { seedRecords } from './seed-records.ts';

const json = (papers: { related: unknown }[]) => JSON.stringify(papers.map((p) => p.related));

describe('related papers computed by a worker thread', () => {
  const seeds = seedRecords();
  const oneThread = relatePapers(seeds, { k: 10, threads: 1 });

  it('are identical to the single-thread result, explanations included, when the worker does every paper', async () => {
    const prepared = prepareSearch(seeds, { k: 10 }, true);
    const { control, done } = chunkControl(seeds.length);
    const worker = startSearchWorker(prepared.input, prepared.keys, prepared.output, control, done);
    const [code] = await once(worker, 'exit');
    expect(code).toBe(0);
    expect([...done].every((d) => d === 1)).toBe(true);
    expect(json(assembleRelated(prepared))).toBe(json(oneThread));
  });

  it('are identical when this thread and a worker share the work', () => {
    expect(json(relatePapers(seeds, { k: 10, threads: 2 }))).toBe(json(oneThread));
  });
});
