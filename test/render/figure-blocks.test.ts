import { describe, expect, it } from 'vitest';
import { clusters, readingOrder } from '../../src/render/figure-blocks.js';
import type { Figure, FigureLink } from '../../src/types.js';
import { plainFigure } from './sheets.js';

const figure = (file: string | null, start: number, id = `${file}#${start}`, link?: FigureLink): Figure =>
  plainFigure({ id, source: { file, start, end: start + 1, line: 1, column: start + 1 }, ...(link ? { link } : {}) });

describe('readingOrder', () => {
  it('puts listed files first in their order, then the others by name, then no file; each by position', () => {
    const figures = [
      figure('z.txt', 5),
      figure(null, 1),
      figure('b.txt', 9),
      figure('listed-2.txt', 3),
      figure('b.txt', 2),
      figure('a.txt', 7),
      figure('listed-1.txt', 4),
      figure('b.txt', 2, 'b.txt#0'),
      figure('z.txt', 1),
    ];
    const sources = [{ file: 'listed-1.txt' }, { file: 'listed-2.txt' }];
    const order = readingOrder(figures, sources).map((run) => run.map((f) => f.id));
    expect(order).toEqual([
      ['listed-1.txt#4'],
      ['listed-2.txt#3'],
      ['a.txt#7'],
      ['b.txt#0', 'b.txt#2', 'b.txt#9'],
      ['z.txt#1', 'z.txt#5'],
      ['null#1'],
    ]);
  });
});

describe('clusters', () => {
  it('joins the two ends of a link both agree on, from → to, where the first one stands', () => {
    const to = figure('a.txt', 5, 'to', { type: 'transition', role: 'to', other: 'from', trigger: 'rose' });
    const from = figure('a.txt', 3, 'from', { type: 'transition', role: 'from', other: 'to' });
    const alone = figure('a.txt', 1, 'alone');
    const oneSided = figure('a.txt', 9, 'one-sided', { type: 'range', role: 'low', other: 'alone' });
    const blocks = clusters([alone, to, from, oneSided].map((f) => ({ figure: f })));
    expect(blocks.map((b) => [b.link, b.members.map((m) => m.figure.id)])).toEqual([
      [null, ['alone']],
      [{ type: 'transition', trigger: 'rose' }, ['from', 'to']],
      [null, ['one-sided']],
    ]);
  });
});
