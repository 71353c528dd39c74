import { expect, test } from 'vitest';
import { buildIdOf } from '../../../src/integrations/offline-plan.ts';

const site = [
  { path: 'index.html', digest: 'a1' },
  { path: 'papers/x/index.html', digest: 'b2' },
  { path: 'pagefind/pagefind-entry.json', digest: 'c3' },
];

test('the same files listed in another order, plus the files the offline step writes, give the same build id', () => {
  const reordered = [...site].reverse();
  const withOwnOutput = [
    ...site,
    { path: 'sw.js', digest: 'x' },
    { path: 'sw-status.js', digest: 'y' },
    { path: 'build-id.json', digest: 'z' },
    { path: 'workbox-1a2b3c4d.js', digest: 'w' },
  ];
  expect(buildIdOf(reordered)).toBe(buildIdOf(site));
  expect(buildIdOf(withOwnOutput)).toBe(buildIdOf(site));
  expect(buildIdOf(site)).toMatch(/^[0-9a-f]{16}$/);
});

test('changing one page, or moving it, changes the build id', () => {
  const edited = site.map((f) => (f.path === 'papers/x/index.html' ? { ...f, digest: 'b3' } : f));
  const moved = site.map((f) => (f.path === 'papers/x/index.html' ? { ...f, path: 'papers/y/index.html' } : f));
  expect(buildIdOf(edited)).not.toBe(buildIdOf(site));
  expect(buildIdOf(moved)).not.toBe(buildIdOf(site));
});
