import { describe, expect, it } from 'vitest';
import { renderFiguresJson, renderFindingsJson } from '../../src/render/index.js';
import { FIGURE_KEYS, FINDING_KEYS, SOURCE_KEYS } from '../../src/render/json.js';
import type { Figure, Finding } from '../../src/types.js';
import { sampleSheet } from './sheets.js';

/** The same object with its keys (at every level) in reverse order. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  ) as T;
}

describe('renderFiguresJson / renderFindingsJson', () => {
  const { figures, findings } = sampleSheet();

  it('are byte-identical for identical input, whatever the key order', () => {
    const out = renderFiguresJson(figures);
    expect(renderFiguresJson(structuredClone(figures))).toBe(out);
    expect(renderFiguresJson(reversed(figures))).toBe(out);
    expect(renderFindingsJson(reversed(findings))).toBe(renderFindingsJson(findings));
  });

  it('write keys in contract order, 2-space indent, trailing newline', () => {
    const out = renderFiguresJson(figures);
    expect(out.startsWith('{\n  "figures": [\n    {\n      "id": ')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(out) as { figures: Record<string, Record<string, unknown>>[] };
    for (const figure of parsed.figures) {
      expect(Object.keys(figure)).toEqual(FIGURE_KEYS.filter((k) => k in figure));
      expect(Object.keys(figure.source!)).toEqual(SOURCE_KEYS.filter((k) => k in figure.source!));
    }
    const linked = parsed.figures.find((f) => (f.link as { trigger?: string } | undefined)?.trigger);
    expect(Object.keys(linked!.link!)).toEqual(['type', 'role', 'other', 'trigger']);
    const finding = (JSON.parse(renderFindingsJson(findings)) as { findings: Record<string, unknown>[] }).findings[1]!;
    expect(Object.keys(finding)).toEqual([...FINDING_KEYS]);
  });

  it('write many figures in pieces that join to one JSON.stringify, and empty lists whole', () => {
    const many = Array.from({ length: 1203 }, (_, k) => ({ ...figures[k % figures.length]!, id: `f${k}` }));
    const out = renderFiguresJson(many);
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    expect((JSON.parse(out) as { figures: Figure[] }).figures.map((f) => f.id)).toEqual(many.map((f) => f.id));
    expect(renderFiguresJson([])).toBe('{\n  "figures": []\n}\n');
    expect(renderFindingsJson([])).toBe('{\n  "findings": []\n}\n');
  });

  it('drop undefined and unknown keys, keep null', () => {
    const figure = { ...figures[0]!, period: null, note: undefined, extra: 1 } as Figure;
    const [out] = (JSON.parse(renderFiguresJson([figure])) as { figures: Record<string, unknown>[] }).figures;
    expect(out).toHaveProperty('period', null);
    expect(out).not.toHaveProperty('note');
    expect(out).not.toHaveProperty('extra');
  });

  it('write empty lists', () => {
    expect(renderFiguresJson([])).toBe('{\n  "figures": []\n}\n');
    expect(renderFindingsJson([] as Finding[])).toBe('{\n  "findings": []\n}\n');
  });

  it('match the golden files', async () => {
    await expect(renderFiguresJson(figures)).toMatchFileSnapshot('../fixtures/render/sample/figures.json');
    await expect(renderFindingsJson(findings)).toMatchFileSnapshot('../fixtures/render/sample/findings.json');
  });
});
