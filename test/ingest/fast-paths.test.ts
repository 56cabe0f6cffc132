import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { carveRawBlocks } from '../../src/ingest/carve.js';
import { ingest, ingestText } from '../../src/ingest/index.js';
import type { IngestedDocument, IngestFailure } from '../../src/ingest/types.js';
import { sharedPath } from '../../scripts/shared-data.mjs';
import { ROOT } from './helpers.js';

/**
 * The fast paths (carve.ts, simple-html.ts) against remark-parse and parse5 alone: the same
 * IngestedDocument for every input, and the same raw blocks as remark-parse finds.
 */

const remark = unified().use(remarkParse).freeze();

/** How the inputs fared: whether the scanner carved blocks, found none, or gave up. */
interface Tally {
  carved: number;
  none: number;
  refused: number;
}
const tally = (): Tally => ({ carved: 0, none: 0, refused: 0 });

/**
 * The carved blocks are exactly the top-level HTML and indented code nodes remark-parse makes of
 * the whole text (a fenced code block makes the scanner give up, so every code node is indented).
 */
function expectRemarkBlocks(text: string, counts: Tally): void {
  const carving = carveRawBlocks(text);
  if (!carving) {
    counts.refused++;
    return;
  }
  const nodes = remark
    .parse(text)
    .children.filter((n) => n.type === 'html' || n.type === 'code')
    .map((n) => ({ kind: n.type, start: n.position?.start.offset, end: n.position?.end.offset }));
  expect(
    carving.blocks.map(({ kind, start, end }) => ({ kind, start, end })),
    JSON.stringify(text),
  ).toEqual(nodes);
  if (carving.blocks.length > 0) counts.carved++;
  else counts.none++;
}

/** An ingest result without its byte offset function, which no two calls share. */
const comparable = (doc: IngestedDocument | IngestFailure): object => {
  if ('reason' in doc) return doc;
  const { byteOffset: _, ...rest } = doc;
  return rest;
};

/** With and without the fast paths, the same document, read as `file` and as Markdown whatever its name. */
function expectSameAsParsers(text: string, file: string, counts: Tally): void {
  for (const name of new Set([file, 'x.md'])) {
    const fast = ingestText(text, name);
    const reference = ingestText(text, name, { fastPaths: false });
    // the cheap comparison first: toStrictEqual on every input would slow the property down
    if (!isDeepStrictEqual(fast, reference)) expect(fast, `${name}: ${JSON.stringify(text)}`).toStrictEqual(reference);
  }
  expectRemarkBlocks(text, counts);
}

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? filesUnder(file) : [file];
    });
}

describe('fast paths = remark-parse and parse5 alone', () => {
  it('on the seeds and every fixture', () => {
    const counts = tally();
    const files = [...filesUnder(path.join(ROOT, 'seeds')), ...filesUnder(path.join(ROOT, 'test/fixtures'))];
    for (const file of files) {
      const bytes = readFileSync(file);
      const name = path.relative(ROOT, file);
      expect(comparable(ingest(bytes, name)), name).toStrictEqual(
        comparable(ingest(bytes, name, { fastPaths: false })),
      );
      expectSameAsParsers(bytes.toString('utf8'), name, counts);
      // the texts inside the extract fixtures, as articles
      if (name.endsWith('news.json')) {
        const texts = (JSON.parse(bytes.toString('utf8')) as { text: string }[]).map((c) => c.text);
        for (const doc of articles(texts)) expectSameAsParsers(doc, 'x.md', counts);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(counts.carved).toBeGreaterThanOrEqual(30);
  });

  it('on Markdown too deep for remark-parse, read as one HTML fragment', () => {
    const counts = tally();
    for (const doc of [
      `# Port\n\n${'>'.repeat(100)} Sales rose <b>15%</b>.\n`,
      `${'<div>'.repeat(3000)}<p>Sales &amp; 5</p>\n\n${'[x'.repeat(2100)}\n`,
    ]) {
      expect(ingestText(doc, 'x.md').diagnostics.map((d) => d.ruleId)).toEqual(['markdown-too-complex']);
      expectSameAsParsers(doc, 'x.md', counts);
    }
  });

  const benchmarks = sharedPath('benchmarks', 'fast-paths test "on the benchmark texts" skipped');
  it.skipIf(!benchmarks)('on the benchmark texts wrapped in Markdown and HTML', () => {
    if (!benchmarks) return;
    const texts: string[] = [];
    for (const suite of readdirSync(benchmarks).sort()) {
      const file = path.join(benchmarks, suite, 'dev.jsonl');
      if (!existsSync(file)) continue;
      // cases of several documents (checks' cross-source) have no text of their own
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const text = line.trim() ? (JSON.parse(line) as { text?: unknown }).text : undefined;
        if (typeof text === 'string') texts.push(text);
      }
    }
    const counts = tally();
    for (const doc of articles(texts)) expectSameAsParsers(doc, 'x.md', counts);
    expect(texts.length).toBeGreaterThan(1000);
    expect(counts.carved).toBeGreaterThan(300);
  });

  it('on generated documents: HTML blocks of every type, Markdown blocks, indentation, line endings', () => {
    const counts = tally();
    fc.assert(
      fc.property(document, (doc) => {
        expectSameAsParsers(doc, 'x.md', counts);
      }),
      { numRuns: 2500 },
    );
    // most documents must take the carved path, or the property proves little
    expect(counts.carved).toBeGreaterThan(1000);
    expect(counts.refused).toBeGreaterThan(100);
  });
});

/** Texts set in article templates, eight at a time: raw HTML blocks around Markdown. */
function articles(texts: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < texts.length; k += 8) {
    const t = (i: number): string => (texts[(k + i) % texts.length] as string).replace(/\s+/g, ' ');
    out.push(
      `<!--${k}-->\n[${t(0)}](https://example.com/a/${k})\n------\n\n<div>05/10/2023 - 15:28</div><img src="https://example.com/${k}.jpg"><p><strong>${t(1)}</strong></p><div><p>${t(2)}</p>\n<p>${t(3)}</p></div>\n`,
      `\n---\ntitle: '${k}'\ndate: 2021-05-07\n---\n\n<div>   \n\n        <span class="c"><p style="text-indent:2em">\n        ${t(4)}<font color="#F8F8F8">Mitbbs.com</font><br></p>\n\n<p>${t(5)}</p>\n\n${t(6)}\n<ins class="ad"></ins>\n\n    <p>${t(7)}</p>\n</div>\n`,
      `# ${t(0)}\n\n${t(1)}\n<script>\nvar n = ${k};\n\n</script>\n${t(2)}\n\n<span>\n${t(3)}\n\n  <table><tr><td>${t(4)}</td></tr></table>\n<!-- ${t(5)}\n\n-->\n${t(6)}\n===\n\n    ${t(7)}\n`,
      `<html><body><article><h1>${t(0)}</h1><p>${t(1)} ${t(2)}</p><p>${t(3)}</p></article></body></html>\n`,
      `${t(4)}\n\n- ${t(5)}\n\n> ${t(6)}\n\n<div>${t(7)}</div>\n`,
    );
  }
  return out;
}

/** Lines that open each type of HTML block, or look as if they did. */
const htmlLine = fc.constantFrom(
  '<script>',
  '<script type="text/javascript">var a = 1;',
  '</script>',
  '<pre>',
  '<pre class="x">',
  '</pre>',
  '</pre >',
  '<style>p { top: 2px }</style>',
  '<textarea>',
  '</textarea>',
  '<script/>',
  '<pre/>',
  '<!--',
  '<!-- note 3 -->',
  '<!-->',
  '<!--->',
  '<!-x',
  '-->',
  '--->',
  '<!-- a -- b',
  'c -- >',
  '<?php echo 4; ?>',
  '<?',
  '?>',
  '<?>',
  '<!DOCTYPE html>',
  '<!ELEMENT x',
  '<!1>',
  '>',
  '<![CDATA[ 5 ]]>',
  '<![CDATA[',
  '<![CDAT',
  ']]>',
  ']]]>',
  ']]]]>',
  '<![CDATA[ 5 ]]]> 6',
  '<![CDATA[]]]]>',
  '<div>',
  '<div class="c">Text 6</div>',
  '</div>',
  '<div/>',
  '<div/x>',
  '<DIV>',
  '<p>',
  '</p>',
  '<table><tr><td>7</td></tr></table>',
  '<hr>',
  '<h2>8</h2>',
  '<div\tid=x>',
  '<span>',
  '</span>',
  '</span >',
  '<span class="x">',
  '<a href="https://x.com/9">',
  '<a href=/10>',
  '<a b=/>',
  '<a b=c=d>',
  "<x-y z='1'/>",
  '<span>text 11',
  '<b>12</b> and',
  '<img src="a.png">',
  '<font color="#fff">',
  '<a b="c"d>',
  '<a  b = "c" >  ',
  '<a b=>',
  '<a:b>',
  '<a _c>',
  '</a b>',
  '<x',
  '<span/ >',
);
/** Markdown lines, and text that is none. */
const markdownLine = fc.constantFrom(
  'Sales rose 5% to €3.7bn.',
  'Plain words and 13 more',
  '# Heading 14',
  '## Closed ##',
  '#15 not a heading',
  '#######',
  '===',
  '---',
  '--',
  '___',
  '***',
  '= =',
  '[a]: https://x.com/16 "t"',
  '[a]',
  '[b]:',
  '[link 17](https://x.com/17)',
  '<https://x.com/18>',
  '&amp; &#20; &nbsp;',
  'a\\*b',
  '`code 19`',
  '<3 hearts',
  'a < b > c',
  'x  ',
  'x\\',
  '',
  '',
  '',
  '   ',
  '\t',
  '      ',
);
/** Lines that open containers or fences: the scanner gives up on them. */
const containerLine = fc.constantFrom(
  '- item 20',
  '-',
  '1. item 21',
  '2) item',
  '+ x',
  '* * *',
  '- - -',
  '> quote 22',
  '```',
  '```js',
  '~~~',
);
/** Runs of lines whose meaning hangs on each other. */
const snippet = fc.constantFrom(
  '[a]: /u\n===\n<span>',
  '[a]: /u\n---\n<span>',
  '[a]: /u\n<span>',
  '[a]: /u\n# h\n<span>',
  '[a]: /u\n===\n    x',
  '[a]\n--\n<span>',
  'Para 24\n<span>',
  'Para\n<div>\nx',
  'Para\n<!-- c -->\n===',
  'Para\n    <p>25</p>',
  '# h\n<span>\nx',
  '---\n<span>',
  '    code 26\n      \n\nfoo',
  '    code\n\n   \n    more 27',
  '<div>\n\n    <p>28</p>',
  '<!-- a\n\n-->\n    x',
  '<pre>\nx\n\n</pre>z',
);
const soup = fc
  .array(
    fc.constantFrom(
      '<',
      '>',
      '!',
      '-',
      '--',
      '[',
      ']',
      '?',
      '/',
      '=',
      '"',
      "'",
      ' ',
      '\t',
      'a',
      'div',
      'pre',
      'script',
      'CDATA[',
      '`',
      '#',
      '*',
      '_',
      '1',
      '.',
    ),
    { maxLength: 8 },
  )
  .map((tokens) => tokens.join(''));
const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '     ', '\t', ' \t', '   \t');
const line = fc
  .tuple(
    indent,
    fc.oneof(
      { arbitrary: htmlLine, weight: 10 },
      { arbitrary: markdownLine, weight: 10 },
      { arbitrary: snippet, weight: 3 },
      { arbitrary: soup, weight: 3 },
      { arbitrary: containerLine, weight: 1 },
    ),
  )
  .map(([i, l]) => i + l);
const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const document = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, lineEnding), { maxLength: 24 }), fc.boolean())
  .map(([front, lines, endsWithLine]) => {
    const body = lines.map(([l, end]) => l + end).join('');
    return (front ? '---\ntitle: Front 23\n---\n' : '') + (endsWithLine ? body : body.replace(/(?:\r\n|\r|\n)$/, ''));
  });
