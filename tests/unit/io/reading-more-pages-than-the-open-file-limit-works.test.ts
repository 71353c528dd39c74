import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

// The offline step reads every generated page; at 100,000 papers an unbounded Promise.all hit EMFILE.
it('reads 2,000 pages in a process allowed only 300 open files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'many-pages-'));
  for (let i = 0; i < 2000; i++) writeFileSync(path.join(dir, `p${String(i).padStart(4, '0')}.mdx`), `page ${i}`);
  const script = `import { readTextFiles } from ${JSON.stringify(path.resolve('scripts/lib/io.ts'))};
    const files = await readTextFiles(${JSON.stringify(dir)}, '.mdx');
    console.log(files.length, files[1999].text);`;
  const node = path.resolve('node_modules/.bin/node');
  const out = execFileSync('bash', ['-c', `ulimit -n 300 && exec "$0" --input-type=module -e "$1"`, node, script], { encoding: 'utf8' });
  expect(out.trim()).toBe('2000 page 1999');
});
