#!/usr/bin/env node
// Fuzzing: random strings mixing digits, Chinese numerals, scale words, currencies, units,
// qualifiers and markup go through ingest → extract → normalize → check → JSON. No input may
// throw, every pointer must slice to its text, and the JSON must satisfy the schemas.
//
//   node scripts/fuzz.mjs [--runs N] [--seed S]      (npm run fuzz; uses the built dist/)
//
// test/robustness/fuzz.test.ts runs the same properties over src/ with a bounded count.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';

/** The pieces news text and pasted web pages make numbers of, and the markup around them. */
export const TOKENS = [
  ...'0123456789',
  '12',
  '3.26',
  '1,000',
  '100,000',
  '0.5',
  '-',
  '–',
  '~',
  '/',
  ':',
  '.',
  ',',
  '+',
  ...'０１２３４５６７８９',
  '．',
  '％',
  ...'〇零一二两三四五六七八九十百千万亿',
  '第',
  '半',
  '倍',
  '分之',
  '成',
  '年',
  '月',
  '日',
  '号',
  '点',
  // numbers a double cannot hold, alone and as the end of a range or transition
  '1e400',
  'e400',
  ' bn',
  'bn',
  'm',
  ' million',
  ' billion',
  ' thousand',
  ' trillion',
  'k',
  '万',
  '亿',
  '千',
  'three',
  'twenty-one',
  'dozen',
  '€',
  '$',
  '£',
  '¥',
  'US$',
  'USD',
  'EUR',
  '元',
  '欧元',
  '美元',
  'km',
  ' km',
  'm²',
  ' m2',
  'kg',
  ' tonnes',
  '吨',
  '平方米',
  '公里',
  '件',
  '个',
  '人',
  'hectares',
  ' per week',
  '每周',
  ' TEU',
  '标箱',
  ' a year',
  ' a month',
  '斤',
  ' barrels a day',
  '°C',
  'mph',
  '%',
  ' percent',
  ' per cent',
  ' percentage points',
  '个百分点',
  'fold',
  'times',
  'twice',
  'half',
  'third',
  'about ',
  'around ',
  'nearly ',
  'more than ',
  'up to ',
  'at least ',
  '约',
  '近',
  '超过',
  '以上',
  '多',
  '左右',
  '逾',
  ' from ',
  ' to ',
  ' rose ',
  ' fell ',
  'between ',
  ' and ',
  '增至',
  '降至',
  '从',
  '到',
  '至',
  'in 2021',
  '2022年',
  'May 7, ',
  '<p>',
  '</p>',
  '</div>',
  '<div class="x1">',
  '<br>',
  '<b>',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<a href="/a/9">',
  '&amp;',
  '&nbsp;',
  '&#49;',
  '&lt;',
  '**',
  '_',
  '`',
  '```',
  '# ',
  '> ',
  '- ',
  '1. ',
  '| ',
  '[x](http://a/1)',
  '![3](/i/4.png)',
  'http://b.cn/2021/5',
  '---\n',
  'title: 5\n',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u3000',
  '。',
  '，',
  '；',
  '、',
  '“',
  '”',
  '(',
  ')',
  '（',
  '）',
  'the ',
  'sales',
  ' ventilators',
  'Covid-19',
  'G20',
  'A380',
  'page ',
  '😀',
  '\u2029',
  '\u00a0',
];

/**
 * A string of tokens, sometimes with arbitrary characters in between; `size: 'medium'` so
 * strings run to a hundred tokens, long enough for "from €3.7bn in 2021 to $9.1bn in 2022".
 */
export const textArbitrary = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    ),
    { maxLength: 120, size: 'medium' },
  )
  .map((parts) => parts.join(''));

/** How a text reaches the file path: the bytes of one of the encodings ingest must detect. */
const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le-bom'];
const NAMES = ['fuzz.txt', 'fuzz.md', 'fuzz.html', 'fuzz.markdown', 'fuzz'];

function encode(text, encoding) {
  const utf8 = Buffer.from(text, 'utf8');
  if (encoding === 'utf8') return new Uint8Array(utf8);
  if (encoding === 'utf8-bom') return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** Strings whose UTF-8/UTF-16 bytes decode back to themselves: no lone surrogates, no NUL, no BOM. */
const fileText = textArbitrary.filter((s) => s.isWellFormed() && !s.includes('\0') && !s.startsWith('\uFEFF'));

function loadSchemas() {
  const load = (name) => JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'));
  const figures = load('figures.schema.json');
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  ajv.addSchema(figures);
  const statements = load('statements.schema.json');
  ajv.addSchema(statements);
  return {
    figures: ajv.getSchema(figures.$id),
    findings: ajv.compile(load('findings.schema.json')),
    statements: ajv.getSchema(statements.$id),
  };
}

function fail(message, detail) {
  throw new Error(`${message}: ${JSON.stringify(detail)}`);
}

function lineColumn(raw, offset) {
  const before = raw.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}

const finiteOrNull = (x) => x === null || Number.isFinite(x);

/**
 * The properties, over whichever build of the pipeline `api` holds (src/ in the tests, dist/ in
 * the script): { ingest, ingestText, extractText, processFile, processDocument, assembleSheet,
 * renderFiguresJson, renderCheckJson }. `counts` adds up what was checked.
 */
export function fuzzProperties(api, counts = newCounts()) {
  const validate = loadSchemas();

  function checkPointers(raw, items, what) {
    for (const item of items) {
      const { start, end } = item.source;
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= raw.length))
        fail(`${what} pointer out of range`, item);
      if (raw.slice(start, end) !== item.text)
        fail(`${what} pointer does not slice to its text`, {
          text: item.text,
          slice: raw.slice(start, end),
          source: item.source,
        });
      const at = lineColumn(raw, start);
      if (at.line !== item.source.line || at.column !== item.source.column)
        fail(`${what} line/column wrong`, { expected: at, source: item.source });
    }
  }

  /** Every invariant of one document's result against the text its offsets point into. */
  function checkResult(raw, result) {
    checkPointers(raw, result.figures, 'figure');
    checkPointers(raw, result.nonFigures, 'non-figure');
    const ids = new Set(result.figures.map((f) => f.id));
    if (ids.size !== result.figures.length)
      fail(
        'duplicate figure ids',
        result.figures.map((f) => f.id),
      );
    for (const f of result.figures) {
      if (!finiteOrNull(f.value) || (f.interval && !f.interval.every(finiteOrNull)))
        fail('value or interval not finite', f);
      if (f.link && !ids.has(f.link.other)) fail('link to a figure that is not there', f);
    }
    for (const n of result.nonFigures) if (n.reason === 'unclassified') counts.unclassified++;
    const sheet = api.assembleSheet([result]);
    if (!validate.figures(JSON.parse(api.renderFiguresJson(sheet.figures))))
      fail('figures.json invalid', validate.figures.errors);
    if (!validate.findings(JSON.parse(api.renderCheckJson(sheet.findings, sheet.statements))))
      fail('check --json invalid', validate.findings.errors);
    const known = new Set(result.figures.map((f) => f.id));
    for (const s of result.statements)
      for (const x of s.figures) if (!known.has(x.figure)) fail('statement names a figure that is not there', s);
    counts.figures += result.figures.length;
    counts.nonFigures += result.nonFigures.length;
    counts.findings += sheet.findings.length;
  }

  function checkDocument(doc) {
    if (doc.prose.length !== doc.text.length)
      fail('prose and text differ in length', { text: doc.text, prose: doc.prose });
    let last = 0;
    for (const m of doc.masked) {
      // explain.ts walks masked ranges with one cursor: they must be in order and in bounds
      if (!(last <= m.start && m.start <= m.end && m.end <= doc.text.length))
        fail('masked ranges out of order or bounds', doc.masked);
      last = m.end;
    }
  }

  const textProperty = fc.property(textArbitrary, fc.constantFrom('text', 'markdown', 'html'), (text, format) => {
    counts.texts++;
    const doc = api.ingestText(text, 'fuzz.txt', { format });
    checkDocument(doc);
    checkResult(doc.text, api.processDocument(doc, 'fuzz.txt', { explain: true }));
    // extract --jsonl: offsets into the line's text itself
    checkPointers(text, api.extractText(text), 'jsonl figure');
  });

  const fileProperty = fc.property(
    fileText,
    fc.constantFrom(...ENCODINGS),
    fc.constantFrom(...NAMES),
    (text, encoding, name) => {
      counts.files++;
      const result = api.processFile({ path: `fuzz/${name}`, bytes: encode(text, encoding) }, { explain: true });
      if ('reason' in result) {
        counts.failures[result.reason] = (counts.failures[result.reason] ?? 0) + 1;
        // only a file with nothing in it may be refused
        if (text.trim() !== '' || result.reason !== 'empty')
          fail('a text file was refused', { text, encoding, result });
        return;
      }
      // a BOM is U+FEFF at offset 0 of the text as fs.readFileSync(file, 'utf8') reads it
      checkResult(encoding.endsWith('-bom') ? `\ufeff${text}` : text, result);
    },
  );

  // any bytes at all: binary, truncated UTF-8, stray BOMs; the pointers index the decoded text
  const bytesProperty = fc.property(
    fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fileText
        .map((t) => encode(t, 'utf8'))
        .chain((b) =>
          fc
            .tuple(fc.constant(b), fc.nat({ max: b.length }), fc.uint8Array({ maxLength: 3 }))
            .map(([b, at, junk]) => new Uint8Array([...b.slice(0, at), ...junk, ...b.slice(at)])),
        ),
    ),
    fc.constantFrom(...NAMES),
    (bytes, name) => {
      counts.byteFiles++;
      const doc = api.ingest(bytes, `fuzz/${name}`, {});
      if ('reason' in doc) {
        counts.failures[doc.reason] = (counts.failures[doc.reason] ?? 0) + 1;
        if (!doc.message) fail('a refusal without a message', doc);
        return;
      }
      checkDocument(doc);
      checkResult(doc.text, api.processDocument(doc, `fuzz/${name}`, { explain: true }));
    },
  );

  return { counts, properties: { text: textProperty, file: fileProperty, bytes: bytesProperty } };
}

export function newCounts() {
  return { texts: 0, files: 0, byteFiles: 0, figures: 0, nonFigures: 0, unclassified: 0, findings: 0, failures: {} };
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '200000' }, seed: { type: 'string' } } });
  const numRuns = Number(values.runs);
  const seed = values.seed === undefined ? Date.now() : Number(values.seed);
  const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
  const [pipeline, ingestModule, render] = await Promise.all([
    dist('pipeline.js'),
    dist('ingest/index.js'),
    dist('render/index.js'),
  ]);
  const api = { ...pipeline, ingest: ingestModule.ingest, ingestText: ingestModule.ingestText, ...render };
  const { counts, properties } = fuzzProperties(api);
  let failed = false;
  for (const [name, property] of Object.entries(properties)) {
    const started = performance.now();
    const result = fc.check(property, { numRuns, seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${name}: ${result.numRuns} runs, ${result.failed ? 'FAILED' : 'ok'} (${seconds} s, seed ${seed})`);
    if (result.failed) {
      failed = true;
      console.log(fc.defaultReportMessage(result));
      // fast-check names the counterexample; the invariant it broke is in the error
      console.log(String(result.errorInstance?.message ?? result.errorInstance));
    }
  }
  console.log(JSON.stringify(counts));
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
