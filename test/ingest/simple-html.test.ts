import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { HtmlNode } from '../../src/ingest/html.js';
import { parseSimpleFragment } from '../../src/ingest/simple-html.js';

/** What the walk reads of a tree: names, text, attributes and every offset. */
function project(node: HtmlNode): unknown {
  const loc = node.sourceCodeLocation;
  return {
    name: node.nodeName,
    value: node.value,
    attrs: node.attrs?.map((a) => [
      a.name,
      a.value,
      loc?.attrs?.[a.name]?.startOffset,
      loc?.attrs?.[a.name]?.endOffset,
    ]),
    at: loc && [
      loc.startOffset,
      loc.endOffset,
      loc.startTag?.startOffset,
      loc.startTag?.endOffset,
      loc.endTag?.startOffset,
      loc.endTag?.endOffset,
    ],
    children: node.childNodes?.map(project),
  };
}

/** Where the simple parser takes the fragment, its tree is parse5's. Returns whether it took it. */
function expectParse5Tree(html: string): boolean {
  const simple = parseSimpleFragment(html);
  if (!simple) return false;
  expect(project(simple), JSON.stringify(html)).toEqual(project(parseFragment(html, { sourceCodeLocationInfo: true })));
  return true;
}

describe('simple HTML fragments: the tree parse5 builds', () => {
  it('elements opened and closed in order, left open, void; text and attribute references; comments', () => {
    const taken = [
      '<div a="1" b=2 c>x &amp; y<br/><img src=x.png>z</div>',
      '<p>x</p>tail <!-- c -->',
      '<div>unclosed',
      '<div><span>a',
      '<div>   ',
      '<ul><li>1</li><li>2<ul><li>3</li></ul></li></ul>',
      '<h2>Title <b>4</b></h2><p>R &amp; D &#20013; &#x4E2D;&nbsp;5 AT& T &</p>',
      '<share-button v-on:open="openModal"><a href="https://x.com/?a=1&amp;b=2" target=_blank>6</a></share-button>',
      '<b><div>7</div></b><!---->',
      '<DIV CLASS="x">8</Div>',
      '</td></tr>\n  </tbody></table></div>\n<!-- c --><span>9</span></span>10</b> 11',
      '<div>a</span>b</div>',
      // a stray </p> is ignored before any start tag, and an empty paragraph after one
      'a</p>b',
      'a</br></div>b',
      '<b>x</b></p><span>y',
      '<p>a</p></p>x',
      '</p><div><table height="721" border="1">\n  <tbody><tr><td align="center">x <b>1</b></td><th>2</th></tr>\n</tbody></table>',
      '<table> <thead> <tr> <td>a</td>\n</tr></thead> <tfoot></tfoot> </table>tail',
    ].filter((html) => expectParse5Tree(html));
    expect(taken).toHaveLength(18);
  });

  it('gives up where parse5 does more than open and close', () => {
    for (const html of [
      '<p><div>x</div></p>',
      '<p>a<p>b',
      '<b>a<i>b</b>c</i>',
      '<a><a>x</a></a>',
      '<h1><h2>x</h2></h1>',
      '<li>a<li>b',
      '<table><tr><td>1</td></tr></table>',
      '<table>x</table>',
      '<table><div>',
      '<table><tbody><td>',
      '<p><table>',
      '<table><tbody><tr><td><p>a</td>',
      '<div/>',
      '<script>x</script>',
      '<pre>\nx</pre>',
      'a\r\nb',
      'a &copy; b',
      '&#128;',
      '<!-->',
      '<!-- a --!> b -->',
      '<br></br>',
      '<a b="c"d>',
      '<a b=>',
      '<x y=a"b>',
      '<title>t</title>',
      'a < b',
      '<table><tr></p>',
      '<b>a</b></br>',
      '<h1>a</h2>',
      '<div><span>a</div>',
      '<ul><li>a</ul>',
    ])
      expect(parseSimpleFragment(html), html).toBeNull();
  });

  const tagName = fc.constantFrom(
    'div',
    'p',
    'span',
    'b',
    'a',
    'strong',
    'em',
    'font',
    'li',
    'ul',
    'ol',
    'h1',
    'h2',
    'br',
    'img',
    'wbr',
    'table',
    'td',
    'script',
    'share-button',
    'x-y',
    'title',
    'time',
    'code',
    'section',
    'i',
    'pre',
    'button',
    'DIV',
    'Span',
  );
  const attribute = fc
    .tuple(
      fc.constantFrom('class', 'href', 'style', 'id', 'v-on:open', 'data-x', 'A', 'hidden', 'datetime', 'x@y', 'Class'),
      fc.constantFrom(
        '',
        '="v"',
        "='v'",
        '=v',
        '="a &amp; b"',
        '=&quot;',
        '="x&#65;"',
        '=""',
        ' = "s"',
        '="&nbsp;"',
        '="&foo;"',
        '="a&b"',
        '=/x',
        '="#fff"',
        '="display:none"',
        '=a"b',
        '="\r"',
      ),
    )
    .map(([name, value]) => ` ${name}${value}`);
  const text = fc.constantFrom(
    '</span>',
    '</div>',
    '</td>',
    '</p>',
    '</h2>',
    '</li>',
    '</br>',
    '</a>',
    '</x-y>',
    '</b>',
    'Sales 5%',
    ' ',
    '\n',
    '\t',
    'a &amp; b',
    '&lt;',
    '&#20013;',
    '&#x4e2d;',
    '&nbsp;',
    'AT&T',
    'R & D',
    '&',
    '<',
    ' < ',
    '>',
    '中文',
    '\r\n',
    '&#0;',
    '&#128;',
    '&#xD800;',
    '&copy;',
    '&amp',
    '&#65x',
    '&#x10FFFF;',
    '&#xFFFE;',
  );
  const comment = fc.constantFrom(
    '<!-- c -->',
    '<!---->',
    '<!-->',
    '<!--->',
    '<!-- a -- b -->',
    '<!-- a --!>',
    '<!-- x',
    '<!-- <!-- -->',
    '<!--- x --->',
  );
  /** Fragments of these pieces: most of odd syntax, or of clean syntax and odd structure. */
  const fragment = (
    names: fc.Arbitrary<string>,
    attribute: fc.Arbitrary<string>,
    text: fc.Arbitrary<string>,
    comment: fc.Arbitrary<string>,
  ): fc.Arbitrary<string> => {
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        { arbitrary: text, weight: 2 },
        { arbitrary: comment, weight: 1 },
        {
          arbitrary: fc
            .tuple(
              names,
              fc.array(attribute, { maxLength: 3 }),
              fc.constantFrom('>', '>', '/>', ' >', '\n>'),
              fc.array(tie('node'), { maxLength: 4 }),
              fc.constantFrom('</$>', '</$>', '</$ >', '', '</$>x'),
            )
            .map(
              ([name, attrs, close, children, end]) =>
                `<${name}${attrs.join('')}${close}${children.join('')}${end.replace('$', name)}`,
            ),
          weight: 4,
        },
      ),
    }));
    return fc.array(node, { maxLength: 5 }).map((nodes) => nodes.join(''));
  };

  it.each([
    ['odd syntax', fragment(tagName, attribute, text, comment), 400],
    [
      'tables',
      fragment(
        fc.constantFrom('table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'div', 'p', 'b', 'span', 'br'),
        fc.constant(' class="c"'),
        fc.constantFrom(' ', '\n  ', 'x', '</p>', '</td>', '</tr>'),
        fc.constant('<!-- c -->'),
      ),
      500,
    ],
    [
      'odd structure',
      fragment(
        fc.constantFrom('div', 'p', 'span', 'b', 'a', 'li', 'ul', 'h1', 'h2', 'br', 'img', 'section', 'table', 'em'),
        fc.constant(' class="c"'),
        fc.constantFrom('x', ' ', 'a &amp; b'),
        fc.constant('<!-- c -->'),
      ),
      600,
    ],
  ])('on generated fragments: %s', (_, fragments, least) => {
    let taken = 0;
    fc.assert(
      fc.property(fragments, (html) => {
        if (expectParse5Tree(html)) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(least);
  });
});
