import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES, PARALLEL_MIN_FILES, useThreads } from '../../src/cli/workers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'factsheet.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI in a real process (worker threads load dist/, not the TypeScript sources). */
function cli(args: string[]): Promise<Run> {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'workers.js')))
    throw new Error('build first: npx tsc -p tsconfig.json');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: '0' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** Seeds with their numbers varied, so no two files are alike: `count` articles, English and Chinese. */
function writeCorpus(dir: string, count: number): void {
  const seeds = readdirSync(path.join(ROOT, 'seeds'))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(path.join(ROOT, 'seeds', n), 'utf8'));
  for (let k = 0; k < count; k++) {
    let n = k;
    const text = (seeds[k % seeds.length] as string).replace(/\d+/g, (d) =>
      String((Number(d) + (n += 7)) % 10 ** d.length).padStart(d.length, '1'),
    );
    // a few in a sub-folder: folders are walked in name order
    const sub = k % 10 === 9 ? path.join(dir, 'more') : dir;
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `article-${String(k).padStart(3, '0')}.txt`), text);
  }
  // bad files in the batch are reported, in order, and skipped
  writeFileSync(path.join(dir, 'article-005b-empty.txt'), '');
  writeFileSync(
    path.join(dir, 'article-017b-binary.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a, 0x1a, 0, 1, 2, 3]),
  );
}

describe('worker threads', () => {
  let work: string;
  let corpus: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'factsheet-workers-'));
    corpus = path.join(work, 'corpus');
    writeCorpus(corpus, 40);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are used only for many files or many bytes, and never with one job', () => {
    expect(useThreads(PARALLEL_MIN_FILES, 1000, 4)).toBe(false);
    expect(useThreads(PARALLEL_MIN_FILES + 1, 1000, 4)).toBe(true);
    expect(useThreads(2, PARALLEL_MIN_BYTES + 1, 4)).toBe(true);
    expect(useThreads(100, PARALLEL_MIN_BYTES + 1, 1)).toBe(false);
    expect(useThreads(1, PARALLEL_MIN_BYTES + 1, 4)).toBe(false);
  });

  it('build: every output file byte for byte what one thread writes, stderr too', async () => {
    const runs: Run[] = [];
    for (const jobs of ['1', '3']) {
      const out = path.join(work, `out-${jobs}`);
      const run = await cli(['build', corpus, '--out', out, '--jobs', jobs, '--no-progress']);
      expect(run.code, run.stderr).toBe(0);
      // the summary line names the output folder, which differs
      runs.push({ ...run, stderr: run.stderr.replaceAll(out, '<out>') });
    }
    const [one, three] = runs as [Run, Run];
    expect(three.stderr).toBe(one.stderr);
    // the bad files, in input order, with their paths
    expect(one.stderr.indexOf('article-005b-empty.txt')).toBeGreaterThanOrEqual(0);
    expect(one.stderr.indexOf('article-005b-empty.txt')).toBeLessThan(one.stderr.indexOf('article-017b-binary.png'));
    const outputs = readdirSync(path.join(work, 'out-1')).sort();
    expect(outputs).toEqual(expect.arrayContaining(['factsheet.html', 'figures.csv', 'figures.json', 'findings.json']));
    expect(readdirSync(path.join(work, 'out-3')).sort()).toEqual(outputs);
    for (const name of outputs) {
      const a = readFileSync(path.join(work, 'out-1', name));
      const b = readFileSync(path.join(work, 'out-3', name));
      expect(b.equals(a), name).toBe(true);
    }
    // and the figures really are of many articles, each file's together, in the order folders are walked
    const files = (
      JSON.parse(readFileSync(path.join(work, 'out-3', 'figures.json'), 'utf8')) as {
        figures: Array<{ source: { file: string } }>;
      }
    ).figures.map((f) => f.source.file);
    const distinct = files.filter((f, k) => f !== files[k - 1]);
    expect(new Set(distinct).size).toBe(distinct.length);
    expect(distinct.length).toBeGreaterThan(20);
    const walked = (f: string): string =>
      path.dirname(f) === corpus ? `0${path.basename(f)}` : `1${path.basename(f)}`;
    expect(distinct.map(walked)).toEqual(distinct.map(walked).sort());
  });

  it('extract --json and check --json: the same stdout and exit code on threads', async () => {
    for (const command of [
      ['extract', '--json'],
      ['check', '--json'],
    ]) {
      const one = await cli([...command, corpus, '--jobs', '1']);
      const two = await cli([...command, corpus, '--jobs', '2']);
      expect(two.code).toBe(one.code);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(one.stdout.length).toBeGreaterThan(1000);
    }
  });

  it('--jobs takes a positive whole number', async () => {
    const run = await cli(['extract', '--json', corpus, '--jobs', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
