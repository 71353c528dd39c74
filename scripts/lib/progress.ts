/**
 * Build progress for humans (one line per stage with its time) and stage times for `npm run bench`.
 * Astro integrations run in the same process and record into the same global, so one table covers the whole build.
 */
type Stats = Record<string, number>;

declare global {
  // eslint-disable-next-line no-var
  var __paperAtlasStats: Stats | undefined;
}

export function stageTimes(): Stats {
  return (globalThis.__paperAtlasStats ??= {});
}

export function recordStage(name: string, ms: number): void {
  stageTimes()[name] = Math.round(ms);
}

export async function stage<T>(name: string, work: () => Promise<T> | T, detail?: (result: T) => string): Promise<T> {
  const started = performance.now();
  process.stdout.write(`▸ ${name}…\n`);
  const result = await work();
  const ms = performance.now() - started;
  recordStage(name, ms);
  const extra = detail ? ` — ${detail(result)}` : '';
  process.stdout.write(`✔ ${name} in ${formatMs(ms)}${extra}\n`);
  return result;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
