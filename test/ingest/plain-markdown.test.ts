import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../src/ingest/carve.js';
import { readPlainMarkdown } from '../../src/ingest/plain-markdown.js';

/** readPlainMarkdown against remark-parse: the same nodes, positions and all, or null. */

const remark = unified().use(remarkParse).freeze();

/** The nodes as plain data (remark-parse's positions are objects of the same shape). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function expectRemarkOrNull(markdown: string): boolean {
  const mine = readPlainMarkdown(markdown);
  if (mine === null) return false;
  expect(plain(mine), JSON.stringify(markdown)).toEqual(plain(remark.parse(markdown).children));
  return true;
}

describe('readPlainMarkdown', () => {
  it('reads what carving leaves of a web-pasted article', () => {
    const text = `\n[英媒：比利时情报部门监控](https://www.rfi.fr/cn/%E8%AC%A0/45200942-%E3)\n------\n\n\n${PLACEHOLDER}\n\n列日机场去年处理了约 1.99 亿件包裹。\n<ins class="adsbygoogle" style="width:468px"></ins>\n\n# Alibaba & Liège\n\nR&D spending rose [to €3.7bn](https://x.com/a_b?c=1) in 2021,\n  up <b>15%</b>.\n`;
    expect(expectRemarkOrNull(text)).toBe(true);
    const nodes = readPlainMarkdown(text) ?? [];
    expect(nodes.map((n) => n.type)).toEqual(['heading', 'html', 'paragraph', 'heading', 'paragraph']);
  });

  it('leaves to remark-parse what may be other syntax', () => {
    for (const text of [
      'a *b*',
      'a _b_',
      'a `b`',
      'a \\b',
      '&amp;',
      '&#35;',
      '![i](u)',
      '[a]: /u',
      '[a]',
      'x ]',
      '[a](u "t")',
      '[a](<u>)',
      '[a](u&v)',
      '<!-- c -->',
      'a  \nb',
      'a\tb',
      '- item',
      '1. item',
      '> quote',
      '    code',
      'a\n===\nb',
      '<div>\n',
      'p\n<div>x',
      '# h #',
      'a <a href=a/b> b',
      '<a b=c=d> x',
    ]) {
      expect(readPlainMarkdown(text), JSON.stringify(text)).toBeNull();
    }
  });

  // what the reader takes, and what it must leave to remark-parse, rarer so that many documents are read
  const plainPiece = fc.constantFrom(
    'Sales rose 5% to €3.7bn',
    '列日机场去年处理了约 1.99 亿件包裹。',
    ' ',
    '  ',
    'R&D',
    'AT&T',
    '&x',
    '3 > 2',
    'a = b',
    '~',
    '!',
    '#',
    '-',
    '+',
    '1.',
    ':',
    ']',
    '[link 5](https://x.com/5)',
    '[标题](https://www.rfi.fr/cn/%E8%AC%A0)',
    '[a b](u_v*w)',
    '[x](y)',
    '<b>',
    '</b>',
    '<span class="x">',
    '<a href="https://x.com/6">',
    '<a href=/x>',
    "<x-y z='1'/>",
    '<img src="a.png" />',
    '</span >',
    '<a b c>',
    '<ins class="ad"></ins>',
  );
  const riskyPiece = fc.constantFrom(
    '&amp;',
    '&#12;',
    '![img](u)',
    '[a](u "t")',
    '[](u)',
    '[a]',
    '[',
    '(',
    ')',
    '[a] (u)',
    '<a href=a/b>',
    '<a b=c=d>',
    '<3',
    '<http://x.com>',
    '<!-- c -->',
    '<div>',
    '*',
    '_',
    '`',
    '\\',
    '\t',
    '2)',
  );
  const piece = fc.oneof({ arbitrary: plainPiece, weight: 30 }, { arbitrary: riskyPiece, weight: 1 });
  const content = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
  const line = fc.oneof(
    { arbitrary: content, weight: 20 },
    { arbitrary: fc.constantFrom('', '', '', '   ', '===', '---', '--', '***', PLACEHOLDER, '# ', '## '), weight: 4 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('# ', '## ', '####### ', '#', ' ', '   ', '    ', '- ', '> ', '1. '), content)
        .map(([a, b]) => a + b),
      weight: 3,
    },
  );
  const documents = fc.array(line, { maxLength: 10 }).map((lines) => lines.join('\n'));

  it('gives the nodes remark-parse gives, or null, on generated text', () => {
    let read = 0;
    fc.assert(
      fc.property(documents, (doc) => {
        if (expectRemarkOrNull(doc)) read++;
      }),
      { numRuns: 4000 },
    );
    // the reader must take a good share of the inputs, or the property proves little
    expect(read).toBeGreaterThan(600);
  });
});
