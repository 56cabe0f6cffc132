import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/render/figure-blocks.js';
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
