import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { corpus, expectContract, ingested } from './helpers.js';

describe('the masking contract holds on every seed and fixture', () => {
  it.each(corpus())('%s', (file, bytes) => {
    const doc = ingested(bytes, file);
    expectContract(doc);
    // decoded as UTF-8, the text is the file's text
    expect(doc.text).toBe(new TextDecoder().decode(bytes));
  });

  it.each(corpus())('%s read in every format', (file, bytes) => {
    const text = new TextDecoder().decode(bytes);
    for (const format of ['text', 'markdown', 'html'] as const) expectContract(ingestText(text, file, { format }));
  });
});

describe('CRLF line ends', () => {
  it.each(corpus())('%s: same contract, same blocks', (file, bytes) => {
    const lf = new TextDecoder().decode(bytes).replace(/\r\n/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = ingestText(lf, file);
    const b = ingestText(crlf, file);
    expectContract(b);
    const fold = (prose: string) =>
      prose
        .replace(/[ \r\n]+/g, ' ')
        .replace(/ ?\u2029 ?/g, '\u2029')
        .replace(/\u2029+/g, '\u2029')
        .trim();
    expect(fold(b.prose)).toBe(fold(a.prose));
  });
});

describe('masked ranges', () => {
  it('are merged across blanked whitespace when the reason is the same, and split when it changes', () => {
    const doc = ingestText('<p class="a"  id="b">x</p><!-- 1 --><!-- 2 -->', null, { format: 'html' });
    expect(doc.masked.map((m) => [doc.text.slice(m.start, m.end), m.reason])).toEqual([
      ['<p class="a"  id="b">', 'markup'],
      ['</p>', 'markup'],
      ['<!-- 1 --><!-- 2 -->', 'comment'],
    ]);
  });

  it('in plain text list furniture and URLs only, in order', () => {
    const doc = ingestText('Advertisement\nSee https://x.com/2021/05/1234 for 5 charts.\n17\n', null, {
      format: 'text',
    });
    expect(doc.masked.map((m) => [doc.text.slice(m.start, m.end), m.reason])).toEqual([
      ['Advertisement', 'furniture'],
      ['https://x.com/2021/05/1234', 'url'],
      ['17', 'furniture'],
    ]);
  });
});
