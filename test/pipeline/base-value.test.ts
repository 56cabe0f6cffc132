import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseValue, math } from '../../src/normalize/index.js';

describe('baseValue', () => {
  // single units take a cached factor, compound ones go through mathjs: both must be mathjs's value to the bit
  const units = [
    't',
    'kg',
    'g',
    'km^2',
    'm^2',
    'hectare',
    'mu',
    'jin',
    'TEU',
    'TEU/year',
    'km/h',
    'm/s',
    'degC',
    'mi',
    'l',
    'm^3',
    'h',
    'year',
    'nmi',
  ];

  it('is what math.unit(value, unit).value gives, for every unit news text uses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.double({ min: -1e15, max: 1e15, noNaN: true }), (unit, value) => {
        expect(Object.is(baseValue(value, unit), math.unit(value, unit).value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('is null when mathjs does not know the unit', () => {
    expect(baseValue(3, 'widgets')).toBeNull();
  });
});
