import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputFolder } from '../../src/cli/out-dir.js';
import { runCli, tempDir } from '../cli/run-cli.js';
import { ARTICLE, contents, folder, sizesOf, smallDisk } from './helpers.js';

const OUTPUTS = ['factsheet.html', 'factsheet.md', 'figures.csv', 'figures.json', 'findings.json', 'statements.json'];

/** No stack frame, no Node banner: one line that says what to do. */
function expectOneLine(stderr: string, message: RegExp): void {
  const fatal = stderr.split('\n').filter((l) => l.startsWith('factsheet: '));
  expect(fatal.length, stderr).toBe(1);
  expect(fatal[0]).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at |node:internal|Node\.js v/);
}

describe('exit codes: every failure of the run is exit 2 with one clear line (issue 13, item 11)', () => {
  const input = folder('exit-in', { 'story.txt': ARTICLE });
  const scratch = tempDir('exit-scratch');
  writeFileSync(path.join(scratch, 'a-file'), 'x');

  it.each([
    ['a file', () => path.join(scratch, 'a-file'), /--out .*a-file is not a folder/],
    ['empty', () => '', /--out is empty/],
    ['under a file', () => path.join(scratch, 'a-file', 'out'), /a part of the path is not a folder/],
    [
      'in /proc (recursive mkdir never returns there)',
      () => '/proc/factsheet-out/x',
      /cannot create --out \/proc\/factsheet-out/,
    ],
  ])('--out %s', async (_, out, message) => {
    const run = await runCli(['build', '--no-progress', input, '--out', out()]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, message);
  });

  it('--debug adds the stack', async () => {
    const run = await runCli([
      'build',
      '--no-progress',
      '--debug',
      input,
      '--out',
      path.join(scratch, 'a-file', 'out'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  const readOnly = smallDisk('exit-ro', 'ro,size=1m');
  it.skipIf(readOnly === null)('--out on a read-only file system', async () => {
    const run = await runCli(['build', '--no-progress', input, '--out', path.join(readOnly as string)]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /cannot write to --out .*: the file system is read-only/);
  });

  it('missing Chromium with --pdf: exit 2, one line, and the other outputs written (item 9)', async () => {
    const out = tempDir('exit-pdf');
    writeFileSync(path.join(out, 'factsheet.pdf'), 'an old PDF');
    const run = await runCli(['build', '--no-progress', '--pdf', input, '--out', out], {
      env: { CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /factsheet\.pdf not written: Chromium not found .* \(the other outputs are written\)/);
    // the old PDF would sit beside a newer sheet: it goes
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  });
});

describe('atomic outputs (issue 13, item 4)', () => {
  const input = folder('atomic-in', { 'story.txt': ARTICLE });

  it('the set is written in a staging folder and swapped in: no staging or marker left, no file of another build', async () => {
    const out = tempDir('atomic-out');
    writeFileSync(path.join(out, 'factsheet.pdf'), 'from an earlier --pdf build');
    writeFileSync(path.join(out, 'mine.txt'), 'not an output');
    const run = await runCli(['build', '--no-progress', input, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS, 'mine.txt'].sort());
  });

  const full = smallDisk('atomic-full', 'size=256k');
  it.skipIf(full === null)('a full disk leaves the last good set as it was, and exit 2', async () => {
    const out = full as string;
    expect((await runCli(['build', '--no-progress', input, '--out', out])).code).toBe(0);
    const before = contents(out);
    const big = folder(
      'atomic-big',
      Object.fromEntries(Array.from({ length: 4 }, (_, k) => [`s${k}.txt`, ARTICLE.repeat(400)])),
    );
    const run = await runCli(['build', '--no-progress', big, '--out', out]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /no space left on the device/);
    expect(contents(out)).toEqual(before);
  });

  it('a build killed half way leaves the last good set as it was', async () => {
    const out = tempDir('atomic-kill');
    expect((await runCli(['build', '--no-progress', input, '--out', out])).code).toBe(0);
    const before = contents(out);
    const many = folder(
      'atomic-many',
      Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`s${k}.txt`, ARTICLE.repeat(600)])),
    );
    // killed while the new factsheet.html is being written, wherever it is written
    const old = statSync(path.join(out, 'factsheet.html')).size;
    const killWhen = (): boolean => sizesOf(out, 'factsheet.html').some((size) => size !== old);
    const run = await runCli(['build', '--no-progress', '--jobs', '1', many, '--out', out], { killWhen });
    expect(run.code).toBe(null);
    // a staging folder may stay behind (dot-named, never read as input); the outputs are the old set
    const after = Object.fromEntries(
      Object.entries(contents(out)).filter(([name]) => !name.startsWith('.factsheet-staging-')),
    );
    expect(after).toEqual(before);
  });
  it('Ctrl-C or SIGTERM: the staging folder goes with the run, the last good set stays', async () => {
    const out = tempDir('atomic-term');
    expect((await runCli(['build', '--no-progress', input, '--out', out])).code).toBe(0);
    const before = contents(out);
    const many = folder(
      'atomic-term-in',
      Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`s${k}.txt`, ARTICLE.repeat(600)])),
    );
    const staging = (): boolean => readdirSync(out).some((name) => name.startsWith('.factsheet-staging-'));
    const run = await runCli(['build', '--no-progress', '--jobs', '1', many, '--out', out], {
      killWhen: staging,
      signal: 'SIGTERM',
    });
    expect(run.code).toBe(143);
    expect(contents(out)).toEqual(before);
  });
});

describe('no writing through symbolic links (issue 13, item 5)', () => {
  const input = folder('links-in', { 'story.txt': ARTICLE });

  it.each(OUTPUTS.concat('factsheet.pdf'))('a link at --out/%s is refused before anything is written', async (name) => {
    const out = tempDir('links-out');
    symlinkSync('/etc/passwd', path.join(out, name));
    await expect(OutputFolder.open(out)).rejects.toThrow(
      `${path.join(out, name)} is a symbolic link: refusing to write through it (remove it)`,
    );
    expect(readdirSync(out)).toEqual([name]);
  });

  it('the build exits 2 with one line, and the target of the link is untouched', async () => {
    const out = tempDir('links-cli');
    const target = path.join(tempDir('links-target'), 'precious');
    writeFileSync(target, 'precious');
    symlinkSync(target, path.join(out, 'factsheet.html'));
    const run = await runCli(['build', '--no-progress', input, '--out', out]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /is a symbolic link: refusing to write through it/);
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });

  it('staging names are not predictable: a planted link at the old temporary name is not followed', async () => {
    const out = tempDir('links-staged');
    const target = path.join(tempDir('links-staged-target'), 'precious');
    writeFileSync(target, 'precious');
    // the old names were `.figures.json.<pid>.partial`: plant them for the pids that come next
    const next = spawnSync('true').pid ?? 0;
    for (let pid = next; pid < next + 500; pid++)
      for (const name of ['figures.json', 'figures.csv'])
        symlinkSync(target, path.join(out, `.${name}.${pid}.partial`));
    const run = await runCli(['build', '--no-progress', input, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(existsSync(path.join(out, 'figures.json'))).toBe(true);
  });
});
