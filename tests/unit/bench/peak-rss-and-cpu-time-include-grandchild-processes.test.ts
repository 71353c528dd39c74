import { describe, expect, it } from 'vitest';
import { runMeasured } from '../../../scripts/bench/measure.ts';

describe('runMeasured', () => {
  it('counts memory and CPU of a grandchild process and reports a failing exit code', async () => {
    // sh → sh → node: the node process holds ~200 MiB while burning 600 ms of CPU. The loop counts CPU time, not
    // wall time, so a busy machine (which delays the process) cannot make it burn less than the assertion expects.
    const script = 'const b = Buffer.alloc(200 * 2 ** 20, 1); while (process.cpuUsage().user < 600000) b[0]++; process.exit(3)';
    const m = await runMeasured(`sh -c '${JSON.stringify(process.execPath)} -e "${script}"'`, { cwd: process.cwd(), sampleMs: 50 });
    expect(m.exitCode).toBe(3);
    expect(m.peakRssBytes).toBeGreaterThan(180 * 2 ** 20);
    expect(m.cpuMs).toBeGreaterThanOrEqual(300);
    expect(m.ms).toBeGreaterThanOrEqual(600);
  }, 20_000);
});
