import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Texts written for these tests.

describe('a digit after 度 is its tenth, as after 米', () => {
  it('a fever and a body temperature', () => {
    expect(figures('孩子发烧三十七度五，体温升到38度2。').map((f) => [f.value, f.unit])).toEqual([
      [37.5, 'degC'],
      [38.2, 'degC'],
    ]);
  });

  it('the scale 华氏 names still wins, and a date after 度 is no tenth', () => {
    expect(figures('正常体温是华氏温度98.6度。')[0]).toMatchObject({ value: 98.6, unit: 'degF' });
    expect(figures('气温30度2日起回落。').map((f) => [f.text, f.kind])).toEqual([
      ['30度', 'temperature'],
      ['2日', 'date'],
    ]);
  });

  it('the temperature word a verb away or opening the clause, unless the sentence is of electricity', () => {
    expect(figures('气温从20度升至30度。').map((f) => f.unit)).toEqual(['degC', 'degC']);
    expect(figures('高温天气下全市用电达3亿度。')[0]).toMatchObject({ unit: 'kWh' });
  });

  it('English writes the decimal', () => {
    expect(figures('The child had a fever of 37.5 degrees Celsius.')[0]).toMatchObject({ value: 37.5, unit: 'degC' });
  });
});
