import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { findFrontMatter, simpleMapping } from '../../src/ingest/front-matter.js';

/** Where the simple reader takes a body, yaml reads it without error into the same data. */
function expectYamlData(body: string): boolean {
  const data = simpleMapping(body);
  if (data === undefined) return false;
  const doc = parseDocument(body);
  expect(
    doc.errors.map((e) => e.message),
    JSON.stringify(body),
  ).toEqual([]);
  expect(data, JSON.stringify(body)).toStrictEqual(doc.toJS());
  return true;
}

describe('front matter read without yaml = read with yaml', () => {
  it('the seeds’ and fixtures’ kind of front matter', () => {
    const taken = [
      "title: '中国驻比利时使馆回应'\ncategories: \n - 新媒体\n - 未名新闻\nauthor: 未名新闻\ncomments: false\ndate: Fri, 07 May 2021 21:12:54 GMT\n",
      'title: Trade deficit widens\ndate: 2023-10-05\nlang: en\nurl: https://x.com/a#b\ncount: 12\nnothing:\nempty: ~\n',
      "authors:\n- Lee Wei\n- 'O''Brien'\n-  \"Ann\"\n\ntags: a [b], {c}\n",
    ].filter((body) => expectYamlData(body));
    expect(taken).toHaveLength(3);
  });

  it('leaves the rest to yaml', () => {
    for (const body of [
      'title: A: b: c\n',
      'a: 1\na: 2\n',
      'a: x # c\n',
      'author:\n  name: Lee\n',
      'a: |\n  x\n',
      'a: 1.5\n',
      'a: 0x1F\n',
      'a: 0123\n',
      'a: "x\\ny"\n',
      "a: 'x\n",
      'a:\tb\n',
      'true: x\n',
      'a: x\n - b\n',
      'a:\n - b\n  - c\n',
      '# c\na: b\n',
      'a: *x\n',
      '__proto__: x\n',
      '\n',
    ])
      expect(simpleMapping(body), body).toBeUndefined();
  });

  const key = fc.oneof(
    {
      arbitrary: fc.constantFrom(
        'title',
        'date',
        'author',
        'authors',
        'url',
        'lang',
        'categories',
        'comments',
        'x-y',
        'a_b',
        'headline',
      ),
      weight: 8,
    },
    fc.constantFrom('true', 'Null', 'a b', '-a'),
  );
  /** Values YAML reads as one plain or quoted scalar, some of them numbers, booleans or null. */
  const plainValue = fc.constantFrom(
    '',
    'Plain title',
    'a:b',
    'x#c',
    'https://x.com/a#b',
    'a [b]',
    'a, b',
    "it's",
    'say "hi"',
    '-x',
    'a - b',
    '123',
    '0',
    '-5',
    '1.5',
    'true',
    'False',
    'yes',
    'null',
    '~',
    "'a''b'",
    "''",
    "'a: b # c'",
    '"x"',
    '"a#b"',
    '""',
    'Fri, 07 May 2021 21:12:54 GMT',
    '2021-05-07',
    '中文标题',
    'x  ',
    '1_000',
    '5.',
    '.5',
    '1e3',
    'Infinity',
    '.inf',
    'NaN',
    'nan',
  );
  /** And values it reads otherwise, or refuses. */
  const oddValue = fc.constantFrom(
    'a: b',
    'a:',
    'x #c',
    '#c',
    '[a] b',
    '{a}',
    '?x',
    ':x',
    '|',
    '>',
    '*ref',
    '&a x',
    '!tag x',
    '@x',
    '`x',
    '%x',
    '0123',
    '+5',
    '0x1F',
    '0o17',
    '.NaN',
    "'unclosed",
    "'a' b",
    '"a\\nb"',
    'a\tb',
    'a\u0085b',
    '- x',
  );
  const value = fc.oneof({ arbitrary: plainValue, weight: 8 }, oddValue);
  const item = fc.tuple(fc.constantFrom('- ', '-', '-  '), value).map(([dash, v]) => `${dash}${v}`);
  /** A key and its value, or a key and a list under it, or an odd line. */
  const entry = fc.oneof(
    {
      arbitrary: fc
        .tuple(key, fc.constantFrom(': ', ': ', ':  ', ':', ' : '), value)
        .map(([k, sep, v]) => `${k}${sep}${v}`),
      weight: 6,
    },
    {
      arbitrary: fc
        .tuple(
          key,
          fc.constantFrom(':', ': '),
          fc.constantFrom('', ' ', '  ', '\t'),
          fc.array(item, { maxLength: 3 }),
          fc.boolean(),
        )
        .map(([k, sep, indent, items, ragged]) =>
          [`${k}${sep}`, ...items.map((i, n) => (ragged && n === 1 ? ` ${indent}${i}` : `${indent}${i}`))].join('\n'),
        ),
      weight: 3,
    },
    fc.constantFrom('', '  name: Lee', '# comment', '  continued', '- stray'),
  );

  it('on generated bodies', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (lines) => {
        const body = `${lines.join('\n')}\n`;
        if (expectYamlData(body)) taken++;
        // and so the same front matter, metadata included
        const text = `---\n${body}---\nText.\n`;
        expect(findFrontMatter(text), JSON.stringify(text)).toStrictEqual(findFrontMatter(text, false));
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(150);
  });
});
