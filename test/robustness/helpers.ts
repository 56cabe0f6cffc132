import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { tempDir } from '../cli/run-cli.js';

export const ARTICLE = 'The port handled 800 ships in 2021, up 15% from 2020.\n';

/** A folder of files, created under a temporary folder. */
export function folder(prefix: string, files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir(prefix);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The files of a folder and their contents, dot files included; folders are named only. */
export function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).map((e) => [
      e.name,
      e.isDirectory() ? '<folder>' : readFileSync(path.join(dir, e.name), 'latin1'),
    ]),
  );
}

/** Sizes of every file named `name` in `dir` and its subfolders, one level down. */
export function sizesOf(dir: string, name: string): number[] {
  const sizes: number[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === name) sizes.push(statSync(path.join(dir, name)).size);
    if (e.isDirectory())
      for (const f of readdirSync(path.join(dir, e.name)))
        if (f === name) sizes.push(statSync(path.join(dir, e.name, f)).size);
  }
  return sizes;
}

/** A small tmpfs mounted at a new folder (root only), unmounted and removed after the file; null when mounting is not possible. */
export function smallDisk(prefix: string, options: string): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), `factsheet-${prefix}-`));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  // one hook, in this order: a folder of a read-only mount cannot be removed while mounted
  afterAll(() => {
    execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
