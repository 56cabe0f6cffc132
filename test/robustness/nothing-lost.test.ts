import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure, NonFigure } from '../../src/types.js';
import { ROOT, runCli } from '../cli/run-cli.js';

/**
 * Every numeral of the seeds is accounted for: inside a figure, or a non-figure with a reason.
 * The numerals are found here independently of the extractor, so a numeral that explain.ts
 * forgets to list fails as surely as one the grammar leaves unclassified.
 */
const NUMERAL = /[0-9０-９]+|[〇零一二两三四五六七八九十百千万亿兩萬億]/gu;

const seeds = readdirSync(path.join(ROOT, 'seeds'))
  .filter((n) => n.endsWith('.txt'))
  .sort();

describe('nothing lost: extract --explain --json seeds/', () => {
  let figures: Figure[] = [];
  let nonFigures: NonFigure[] = [];
  beforeAll(async () => {
    const run = await runCli(['extract', '--explain', '--json', 'seeds/']);
    expect(run.code, run.stderr).toBe(0);
    ({ figures, nonFigures } = JSON.parse(run.stdout) as { figures: Figure[]; nonFigures: NonFigure[] });
  });

  it.each(seeds)('%s: every digit and Chinese numeral is a figure or a non-figure with a reason', (name) => {
    const file = path.join('seeds', name);
    const raw = readFileSync(path.join(ROOT, file), 'utf8').replace(/^\uFEFF/, '');
    const spans = [...figures, ...nonFigures].filter((s) => s.source.file === file);
    const unclassified = nonFigures.filter((n) => n.source.file === file && n.reason === 'unclassified');
    const at = (i: number) => `${raw.slice(0, i).split('\n').length}:${i - raw.lastIndexOf('\n', i - 1)}`;
    const lost = [...raw.matchAll(NUMERAL)]
      .filter((m) => !spans.some((s) => s.source.start <= m.index && m.index < s.source.end))
      .map((m) => `${m[0]} at ${at(m.index)}`);
    expect(lost).toEqual([]);
    expect(unclassified.map((n) => `${n.text} at ${n.source.line}:${n.source.column}`)).toEqual([]);
  });

  it('lists each non-figure with a pointer that slices to its text', () => {
    for (const n of nonFigures) {
      const raw = readFileSync(path.join(ROOT, n.source.file ?? ''), 'utf8').replace(/^\uFEFF/, '');
      expect(raw.slice(n.source.start, n.source.end), JSON.stringify(n)).toBe(n.text);
    }
  });
});
