import type { Figure, FigureLink, Finding, RangeEnd, SourcePointer, Statement } from '../types.js';

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
  'period',
  'link',
  'range',
  'ends',
  'note',
]);
export const RANGE_END_KEYS = keyList<RangeEnd>()(['text', 'value', 'qualifier', 'source']);
export const SOURCE_KEYS = keyList<SourcePointer>()(['file', 'start', 'end', 'line', 'column', 'byteStart', 'byteEnd']);
export const LINK_KEYS = keyList<FigureLink>()(['type', 'role', 'other', 'trigger']);
export const FINDING_KEYS = keyList<Finding>()([
  'ruleId',
  'severity',
  'verdict',
  'message',
  'reason',
  'figures',
  'source',
  'place',
  'cause',
  'url',
]);

export const STATEMENT_KEYS = keyList<Statement>()([
  'id',
  'sentence',
  'source',
  'lang',
  'subject',
  'period',
  'direction',
  'basis',
  'trigger',
  'figures',
  'span',
  'links',
]);

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
  if (figure.ends)
    out.ends = figure.ends.map((end) => ({ ...pick(end, RANGE_END_KEYS), source: pick(end.source, SOURCE_KEYS) }));
  return out;
}

function orderFinding(finding: Finding): Record<string, unknown> {
  const out = pick(finding, FINDING_KEYS);
  out.source = pick(finding.source, SOURCE_KEYS);
  // vfile-message's place, its keys in its order whatever order they were built in
  const { start, end } = finding.place;
  out.place = { start: { line: start.line, column: start.column, offset: start.offset }, end: { offset: end.offset } };
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
export const figuresJsonChunks = (figures: Figure[]): Generator<string> =>
  jsonChunks(
    'figures',
    batches(figures).map((b) => entries(b, orderFigure)),
  );

function orderStatement(statement: Statement): Record<string, unknown> {
  const out = pick(statement, STATEMENT_KEYS);
  out.source = pick(statement.source, SOURCE_KEYS);
  return out;
}

/** The statements as they stand inside the list of statements.json (`{"statements": [...]}`), like `figureEntries`. */
export const statementEntries = (statements: Statement[]): string => entries(statements, orderStatement);

/** `check --json`: the findings and the statements they were read from. */
export function renderCheckJson(findings: Finding[], statements: Statement[]): string {
  return `${JSON.stringify({ findings: findings.map(orderFinding), statements: statements.map(orderStatement) }, null, 2)}\n`;
}

/** renderFindingsJson in pieces. */
export const findingsJsonChunks = (findings: Finding[]): Generator<string> =>
  jsonChunks(
    'findings',
    batches(findings).map((b) => entries(b, orderFinding)),
  );

/**
 * The figures as they stand inside the list of figures.json ('' for none): a worker thread
 * renders each file's, and the CLI writes them inside FIGURES_JSON_FRAME.
 */
export const figureEntries = (figures: Figure[]): string => entries(figures, orderFigure);

/**
 * What goes around and between `figureEntries` pieces in figures.json, for a writer that gets
 * them one at a time: `open` before the first, `separator` between two, `close` after the last,
 * `empty` alone when there is none.
 */
export const FIGURES_JSON_FRAME = listFrame('figures');
export const STATEMENTS_JSON_FRAME = listFrame('statements');

/** The frame of `JSON.stringify({[key]: list}, null, 2)` and a newline, around the list's entries. */
function listFrame(key: string): { open: string; separator: string; close: string; empty: string } {
  return {
    open: `{\n  ${JSON.stringify(key)}: [\n`,
    separator: ',\n',
    close: '\n  ]\n}\n',
    empty: `${JSON.stringify({ [key]: [] }, null, 2)}\n`,
  };
}

/** Items per piece: big enough that a piece costs little, small enough that none is large. */
const JSON_BATCH = 500;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let from = 0; from < items.length; from += JSON_BATCH) out.push(items.slice(from, from + JSON_BATCH));
  return out;
}

/** What `JSON.stringify({x: list}, null, 2)` puts before and after a non-empty list's entries. */
const ENTRIES_OPEN = '{\n  "x": [\n'.length;
const ENTRIES_CLOSE = '\n  ]\n}'.length;

/**
 * Items as `JSON.stringify({key: items}, null, 2)` lays out its list, without the brackets:
 * stringified inside an object, so they come indented as they stand in the file.
 */
function entries<T>(items: T[], order: (item: T) => Record<string, unknown>): string {
  if (items.length === 0) return '';
  return JSON.stringify({ x: items.map(order) }, null, 2).slice(ENTRIES_OPEN, -ENTRIES_CLOSE);
}

/** `JSON.stringify({[key]: list}, null, 2)` and a newline, from the list's entries in pieces. */
function* jsonChunks(key: string, pieces: Iterable<string>): Generator<string> {
  const frame = listFrame(key);
  let first = true;
  for (const piece of pieces) {
    if (piece === '') continue;
    yield `${first ? frame.open : frame.separator}${piece}`;
    first = false;
  }
  yield first ? frame.empty : frame.close;
}
