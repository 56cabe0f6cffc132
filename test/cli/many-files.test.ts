import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/types.js';
import { runCli, tempDir } from './run-cli.js';

const COUNT = 10_000;

describe(`a folder of ${COUNT} files`, () => {
  it('processes every file, in name order', async () => {
    const dir = path.join(tempDir('many'), 'articles');
    mkdirSync(dir);
    // one figure a file, its value the file's number, so a lost or repeated file shows
    for (let i = 1; i <= COUNT; i++)
      writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), `The port handled ${i} ships.\n`);
    // no progress lines: stderr must stay empty when nothing is wrong
    const run = await runCli(['extract', '--json', '--no-progress', dir]);
    expect(run.code, run.stderr.slice(0, 2000)).toBe(0);
    expect(run.stderr).toBe('');
    const figures = (JSON.parse(run.stdout) as { figures: Figure[] }).figures;
    expect(new Set(figures.map((f) => f.source.file)).size).toBe(COUNT);
    expect(figures.map((f) => f.value)).toEqual(Array.from({ length: COUNT }, (_, k) => k + 1));
  }, 300_000);
});
