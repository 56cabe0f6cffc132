import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderFiguresJson, renderFindingsJson } from '../../src/render/index.js';
import { FIGURE_KEYS, FINDING_KEYS, LINK_KEYS, RANGE_END_KEYS, SOURCE_KEYS } from '../../src/render/json.js';
import { KIND_LABELS, LANG_NAMES, QUALIFIER_WORDS, SEVERITY_RANK, VERDICT_LABELS } from '../../src/render/labels.js';
import type { Figure, Finding } from '../../src/types.js';
import { hostileSheet, sampleSheet } from './sheets.js';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as Record<string, any>;
const figuresSchema = load('figures.schema.json');
const findingsSchema = load('findings.schema.json');

const ajv = new Ajv2020.default({ strict: true, allErrors: true });
ajv.addSchema(figuresSchema);
// findings.schema.json (check --json) refers to the statements' schema
ajv.addSchema(load('statements.schema.json'));
const validateFigures = ajv.getSchema(figuresSchema.$id)!;
const validateFindings = ajv.compile(findingsSchema);

const figure = (): Figure => structuredClone(sampleSheet().figures[0]!);
const figuresDoc = (...figures: unknown[]) => ({ figures });

describe('schema/figures.schema.json', () => {
  it('accepts the renderer output', () => {
    for (const sheet of [sampleSheet(), hostileSheet()]) {
      const ok = validateFigures(JSON.parse(renderFiguresJson(sheet.figures)));
      expect(ok, JSON.stringify(validateFigures.errors)).toBe(true);
    }
  });

  it('accepts any well-typed figure', () => {
    const pointer = fc.record(
      {
        file: fc.option(fc.string()),
        start: fc.nat(),
        end: fc.nat(),
        line: fc.integer({ min: 1 }),
        column: fc.integer({ min: 1 }),
        byteStart: fc.nat(),
        byteEnd: fc.nat(),
      },
      { requiredKeys: ['file', 'start', 'end', 'line', 'column'] },
    );
    const number = fc.double({ noNaN: true, noDefaultInfinity: true });
    const arbitrary = fc.record(
      {
        id: fc.string({ minLength: 1 }),
        text: fc.string(),
        value: fc.option(number),
        unit: fc.string(),
        kind: fc.constantFrom(...Object.keys(KIND_LABELS)),
        noun: fc.option(fc.string()),
        qualifier: fc.constantFrom(...Object.keys(QUALIFIER_WORDS)),
        interval: fc.option(fc.tuple(number, fc.option(number))),
        iso: fc.option(fc.string()),
        lang: fc.constantFrom(...Object.keys(LANG_NAMES)),
        sentence: fc.string(),
        source: pointer,
        period: fc.option(fc.string()),
        note: fc.string(),
        link: fc.record(
          {
            type: fc.constantFrom('range', 'transition'),
            role: fc.constantFrom('from', 'to', 'low', 'high'),
            other: fc.string(),
            trigger: fc.string(),
          },
          { requiredKeys: ['type', 'role', 'other'] },
        ),
        range: fc.tuple(number, number),
        ends: fc.tuple(
          ...[0, 1].map(() =>
            fc.record({
              text: fc.string(),
              value: number,
              qualifier: fc.constantFrom(...Object.keys(QUALIFIER_WORDS)),
              source: pointer,
            }),
          ),
        ),
      },
      {
        requiredKeys: [
          'id',
          'text',
          'value',
          'unit',
          'kind',
          'noun',
          'qualifier',
          'interval',
          'iso',
          'lang',
          'sentence',
          'source',
        ],
      },
    );
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 3 }), (figures) => {
        expect(
          validateFigures(JSON.parse(renderFiguresJson(figures as Figure[]))),
          JSON.stringify(validateFigures.errors),
        ).toBe(true);
      }),
    );
  });

  it.each([
    ['an unknown field', { ...figure(), colour: 'red' }],
    ['a missing field', (({ noun: _, ...rest }) => rest)(figure())],
    ['a string value', { ...figure(), value: '326000000' }],
    ['an unknown kind', { ...figure(), kind: 'weight' }],
    ['an unknown qualifier', { ...figure(), qualifier: 'roughly' }],
    ['an unknown language', { ...figure(), lang: 'fr' }],
    ['a one-ended interval', { ...figure(), interval: [1] }],
    ['a three-ended interval', { ...figure(), interval: [1, 2, 3] }],
    ['an open lower end', { ...figure(), interval: [null, 2] }],
    ['a fractional offset', { ...figure(), source: { ...figure().source, start: 1.5 } }],
    ['a 0 line', { ...figure(), source: { ...figure().source, line: 0 } }],
    ['an unknown source field', { ...figure(), source: { ...figure().source, path: 'x' } }],
    ['a link without other', { ...figure(), link: { type: 'transition', role: 'from' } }],
    ['a bad link role', { ...figure(), link: { type: 'transition', role: 'middle', other: 'x' } }],
    [
      'a range with one end',
      { ...figure(), range: [3, 5], ends: [{ text: '3', value: 3, qualifier: 'exact', source: figure().source }] },
    ],
  ])('rejects %s', (_, bad) => {
    expect(validateFigures(figuresDoc(bad))).toBe(false);
  });

  it('names exactly the fields and enums of src/types.ts (via the renderer tables)', () => {
    const defs = figuresSchema.$defs;
    expect(Object.keys(defs.figure.properties)).toEqual([...FIGURE_KEYS]);
    expect(Object.keys(defs.sourcePointer.properties)).toEqual([...SOURCE_KEYS]);
    expect(Object.keys(defs.link.properties)).toEqual([...LINK_KEYS]);
    expect(Object.keys(defs.rangeEnd.properties)).toEqual([...RANGE_END_KEYS]);
    expect(defs.figure.properties.kind.enum).toEqual(Object.keys(KIND_LABELS));
    expect(defs.qualifier.enum).toEqual(Object.keys(QUALIFIER_WORDS));
    expect(defs.lang.enum).toEqual(Object.keys(LANG_NAMES));
  });
});

describe('schema/findings.schema.json', () => {
  const finding = (): Finding => structuredClone(sampleSheet().findings[1]!);

  it('accepts the renderer output', () => {
    for (const sheet of [sampleSheet(), hostileSheet()]) {
      const ok = validateFindings(JSON.parse(renderFindingsJson(sheet.findings)));
      expect(ok, JSON.stringify(validateFindings.errors)).toBe(true);
    }
  });

  it.each([
    ['an unknown field', { ...finding(), level: 1 }],
    ['a missing verdict', (({ verdict: _, ...rest }) => rest)(finding())],
    ['an unknown severity', { ...finding(), severity: 'fatal' }],
    ['an unknown verdict', { ...finding(), verdict: 'maybe' }],
    ['figure ids that are not strings', { ...finding(), figures: [1] }],
    ['a bad cause', { ...finding(), cause: { file: 'x' } }],
  ])('rejects %s', (_, bad) => {
    expect(validateFindings({ findings: [bad] })).toBe(false);
  });

  it('names exactly the fields and enums of src/types.ts', () => {
    const props = findingsSchema.$defs.finding.properties;
    expect(Object.keys(props)).toEqual([...FINDING_KEYS]);
    expect(props.severity.enum).toEqual(Object.keys(SEVERITY_RANK));
    expect(props.verdict.enum).toEqual(Object.keys(VERDICT_LABELS));
  });
});
