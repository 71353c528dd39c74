/**
 * Running a build as a child process and measuring it from the outside: wall time and the peak of the summed RSS of
 * the whole process tree (npm → node → pagefind), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  ms: number;
  peakRssBytes: number;
  /** CPU time (user + system) of the whole tree, from the wrapping shell's cutime + cstime. */
  cpuMs: number;
  /** 1-minute load average when the run started: other work on the machine skews wall times. */
  loadAvg: number;
  exitCode: number;
  /** Last lines of combined stdout/stderr, for error messages. */
  tail: string;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      // The thread or process ended between listing and reading.
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of `root` and all its descendants right now. */
export function treeRssBytes(root: number): number {
  let total = 0;
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssBytes(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
}

let runs = 0;

function childrenCpuMs(statFile: string): number {
  try {
    const fields = readFileSync(statFile, 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of /proc/<pid>/stat (cutime, cstime), counted from "state" as field 3; USER_HZ is 100 on Linux.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return 0;
  } finally {
    rmSync(statFile, { force: true });
  }
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
  /** Echo the child's output while it runs. */
  verbose?: boolean;
}

/** Run `command` through the shell and measure it. Never rejects on a failing exit code; the caller decides. */
export function runMeasured(command: string, opts: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const statFile = path.join(os.tmpdir(), `bench-tree-stat-${process.pid}-${++runs}`);
    // The shell has waited for every descendant by then, so its children-times cover the whole tree.
    const wrapped = `${command}\nrc=$?\ncat /proc/$$/stat > '${statFile}'\nexit $rc`;
    const loadAvg = os.loadavg()[0];
    const start = performance.now();
    const child = spawn(wrapped, { cwd: opts.cwd, env: opts.env ?? process.env, shell: '/bin/sh', stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let tail = '';
    const keep = (chunk: Buffer) => {
      if (opts.verbose) process.stderr.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
    };
    const timer = setInterval(sample, opts.sampleMs ?? 100);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      resolve({ ms, peakRssBytes: peak, cpuMs: childrenCpuMs(statFile), loadAvg, exitCode: code ?? 1, tail });
    });
  });
}

export interface TreeSize {
  bytes: number;
  files: number;
  htmlFiles: number;
}

/** Apparent size of a directory tree (sum of file sizes, not disk blocks). */
export function treeSize(dir: string): TreeSize {
  const size: TreeSize = { bytes: 0, files: 0, htmlFiles: 0 };
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        size.bytes += statSync(p).size;
        size.files++;
        if (e.name.endsWith('.html')) size.htmlFiles++;
      }
    }
  }
  return size;
}
