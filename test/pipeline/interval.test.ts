import { describe, expect, it } from 'vitest';
import { intervalOf } from '../../src/normalize/index.js';

describe('intervalOf', () => {
  it('allows half a unit of the last stated digit either side', () => {
    expect(intervalOf(475, 0, 'exact')).toEqual([474.5, 475.5]);
    expect(intervalOf(-3, 0, 'exact')).toEqual([-3.5, -2.5]);
    expect(intervalOf(3.7, -1, 'exact')).toEqual([3.65, 3.75]);
  });

  it('rounds to whole numbers when a unit factor puts the place between 0 and 1 (9两半 is 475 g)', () => {
    expect(intervalOf(475, Math.log10(5), 'exact')).toEqual([473, 478]);
    expect(intervalOf(5, Math.log10(5), 'exact')).toEqual([2, 8]);
  });
});
