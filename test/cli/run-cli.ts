import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'factsheet.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node bin/factsheet.js ...args`, as a user runs it: the built dist/, a real process, real exit code. */
export function runCli(
  args: string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    input?: string;
    killWhen?: () => boolean;
    signal?: NodeJS.Signals;
  } = {},
): Promise<CliRun> {
  // bin/ imports dist/: a missing build would look like a crash of the CLI
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('build first: npx tsc -p tsconfig.json');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.stdin.end(options.input ?? '');
    // a signal (SIGKILL unless told) as soon as the condition holds: a run stopped half way
    const killWhen = options.killWhen;
    const watch = killWhen
      ? setInterval(() => {
          if (!killWhen()) return;
          child.kill(options.signal ?? 'SIGKILL');
          clearInterval(watch);
        }, 2)
      : undefined;
    child.on('close', () => clearInterval(watch));
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** Folders made by `tempDir` in this test file. */
const made: string[] = [];
// registered when the file imports this module: a hook registered inside a running test is
// never called, and folders made in tests were left behind
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder removed after the test file, whether made in a suite or in a test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `factsheet-${prefix}-`));
  made.push(dir);
  return dir;
}
