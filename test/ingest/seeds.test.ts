import { describe, expect, it } from 'vitest';
import { SEP, expectBlanked, expectProse, reasonAt, seed } from './helpers.js';

describe('seed 000: a scraped SCMP page as plain text', () => {
  const doc = seed('000');

  it('is plain text in English', () => {
    expect(doc.format).toBe('text');
    expect(doc.metadata.lang).toBe('en');
  });

  it('masks the widget lines and ad labels as furniture', () => {
    for (const line of ['Select Voice', 'Select Speed', '1.00x', 'Reading Time:3 minutes', 'Why you can trust SCMP']) {
      expect(reasonAt(doc, line), line).toBe('furniture');
      expectBlanked(doc, line);
    }
    const ads = doc.masked.filter((m) => doc.text.slice(m.start, m.end) === 'Advertisement');
    expect(ads.map((m) => m.reason)).toEqual(['furniture', 'furniture', 'furniture', 'furniture']);
    // the lone comment count
    const count = doc.text.indexOf('\n17\n') + 1;
    expect(doc.prose.slice(count, count + 2)).toBe('  ');
  });

  it('keeps the article, captions and figures as prose, one block per line', () => {
    expectProse(doc, 'deliver products anywhere within 72 hours.');
    expectProse(doc, 'on November 19, 2020. Photo: Xinhua.');
    expectProse(doc, 'on 13 March 2020. Photo: BELGA/dpa');
    // the caption printed twice is two blocks, and the ad label under it is not part of it
    const caption = doc.text.indexOf('Photo: BELGA/dpa') + 'Photo: BELGA/dpa'.length;
    expect(doc.prose[caption]).toBe(SEP);
  });
});

describe('seed 002: an embassy statement', () => {
  const doc = seed('002');

  it('masks the breadcrumb and the share links as furniture', () => {
    for (const line of ['Home\u00a0>\u00a0Embassy News', '[ Suggest To A Friend ]', '[ Print ]'])
      expect(reasonAt(doc, line), line).toBe('furniture');
    expectProse(doc, 'Statement by the Spokesperson of the Embassy of China in Belgium');
  });

  it('keeps the dateline as a block of its own (a date figure) and dates the document by it', () => {
    expectProse(doc, '2021-05-07 14:12');
    const at = doc.text.indexOf('2021-05-07 14:12');
    expect(doc.prose[at - 1]).toBe(SEP);
    expect(doc.metadata.date).toBe('2021-05-07');
  });
});

describe('seed 003: Markdown link, comment and raw HTML (RFI)', () => {
  const doc = seed('003');

  it('is Markdown in Chinese', () => {
    expect(doc.format).toBe('markdown');
    expect(doc.metadata.lang).toBe('zh');
  });

  it('keeps the Chinese article text as prose at the same offsets', () => {
    for (const s of [
      '3.26 亿件包裹',
      '110 万吨',
      '从 2021 年的 37 亿欧元扩大到 2022 年的 91 亿欧元',
      '3万平方米',
      '100,000 平方米',
      '英媒：比利时情报部门监控阿里巴巴在欧洲物流平台',
    ])
      expectProse(doc, s);
  });

  it('masks every number of the markup', () => {
    expect(reasonAt(doc, '<!--1696513502000-->')).toBe('comment');
    expect(reasonAt(doc, '20231005-%E8%8B%B1')).toBe('url');
    expect(reasonAt(doc, 'w:1280')).toBe('url');
    expect(reasonAt(doc, 'p:16x9')).toBe('url');
    expect(reasonAt(doc, 'app_id=113191652055439')).toBe('url');
    for (const s of ['1696513502000', 'w:1280', 'p:16x9', '113191652055439', 'AP22238644043714']) expectBlanked(doc, s);
  });

  it('masks the share label as furniture; the dateline (day first, so no metadata date) stays', () => {
    expect(reasonAt(doc, '分享 :')).toBe('furniture');
    expectProse(doc, '05/10/2023 - 15:28');
    expect(doc.metadata.date).toBeUndefined();
  });

  it('separates the paragraphs', () => {
    const end = doc.text.indexOf('继续监控阿里巴巴的运营。</p>') + '继续监控阿里巴巴的运营。'.length;
    expect(doc.prose.slice(end, end + 7)).toContain(SEP);
  });
});

describe('seed 004: front matter after a blank line, indented HTML, an ad table', () => {
  const doc = seed('004');

  it('parses and masks the front matter, but for the title and the date a reader sees', () => {
    expect(doc.metadata).toMatchObject({
      title: '中国驻比利时使馆回应_阿里巴巴涉嫌间谍活动_：毫无根据',
      date: '2021-05-07',
      author: '未名新闻',
      lang: 'zh',
    });
    expect(reasonAt(doc, 'title:')).toBe('front-matter');
    expect(reasonAt(doc, 'pic6095e4f7255a6.jpg')).toBe('front-matter');
    expectBlanked(doc, 'date:');
    expectProse(doc, 'Fri, 07 May 2021 21:12:54 GMT');
    expectProse(doc, '中国驻比利时使馆回应_阿里巴巴涉嫌间谍活动_：毫无根据');
    expectBlanked(doc, 'comments: false');
  });

  it('reads the indented HTML as HTML: text is prose, no code, no tags', () => {
    expectProse(doc, '中国驻比利时使馆发布关于“阿里巴巴公司在比项目涉嫌配合从事间谍活动”的声明');
    expectProse(doc, '中国驻比利时大使馆网站截图');
    expect(doc.masked.some((m) => m.reason === 'code')).toBe(false);
    expectBlanked(doc, '<span class="black_14p"><p style="text-indent:2em">');
  });

  it('masks the ad slot numbers and the near-white watermark', () => {
    for (const s of ['ca-pub-9374326915974877', '1145044815', 'width="336"', 'height="280"', 'news_page_336_280'])
      expectBlanked(doc, s);
    expect(reasonAt(doc, 'news_page_336_280')).toBe('comment');
    expect(reasonAt(doc, 'Mitbbs.com')).toBe('furniture');
  });
});
