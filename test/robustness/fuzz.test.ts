import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest, ingestText } from '../../src/ingest/index.js';
import { assembleSheet, extractText, processDocument, processFile } from '../../src/pipeline.js';
import { renderFiguresJson, renderCheckJson } from '../../src/render/index.js';
import type { Figure } from '../../src/types.js';
// @ts-expect-error plain JS module shared with the long run, scripts/fuzz.mjs (npm run fuzz)
import { fuzzProperties } from '../../scripts/fuzz.mjs';

/** Bounded for CI; `npm run fuzz` runs the same properties a few hundred thousand times. */
const RUNS = 300;

const api = {
  ingest,
  ingestText,
  extractText,
  processFile,
  processDocument,
  assembleSheet,
  renderFiguresJson,
  renderCheckJson,
};
type Properties = Record<'text' | 'file' | 'bytes', fc.IProperty<unknown[]>>;
const propertiesOf = (pipeline: typeof api): Properties =>
  (fuzzProperties(pipeline) as { properties: Properties }).properties;

describe('fuzzing: digits, CJK numerals, scale words, currencies, units and markup', () => {
  const properties = propertiesOf(api);
  it.each(Object.keys(properties) as (keyof Properties)[])(
    '%s: no exception, every pointer slices to its text, output valid against the schemas',
    (name) => {
      fc.assert(properties[name], { numRuns: RUNS });
    },
  );
});

describe('the properties catch what they are for', () => {
  /** The message the property failed with (fast-check wraps it), or 'passed'. */
  const failure = (property: fc.IProperty<unknown[]>): string => {
    const result = fc.check(property, { numRuns: RUNS });
    return result.failed ? String((result.errorInstance as Error | undefined)?.message) : 'passed';
  };
  const shifted = (figures: Figure[]): Figure[] =>
    figures.map((f) => ({ ...f, source: { ...f.source, start: f.source.start + 1 } }));

  it('a pointer one character off', () => {
    const properties = propertiesOf({ ...api, extractText: (text) => shifted(extractText(text)) });
    expect(failure(properties.text)).toMatch(/does not slice to its text/);
  });

  it('output the schema does not allow', () => {
    const properties = propertiesOf({
      ...api,
      renderFiguresJson: (figures) => renderFiguresJson(figures).replace(/"kind": "\w+"/g, '"kind": "thing"'),
    });
    expect(failure(properties.file)).toMatch(/figures\.json invalid/);
  });
});
