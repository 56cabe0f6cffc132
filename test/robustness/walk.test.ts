import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/types.js';
import { runCli, tempDir } from '../cli/run-cli.js';
import { ARTICLE, folder } from './helpers.js';

const filesOf = (stdout: string): string[] => [
  ...new Set((JSON.parse(stdout) as { figures: Figure[] }).figures.map((f) => f.source.file ?? '')),
];

describe('symbolic links and the walk (issue 13, item 2)', () => {
  it('a folder of symlink loops is walked in no time, each file read once, each loop reported', async () => {
    const dir = folder('loops', { 'a/story.txt': ARTICLE });
    // every folder links back to the root and to each other: the old walk was exponential
    for (const name of ['a', 'b', 'c', 'd']) {
      mkdirSync(path.join(dir, name), { recursive: true });
      symlinkSync('..', path.join(dir, name, 'link-up'));
      for (const target of ['a', 'b', 'c', 'd'])
        symlinkSync(path.join(dir, target), path.join(dir, name, `link-${target}`));
    }
    symlinkSync('self', path.join(dir, 'self'));
    const started = Date.now();
    const run = await runCli(['extract', '--json', '--no-progress', dir]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.code, run.stderr).toBe(0);
    expect(filesOf(run.stdout)).toEqual([path.join(dir, 'a', 'story.txt')]);
    expect(run.stderr).toMatch(
      /link-up: the folder .* again \(a symbolic link loop or a second link\): not walked twice/,
    );
    expect(run.stderr).toContain(`${path.join(dir, 'self')}: a symbolic link loop: skipped`);
  });

  it('the same file by two paths (a link, a hard link) is read once and cannot corroborate itself', async () => {
    const dir = folder('twice', { 'one.txt': ARTICLE });
    symlinkSync(path.join(dir, 'one.txt'), path.join(dir, 'two.txt'));
    linkSync(path.join(dir, 'one.txt'), path.join(dir, 'three.txt'));
    const run = await runCli(['extract', '--json', '--no-progress', dir]);
    expect(filesOf(run.stdout)).toEqual([path.join(dir, 'one.txt')]);
    expect(run.stderr).toContain(
      `${path.join(dir, 'three.txt')}: the same file as ${path.join(dir, 'one.txt')}: read once`,
    );
    expect(run.stderr).toContain(
      `${path.join(dir, 'two.txt')}: the same file as ${path.join(dir, 'one.txt')}: read once`,
    );
  });
});

describe('the output folder and the inputs (issue 13, item 6)', () => {
  it('refuses an output folder inside an input folder, and writes nothing', async () => {
    const dir = folder('snowball', { 'story.txt': ARTICLE });
    for (const out of [path.join(dir, 'a', 'output'), dir]) {
      const run = await runCli(['build', '--no-progress', dir, '--out', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is inside the input folder');
    }
    expect(readdirSync(dir)).toEqual(['story.txt']);
  });

  it('refuses it when reached through a symbolic link too', async () => {
    const dir = folder('snowball-link', { 'story.txt': ARTICLE });
    const other = tempDir('snowball-other');
    symlinkSync(dir, path.join(other, 'in'));
    const run = await runCli(['build', '--no-progress', path.join(other, 'in'), '--out', path.join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is inside the input folder');
  });

  it('skips the outputs of an earlier build met in a folder, and the output folder when linked from an input', async () => {
    const dir = folder('own', { 'story.txt': ARTICLE });
    const out = tempDir('own-out');
    expect((await runCli(['build', '--no-progress', dir, '--out', out])).code).toBe(0);
    const count = String(
      (JSON.parse(readFileSync(path.join(out, 'figures.json'), 'utf8')) as { figures: Figure[] }).figures.length,
    );
    symlinkSync(out, path.join(dir, 'old'));
    const again = await runCli(['build', '--no-progress', dir, '--out', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${path.join(dir, 'old')}: the output folder: skipped`);
    expect(again.stderr.match(/(\d+) figures from (\d+) files/)?.slice(1)).toEqual([count, '1']);
    const notes = folder('own-notes', { 'notes.txt': 'Nothing here but 4 cats.\n' });
    const run = await runCli(['extract', '--json', '--no-progress', notes, out]);
    for (const name of ['factsheet.html', 'figures.json', 'figures.csv', 'findings.json'])
      expect(run.stderr).toContain(`${path.join(out, name)}: an output of factsheet: not read as an article`);
    expect(filesOf(run.stdout)).toEqual([path.join(notes, 'notes.txt')]);
  });
});
