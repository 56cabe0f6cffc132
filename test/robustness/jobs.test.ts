import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capJobs } from '../../src/cli/workers.js';
import { ROOT } from '../cli/run-cli.js';
import { ARTICLE, folder } from './helpers.js';

/** The most threads a process had at once, read from /proc while it runs. */
function peakThreads(args: string[]): Promise<{ code: number | null; threads: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'factsheet.js'), ...args], { stdio: 'ignore' });
    let threads = 0;
    const watch = setInterval(() => {
      try {
        threads = Math.max(
          threads,
          Number(/Threads:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0),
        );
      } catch {
        // gone
      }
    }, 5);
    child.on('close', (code) => {
      clearInterval(watch);
      resolve({ code, threads });
    });
  });
}

describe('--jobs is capped at the cores (issue 13, item 14)', () => {
  it('capJobs', () => {
    const cores = os.availableParallelism();
    expect([capJobs(64), capJobs(1), capJobs(cores), capJobs(2.7)]).toEqual([cores, 1, cores, Math.min(2, cores)]);
  });

  it.skipIf(process.platform !== 'linux')('--jobs 64 starts no more threads than the cores allow', async () => {
    const dir = folder('jobs', Object.fromEntries(Array.from({ length: 80 }, (_, k) => [`s${k}.txt`, ARTICLE])));
    const run = await peakThreads(['extract', '--json', '--no-progress', '--jobs', '64', dir]);
    expect(run.code).toBe(0);
    // Node's own threads (V8 platform, libuv pool) and each worker's few: 64 workers would be hundreds
    expect(run.threads).toBeLessThan(20 + 4 * os.availableParallelism());
  });
});
