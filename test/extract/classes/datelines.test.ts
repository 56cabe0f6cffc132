import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/ingest/index.js';
import { processDocument } from '../../../src/pipeline.js';

// Pages written for these tests: a dateline with a label, in the page furniture around a story.
function read(page: string, format: 'html' | 'markdown' = 'html'): Array<[string, string]> {
  const file = format === 'html' ? 'page.html' : 'page.md';
  const { figures } = processDocument(ingestText(page, file, { format }), file);
  for (const f of figures) expect(page.slice(f.source.start, f.source.end)).toBe(f.text);
  return figures.map((f) => [f.text, f.kind]);
}

describe('a labelled dateline is a date; its label and the counters beside it are furniture', () => {
  it('English', () => {
    expect(
      read(
        '<div class="meta"><span>Published: 7 May 2021</span> <span>Comments (4)</span></div><p>The firm hired 300 staff.</p>',
      ),
    ).toEqual([
      ['7 May 2021', 'date'],
      ['300', 'count'],
    ]);
  });

  it('Chinese', () => {
    expect(
      read(
        '<div class="source"><span>发布时间：2021-05-07 09:12</span> <span>发布人：王五</span> <span>点击：88</span></div><p>公司新增员工300人。</p>',
      ),
    ).toEqual([
      ['2021-05-07 09:12', 'date'],
      ['300人', 'count'],
    ]);
  });
});

describe("a post's front matter: its title and date are read, its settings are not", () => {
  it('English', () => {
    const post =
      '---\nlayout: post\ntitle: "Port handles 4.2 million tonnes"\nimage: img/2021/05/07/p1.jpg\ndate: 2021-05-07 08:30:00 +01:00\n---\n\nThe port handled 4.2 million tonnes.\n';
    expect(read(post, 'markdown')).toEqual([
      ['4.2 million tonnes', 'mass'],
      ['2021-05-07 08:30:00 +01:00', 'date'],
      ['4.2 million tonnes', 'mass'],
    ]);
  });

  it('Chinese', () => {
    const post =
      "---\ntitle: '港口吞吐量超4亿吨'\ncomments: 12\ndate: Fri, 07 May 2021 21:12:54 GMT\n---\n\n港口全年吞吐量4.1亿吨。\n";
    expect(read(post, 'markdown')).toEqual([
      ['超4亿吨', 'mass'],
      ['07 May 2021 21:12:54 GMT', 'date'],
      ['4.1亿吨', 'mass'],
    ]);
  });
});

describe('the time and zone after a date are part of it', () => {
  it('in a feed stamp, day first or year first', () => {
    expect(read('<p>Updated 07-05-2021 11:07:55 +05:30, then 2021-05-08 09:00 UTC.</p>').map((f) => f[0])).toEqual([
      '07-05-2021 11:07:55 +05:30',
      '2021-05-08 09:00 UTC',
    ]);
    expect(read('<p>更新于2021年5月8日 09:00，共5人。</p>').map((f) => f[0])).toEqual(['2021年5月8日 09:00', '5人']);
  });
});

describe("a page's <title> is read like its headline", () => {
  it('English and Chinese', () => {
    expect(
      read('<html><head><title>Exports up 7% | Daily</title></head><body><p>No figures.</p></body></html>'),
    ).toEqual([['7%', 'percent']]);
    expect(read('<html><head><title>净利润增长7%-新闻网</title></head><body><p>正文。</p></body></html>')).toEqual([
      ['7%', 'percent'],
    ]);
  });
});

describe('a span of months is one date', () => {
  it('Chinese 1月至12月 and English January-July 2022', () => {
    expect(read('<p>今年（1月至12月）共推出4幅用地。</p>')).toEqual([
      ['1月至12月', 'date'],
      ['4幅', 'count'],
    ]);
    expect(read('<p>In January-July 2022, output rose 5%.</p>')).toEqual([
      ['January-July 2022', 'date'],
      ['5%', 'percent'],
    ]);
  });
});

describe("a slideshow's counter alone in a block is furniture", () => {
  it('in an English and a Chinese page', () => {
    expect(read('<div><p><span>2 / 6</span></p><p>Page 2 of 9</p><p>The ship carried 2.5 tonnes.</p></div>')).toEqual([
      ['2.5 tonnes', 'mass'],
    ]);
    expect(read('<div><p><span>3 / 8</span></p><p>货船运送了2.5吨物资。</p></div>')).toEqual([['2.5吨', 'mass']]);
  });
});
