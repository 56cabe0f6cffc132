import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/types.js';
import { runCli, tempDir } from '../cli/run-cli.js';
import { ARTICLE, folder } from './helpers.js';

/** A heap far below what the unbounded inputs took (3.4 GB): a run that does not stay within it crashes. */
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=192' };

describe('bounded memory per input (issue 13, item 1)', () => {
  it('2 MB of `1 1 1 …` is reported where the cap is passed and skipped; the batch goes on, in a small heap', async () => {
    const dir = folder('dense', { 'a.txt': ARTICLE, 'ones.txt': '1 '.repeat(1024 * 1024), 'z.txt': ARTICLE });
    const out = tempDir('dense-out');
    const run = await runCli(['build', '--no-progress', dir, '--out', out], { env: SMALL_HEAP });
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    expect(run.stderr).toContain(
      `${path.join(dir, 'ones.txt')}:1:40001  error  more than 20,000 numbers in one input: skipped, to keep memory bounded (raise with --max-numbers)  too-many-numbers`,
    );
    const { figures } = JSON.parse(readFileSync(path.join(out, 'figures.json'), 'utf8')) as { figures: Figure[] };
    expect([...new Set(figures.map((f) => path.basename(f.source.file ?? '')))]).toEqual(['a.txt', 'z.txt']);
  });

  it('figures are capped too, not only numerals: number words', async () => {
    const dir = folder('words', { 'a.txt': ARTICLE, 'words.txt': 'Three ships and two boats. '.repeat(100) });
    const run = await runCli(['extract', '--json', '--max-numbers', '50', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/words\.txt:1:\d+ {2}error {2}more than 50 figures in one input/);
  });

  it('--jsonl: a record over --max-bytes is answered with an error without being held, and the next lines are answered', async () => {
    const huge = `{"id":"huge","text":"${'The 12 ships docked. '.repeat(1_000_000)}"}`;
    const input = ['{"id":1,"text":"800 ships"}', huge, '{"id":2,"text":"900 ships"}'].join('\n');
    const run = await runCli(['extract', '--jsonl'], { input, env: SMALL_HEAP });
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: string });
    expect(out.map((a) => a.id)).toEqual([1, null, 2]);
    expect(out[1]?.error).toBe('record larger than 16777216 bytes (--max-bytes)');
  });

  it('--jsonl: a record dense with numbers is answered with an error, and the next lines are answered', async () => {
    const input = [
      '{"id":1,"text":"800 ships"}',
      `{"id":"dense","text":"${'1 '.repeat(500_000)}"}`,
      '{"id":2,"text":"900 ships"}',
    ].join('\n');
    const run = await runCli(['extract', '--jsonl'], { input, env: SMALL_HEAP });
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: string });
    expect(out.map((a) => a.id)).toEqual([1, 'dense', 2]);
    expect(out[1]?.error).toBe('more than 20000 numbers in the record (--max-numbers)');
  });
});
