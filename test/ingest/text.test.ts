import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { ROOT, SEP, cpuMs, expectProse, reasonAt } from './helpers.js';

const text = (s: string) => ingestText(s, null, { format: 'text' });
/** The blocks of a document's prose, spaces folded. */
const blocks = (s: string) =>
  text(s)
    .prose.split(SEP)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('plain text: the line rule', () => {
  it('a hard-wrapped paragraph stays one block; its newlines stay newlines', () => {
    const doc = ingestText(readFileSync(path.join(ROOT, 'test/fixtures/ingest/wrapped.txt'), 'utf8'), 'wrapped.txt');
    expect(doc.format).toBe('text');
    const soft = doc.text.indexOf('monitoring the\n') + 'monitoring the'.length;
    expect(doc.prose[soft]).toBe('\n');
    // the sentence ends its line: a boundary
    const hard = doc.text.indexOf('espionage.\n') + 'espionage.'.length;
    expect(doc.prose[hard]).toBe(SEP);
  });

  it('short lines, sentence ends, blank lines and list items are boundaries', () => {
    expect(
      blocks(
        'Alibaba\nBusinessCompanies\n\nA title that is long enough to be a wrapped line, but is not one\n• first point 1\n• second point 2\n',
      ),
    ).toEqual([
      'Alibaba',
      'BusinessCompanies',
      'A title that is long enough to be a wrapped line, but is not one',
      '• first point 1',
      '• second point 2',
    ]);
  });

  it('a line wider than any wrapping tool makes is a paragraph of its own', () => {
    const long = `${'A caption that goes on and on about the medical supplies that were loaded '.repeat(2)}Photo: BELGA/dpa`;
    expect(blocks(`${long}\n${long}\nAdvertisement\n`)).toEqual([long, long]);
  });

  it('a title as wide as a wrapped line, over a dateline: the dateline is its own block', () => {
    const title = 'Statement by the Spokesperson of the Embassy of China in Belgium on "Suspected Espionage"';
    expect(blocks(`${title}\n2021-05-07 14:12\n\nBody.\n`)).toEqual([title, '2021-05-07 14:12', 'Body.']);
  });

  it('Chinese hard-wrapped at 76 columns stays joined; short Chinese lines stand alone', () => {
    const doc = ingestText(readFileSync(path.join(ROOT, 'test/fixtures/ingest/zh-wrapped.txt'), 'utf8'), 'zh.txt');
    const soft = doc.text.indexOf('一百\n一十万吨') + 2;
    expect(doc.prose[soft]).toBe('\n');
    expect(reasonAt(doc, '来源：新华社')).toBe('furniture');
    expect(reasonAt(doc, '责任编辑：张三')).toBe('furniture');
    expectProse(doc, '2021年5月7日 14:12');
    expect(doc.metadata).toMatchObject({ lang: 'zh', date: '2021-05-07' });
  });

  it('is sniffed when nothing in it is Markdown or HTML', () => {
    expect(ingestText('Sales rose 15% to €3.7bn (AT&T, 3 < 4).\n', 'a.txt').format).toBe('text');
    expect(ingestText('Sales rose [15%](https://x.com).\n', 'a.txt').format).toBe('markdown');
    expect(ingestText('Sales &amp; rose.\n', 'a.txt').format).toBe('markdown');
    expect(ingestText('<p>Sales rose.</p>\n', null).format).toBe('markdown');
    expect(ingestText('Sales rose.\n', 'a.html').format).toBe('html');
    expect(ingestText('Sales rose.\n', 'a.md').format).toBe('markdown');
  });

  it('masks URLs and e-mail addresses in prose', () => {
    const doc = text(
      'See https://www.rfi.fr/cn/20231005-abc (or www.x.com/2021/5). Mail ops-2021@port.example.be, not 5@.\n',
    );
    expect(reasonAt(doc, 'https://www.rfi.fr/cn/20231005-abc')).toBe('url');
    expect(doc.prose).toMatch(/^See +\(or/);
    expect(reasonAt(doc, 'www.x.com/2021/5')).toBe('url');
    expect(doc.prose).toMatch(/\(or +\)\. Mail/);
    expect(reasonAt(doc, 'ops-2021@port.example.be')).toBe('url');
    expectProse(doc, 'not 5@.');
    // an address glued to Chinese text stops at the first Chinese character
    const zh = text('详见https://x.com/a/1。下一句3亿');
    expect(reasonAt(zh, 'https://x.com/a/1')).toBe('url');
    expectProse(zh, '。下一句3亿');
  });

  it('furniture can be turned off for records that are phrases, not pages', () => {
    const doc = ingestText('Advertisement\n60\n', null, { format: 'text', furniture: false });
    expect(doc.masked).toEqual([]);
    expect(doc.prose).toBe(`Advertisement${SEP}60${SEP}`);
  });

  it('keeps its cost to a few linear scans: 10 MB of articles in well under a second of CPU', () => {
    const articles = ['000_3815e939ba507d53.txt', '002_31f4b67c5741125d.txt'].map((n) =>
      readFileSync(path.join(ROOT, 'seeds', n), 'utf8'),
    );
    const docs = Array.from({ length: Math.ceil(10e6 / 3500) }, (_, k) => articles[k % 2] as string);
    const ms = cpuMs(() => {
      for (const d of docs) ingestText(d, null, { format: 'text' });
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('language', () => {
  it('is set when clear, left out when mixed', () => {
    expect(text('The airport handled about 326 million parcels last year.').metadata.lang).toBe('en');
    expect(text('列日机场去年处理了约3.26亿件包裹。').metadata.lang).toBe('zh');
    expect(text('列日机场 Liege airport handled 包裹 parcels last year').metadata.lang).toBeUndefined();
  });
});
