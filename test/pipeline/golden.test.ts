import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline.js';
// @ts-expect-error plain JS helper shared with scripts/update-golden.mjs
import { goldenFigure } from '../../scripts/golden.mjs';

const seeds = readdirSync('seeds')
  .filter((n) => n.endsWith('.txt'))
  .sort();

describe('golden figures of every seed file (regenerate on purpose: npm run golden:update)', () => {
  it.each(seeds)('%s', (name) => {
    const file = path.join('seeds', name);
    const result = processFile({ path: file, bytes: readFileSync(file) });
    if ('reason' in result) throw new Error(result.message);
    const expected = JSON.parse(readFileSync(path.join('test', 'golden', name.replace(/\.txt$/, '.json')), 'utf8'));
    expect(result.figures.map(goldenFigure)).toEqual(expected);
  });
});
