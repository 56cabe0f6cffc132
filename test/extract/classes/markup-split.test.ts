import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/ingest/index.js';
import { processDocument } from '../../../src/pipeline.js';

// Pages written for these tests: numbers cut into pieces by inline tags, as pasted pages have them.
function read(html: string): Array<[string, number | null, string, string | undefined]> {
  const doc = ingestText(html, 'page.html', { format: 'html', furniture: false });
  const { figures } = processDocument(doc, 'page.html');
  for (const f of figures) expect(html.slice(f.source.start, f.source.end)).toBe(f.text);
  return figures.map((f) => [f.text, f.value, f.unit, f.note]);
}

const NOTE = 'a number written across markup (tags or entities), read as one';

describe('a number split by inline markup is one figure', () => {
  it('Chinese: the scale word in its own tag', () => {
    expect(read('<p>全年净利润<b>8.6</b><b>亿元</b>，增长<b>7</b>%。</p>')).toEqual([
      ['8.6</b><b>亿元', 8.6e8, 'CNY', NOTE],
      ['7</b>%', 7, '%', NOTE],
    ]);
  });

  it('English: digits in separate font runs, the scale word after a space', () => {
    expect(
      read('<p>Sales were $<font>4</font><font>7</font>,<font>120</font> million, up from $<i>9</i> million.</p>'),
    ).toEqual([
      ['$<font>4</font><font>7</font>,<font>120</font> million', 47120e6, 'USD', NOTE],
      ['$<i>9</i> million', 9e6, 'USD', NOTE],
    ]);
  });

  it('a tag between two figures joins nothing', () => {
    expect(read('<p>Scores: <b>3</b>, <b>4</b> and <b>12</b>.</p>').map(([t, v]) => [t, v])).toEqual([
      ['3', 3],
      ['4', 4],
      ['12', 12],
    ]);
    expect(
      read('<table><tr><td>2015</td><td>120</td></tr></table><p>增长<b>3</b>倍。</p>').map(([, v]) => v),
    ).toContain(120);
  });

  it('a bare 万元 or 亿元 is never a figure of its own', () => {
    expect(read('<p>能耗为0.66吨标准煤/万元，每万元产值耗水3吨。</p>').map(([t]) => t)).not.toContain('万元');
  });
});

describe('a number written with entities between its groups is one figure', () => {
  it('&nbsp; and &thinsp; groups, and the unit after them', () => {
    expect(
      read(
        '<p>The city has 4&nbsp;512&nbsp;300 residents and imports 7&#8201;450 tonnes, at &euro;3&thinsp;518.2&nbsp;bn.</p>',
      ).map(([t, v, u]) => [t, v, u]),
    ).toEqual([
      ['4&nbsp;512&nbsp;300', 4512300, ''],
      ['7&#8201;450 tonnes', 7450, 't'],
      ['&euro;3&thinsp;518.2&nbsp;bn', 3518.2e9, 'EUR'],
    ]);
  });

  it('in Chinese text', () => {
    expect(read('<p>全年营收达12&nbsp;345亿元，增长<b>6</b>%。</p>').map(([t, v]) => [t, v])).toEqual([
      ['12&nbsp;345亿元', 1234500000000],
      ['6</b>%', 6],
    ]);
  });
});
