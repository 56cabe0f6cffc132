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
