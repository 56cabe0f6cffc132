import { execFileSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure, Finding } from '../../src/types.js';
import { runCli, tempDir } from './run-cli.js';

const GOOD = {
  'good.txt': 'Sales rose 15% to €3.7bn in 2021, with about 800 ventilators delivered.\n',
  'good-zh.md': '# 列日机场\n\n根据海关数据，列日机场去年处理了约 3.26 亿件包裹。\n',
};

// a PNG signature and IHDR chunk; a PDF whose bytes are all text but its binary-marker line
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n%'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
  Buffer.from('\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R /Size 3 >>\n%%EOF\n'),
]);

function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
}

/** A regular expression from literal text (paths) and pattern pieces. */
const re = (strings: TemplateStringsArray, ...literals: string[]): RegExp =>
  new RegExp(
    strings.raw.reduce((out, piece, k) => out + piece + (literals[k] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ''),
    'm',
  );

const figuresOf = (stdout: string): Figure[] => (JSON.parse(stdout) as { figures: Figure[] }).figures;

describe('a batch with bad files in it', () => {
  const dir = tempDir('batch');
  writeFiles(dir, {
    ...GOOD,
    'empty.txt': '',
    'blank.md': ' \n\t\r\n\u3000\n',
    'nul.txt': 'Sales rose 15%\0\0\0 to 9 units.\n',
    'image.png': PNG,
    'paper.pdf': PDF,
    'large.txt': `${'Revenue was 12 million dollars. '.repeat(100)}\n`,
  });
  // reading a FIFO or /dev/zero never ends: they must be refused, not read
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  const at = (name: string) => path.join(dir, name);

  it('reports each bad file on stderr with its path and keeps every good file', async () => {
    const run = await runCli(['extract', '--json', '--max-bytes', '2000', dir, '/dev/zero']);
    expect(run.code, run.stderr).toBe(0);
    for (const name of ['empty.txt', 'blank.md']) expect(run.stderr).toMatch(re`${at(name)}: .*empty`);
    for (const name of ['nul.txt', 'image.png', 'paper.pdf'])
      expect(run.stderr).toContain(`${at(name)}: binary file skipped`);
    expect(run.stderr).toMatch(re`${at('large.txt')}: file too large: .*\(limit .*2000`);
    expect(run.stderr).toContain(`${at('pipe.txt')}: not a regular file`);
    expect(run.stderr).toContain('/dev/zero: not a regular file');

    const figures = figuresOf(run.stdout);
    expect(new Set(figures.map((f) => f.source.file))).toEqual(new Set(Object.keys(GOOD).map(at)));
    expect(figures.map((f) => f.value)).toEqual(expect.arrayContaining([15, 3.7e9, 800, 3.26e8]));
  });

  it('gives the good files the very same figures as a batch of only them', async () => {
    const mixed = await runCli(['extract', '--json', '--max-bytes', '2000', dir]);
    const alone = await runCli(['extract', '--json', ...Object.keys(GOOD).sort().map(at)]);
    expect(mixed.stdout).toBe(alone.stdout);
  });

  it('refuses a file by its size before reading it', async () => {
    const big = tempDir('big');
    writeFiles(big, GOOD);
    // 50 MB of real text over the default limit, and a sparse 3 GiB file that readFile cannot
    // even load (ERR_FS_FILE_TOO_LARGE): only a stat-first check reports it as too large
    writeFileSync(path.join(big, 'fifty.txt'), Buffer.alloc(50 * 1024 * 1024, 'The 12 ships. '));
    const fd = openSync(path.join(big, 'sparse.txt'), 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const run = await runCli(['extract', '--json', big]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(re`${path.join(big, 'fifty.txt')}: file too large: .*\(limit `);
    expect(run.stderr).toMatch(re`${path.join(big, 'sparse.txt')}: file too large: .*\(limit `);
    expect(figuresOf(run.stdout).length).toBeGreaterThan(0);
  });

  it('takes the size limit from --max-bytes: the same file passes a higher limit', async () => {
    const run = await runCli(['extract', '--json', '--max-bytes', '100000', at('large.txt')]);
    expect(run.code, run.stderr).toBe(0);
    expect(figuresOf(run.stdout).length).toBeGreaterThan(0);
  });
});

describe('exit codes', () => {
  const dir = tempDir('exit');
  const bad = path.join(dir, 'bad');
  mkdirSync(bad);
  writeFiles(bad, { 'empty.txt': '', 'image.png': PNG });
  writeFiles(dir, {
    'mismatch.txt': 'The trade deficit grew from €3.7bn in 2021 to $9.1bn in 2022.\n',
    'fine.txt': 'The trade deficit grew from €3.7bn in 2021 to €9.1bn in 2022.\n',
  });

  it('exits 2 when nothing in the paths is readable', async () => {
    const run = await runCli(['build', '--out', path.join(dir, 'out'), bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing readable');
    expect(run.stderr).toContain(`${path.join(bad, 'image.png')}: binary file skipped`);
  });

  it('a build that fails leaves the last good outputs as they were, and no partial file', async () => {
    // outside the inputs: an output folder inside an input folder is refused
    const out = path.join(tempDir('kept'), 'kept');
    const good = await runCli(['build', '--no-progress', '--out', out, dir]);
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`${path.join(out, 'factsheet.html')}\n`); // the sheet to open
    const before = Object.fromEntries(
      readdirSync(out).map((name) => [name, readFileSync(path.join(out, name), 'utf8')]),
    );
    expect(Object.keys(before).sort()).toEqual([
      'factsheet.html',
      'factsheet.md',
      'figures.csv',
      'figures.json',
      'findings.json',
      'statements.json',
    ]);
    const failed = await runCli(['build', '--no-progress', '--out', out, bad]);
    expect(failed.code).toBe(2);
    const after = Object.fromEntries(
      readdirSync(out).map((name) => [name, readFileSync(path.join(out, name), 'utf8')]),
    );
    expect(after).toEqual(before);
  });

  it('exits 2 for a path that does not exist, and names it', async () => {
    const missing = path.join(dir, 'missing.txt');
    const run = await runCli(['extract', '--json', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${missing}: no such file or folder`);
  });

  it('exits 0 when a missing path sits beside a readable one', async () => {
    const run = await runCli(['extract', '--json', path.join(dir, 'missing.txt'), path.join(dir, 'fine.txt')]);
    expect(run.code).toBe(0);
    expect(figuresOf(run.stdout).length).toBeGreaterThan(0);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['extract', 'seeds']],
    [['build', '--bogus']],
    [['build', '--max-bytes', 'lots']],
    [['build', '--max-bytes', '-5']],
  ])('exits 2 on bad usage: %j', async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage|factsheet:/);
    expect(run.stdout).toBe('');
  });

  it('check exits 1 on an error finding and prints it as file:line:col severity message rule', async () => {
    const file = path.join(dir, 'mismatch.txt');
    const run = await runCli(['check', file]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(re`^${file}:1:\d+  error  .+  [a-z-]+$`);
    const json = await runCli(['check', '--json', file]);
    expect(json.code).toBe(1);
    const errors = (JSON.parse(json.stdout) as { findings: Finding[] }).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.figures.length)).toContain(2);
  });

  it('check exits 0 when no finding is an error', async () => {
    const run = await runCli(['check', path.join(dir, 'fine.txt')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/  error  /);
  });
});
