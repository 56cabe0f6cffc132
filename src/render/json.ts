import type { Figure, FigureLink, Finding, RangeEnd, SourcePointer } from '../types.js';

/*
 * figures.json and findings.json with keys in the order of CONTRACT.md, whatever order the
 * objects were built in. Each key list is checked against its type at compile time, so a field
 * added to ../types.ts fails to compile here until it has a place in the output (and in
 * schema/*.schema.json, which the schema test compares with these lists).
 */

type KeysOf<T> = readonly (keyof T)[];
/** Compiles only if `List` names every key of `T`. */
type Covers<T, List extends KeysOf<T>> = Exclude<keyof T, List[number]> extends never ? List : never;

function keyList<T>() {
  return <const List extends KeysOf<T>>(keys: Covers<T, List>): List => keys;
}

export const FIGURE_KEYS = keyList<Figure>()([
  'id', 'text', 'value', 'unit', 'kind', 'noun', 'qualifier', 'interval', 'iso', 'lang',
  'sentence', 'source', 'period', 'link', 'range', 'ends', 'note',
]);
export const RANGE_END_KEYS = keyList<RangeEnd>()(['text', 'value', 'qualifier', 'source']);
export const SOURCE_KEYS = keyList<SourcePointer>()(['file', 'start', 'end', 'line', 'column', 'byteStart', 'byteEnd']);
export const LINK_KEYS = keyList<FigureLink>()(['type', 'role', 'other', 'trigger']);
export const FINDING_KEYS = keyList<Finding>()(['ruleId', 'severity', 'verdict', 'message', 'figures', 'source', 'cause']);

/** A copy of `object` with `keys` in that order; absent (undefined) keys and any others dropped. */
function pick<T extends object>(object: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (object[key] !== undefined) out[key as string] = object[key];
  return out;
}

function orderFigure(figure: Figure): Record<string, unknown> {
  const out = pick(figure, FIGURE_KEYS);
  out.source = pick(figure.source, SOURCE_KEYS);
  if (figure.link) out.link = pick(figure.link, LINK_KEYS);
  if (figure.ends) out.ends = figure.ends.map((end) => ({ ...pick(end, RANGE_END_KEYS), source: pick(end.source, SOURCE_KEYS) }));
  return out;
}

function orderFinding(finding: Finding): Record<string, unknown> {
  const out = pick(finding, FINDING_KEYS);
  out.source = pick(finding.source, SOURCE_KEYS);
  if (finding.cause) out.cause = pick(finding.cause, SOURCE_KEYS);
  return out;
}

/** `{"figures": [...]}`, 2-space indent, trailing newline: identical input, identical bytes. */
export function renderFiguresJson(figures: Figure[]): string {
  return [...figuresJsonChunks(figures)].join('');
}

/** `{"findings": [...]}`, 2-space indent, trailing newline: identical input, identical bytes. */
export function renderFindingsJson(findings: Finding[]): string {
  return [...findingsJsonChunks(findings)].join('');
}

/** renderFiguresJson in pieces of a few hundred figures, to be written as they come. */
export const figuresJsonChunks = (figures: Figure[]): Generator<string> => jsonChunks('figures', figures, orderFigure);

/** renderFindingsJson in pieces. */
export const findingsJsonChunks = (findings: Finding[]): Generator<string> => jsonChunks('findings', findings, orderFinding);

/** Items per piece: big enough that a piece costs little, small enough that none is large. */
const JSON_BATCH = 500;

/**
 * `JSON.stringify({[key]: items.map(order)}, null, 2)` and a newline, in pieces: each batch is
 * stringified as an array and its lines indented two more spaces (a JSON string holds no raw
 * newline, so every newline is a line of the layout).
 */
function* jsonChunks<T>(key: string, items: T[], order: (item: T) => Record<string, unknown>): Generator<string> {
  if (items.length === 0) {
    yield `${JSON.stringify({ [key]: [] }, null, 2)}\n`;
    return;
  }
  yield `{\n  ${JSON.stringify(key)}: [\n`;
  for (let from = 0; from < items.length; from += JSON_BATCH) {
    const array = JSON.stringify(items.slice(from, from + JSON_BATCH).map(order), null, 2);
    // "[\n  {…},\n  {…}\n]" → "    {…},\n    {…}"
    const body = `  ${array.slice(2, -2).replace(/\n/g, '\n  ')}`;
    yield from + JSON_BATCH < items.length ? `${body},\n` : `${body}\n`;
  }
  yield '  ]\n}\n';
}
