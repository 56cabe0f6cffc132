import path from 'node:path';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/pipeline.js';
import { renderFiguresJson } from '../../src/render/index.js';
import { ROOT } from '../cli/run-cli.js';

const validate = new Ajv2020.default({ strict: true, allErrors: true }).compile(
  JSON.parse(readFileSync(path.join(ROOT, 'schema', 'figures.schema.json'), 'utf8')) as object,
);

describe('output valid against its schema for numbers a double cannot hold (issue 13, item 8)', () => {
  it.each([
    'between 1e400 and 5 km',
    'between 3 and 5e400 km',
    '1e400-2e400 ships',
    '3至1e400吨',
    'rose from 3 to 1e400 tonnes',
    `between 1 and ${'9'.repeat(400)} ships`,
  ])('%s', (text) => {
    const figures = extractText(text);
    const json = JSON.parse(renderFiguresJson(figures)) as unknown;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    for (const f of figures) if (/e400|9{400}/.test(f.text)) expect(f.note).toContain('number too large to represent');
  });
});
