/**
 * Why this exists: the npm registry this project is built against mirrors only the platform binaries it needs
 * (linux-x64-gnu), so `npm install` leaves other platforms' optional binaries (pagefind, rollup, Astro's compiler)
 * out of package-lock.json, and `npm ci` then refuses the lock file as "out of sync". Recording those optional
 * packages with their os/cpu/libc lets `npm ci` see a complete lock and skip them on this platform, as it would on
 * the public registry. Run after any `npm install` that changes dependencies:  node scripts/maintenance/lockfile-foreign-platforms.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

const OS = [['android', 'android'], ['darwin', 'darwin'], ['win32', 'win32'], ['windows', 'win32'], ['freebsd', 'freebsd'],
  ['openbsd', 'openbsd'], ['openharmony', 'openharmony'], ['linux', 'linux'], ['wasm32', null]];
const CPU = [['arm64', 'arm64'], ['x64', 'x64'], ['ia32', 'ia32'], ['loong64', 'loong64'], ['ppc64', 'ppc64'],
  ['riscv64', 'riscv64'], ['s390x', 's390x'], ['wasm32', 'wasm32'], ['arm', 'arm']];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find(([k]) => parts.includes(k));
  const cpu = CPU.find(([k]) => parts.includes(k) || parts.some((p) => p.startsWith(k) && k === 'arm'));
  if (!os || !cpu) return undefined;
  const entry = { cpu: [cpu[1]] };
  if (os[1]) entry.os = [os[1]];
  if (os[1] === 'linux') entry.libc = [parts.some((p) => p.startsWith('musl')) ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, info] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(info.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const nested = `${path}/node_modules/${dep}`;
    if (packages[key] || packages[nested]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[key] = { version, dev: info.dev, optional: true, ...platform };
    if (!info.dev) delete packages[key].dev;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`recorded ${added} optional platform package(s) in ${LOCK}`);
