import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { ROOT, SEP, expectBlanked, expectContract, expectProse, reasonAt } from './helpers.js';

const md = (s: string) => ingestText(s, 'x.md');

describe('Markdown', () => {
  const doc = ingestText(readFileSync(path.join(ROOT, 'test/fixtures/ingest/article.md'), 'utf8'), 'article.md');

  it('reads front matter into metadata and masks it', () => {
    expect(doc.metadata).toEqual({ title: 'Trade deficit widens', date: '2023-10-05', author: 'Lee Wei', lang: 'en' });
    expect(reasonAt(doc, 'date: 2023-10-05')).toBe('front-matter');
  });

  it('keeps headings, paragraphs and link text as prose; masks link, image and definition addresses as URLs', () => {
    expectProse(doc, 'Trade deficit widens to €9.1bn');
    expectProse(doc, "Belgium's trade deficit rose from €3.7bn in 2021 to €9.1bn in 2022");
    expectProse(doc, 'National Bank');
    expect(reasonAt(doc, 'report-4471')).toBe('url');
    expect(reasonAt(doc, '"NBB 2022"')).toBe('url');
    expect(reasonAt(doc, '88812.pdf')).toBe('url');
    expect(reasonAt(doc, 'x-99')).toBe('url');
    expect(reasonAt(doc, 'chart-77.png')).toBe('url');
    expect(reasonAt(doc, 'chart 2022')).toBe('markup');
    const label = doc.text.indexOf('[report]') + 1;
    expect(doc.prose.slice(label, label + 6)).toBe('report');
  });

  it('masks fenced and inline code; indented text is prose', () => {
    expect(reasonAt(doc, 'const parcels = 326000000;')).toBe('code');
    expect(reasonAt(doc, 'code 404')).toBe('code');
    expectProse(doc, 'The hub opened 5 years ago');
    expectProse(doc, 'and employs 900 people.');
  });

  it('a fence indented by up to three spaces is still code', () => {
    const d = md('Text 1.\n\n   ```\n   var n = 7;\n   ```\n\n- item\n\n  ~~~\n  x = 8\n  ~~~\n');
    expect(reasonAt(d, 'var n = 7;')).toBe('code');
    expect(reasonAt(d, 'x = 8')).toBe('code');
  });

  it('decodes escapes and entities in place', () => {
    const at = doc.text.indexOf('5\\*2 &amp; more');
    expect(doc.prose.slice(at, at + 15)).toBe('5 *2 &     more');
    expectContract(doc);
  });

  it('furniture lines at the end', () => {
    for (const s of ['Select Voice', 'Select Speed', '1.00x']) expect(reasonAt(doc, s)).toBe('furniture');
  });

  it('inline HTML: tags masked, hidden and script content masked up to the end tag', () => {
    const d = md(
      'Sales rose <b>15%</b> to <a href="https://x.com/1">€3.7bn</a><font color="#fff">Mitbbs 88</font>.<script>var n = 7;</script> Done <!-- 99 -->.\n',
    );
    expectProse(d, '15%');
    expectProse(d, '€3.7bn');
    expect(reasonAt(d, 'Mitbbs 88')).toBe('furniture');
    expect(reasonAt(d, 'var n = 7;')).toBe('code');
    expect(reasonAt(d, '<!-- 99 -->')).toBe('comment');
    expect(reasonAt(d, 'https://x.com/1')).toBe('url');
    expect(d.prose.slice(0, d.text.indexOf('Done'))).not.toContain(SEP);
  });

  it('a script block left open by an HTML node masks up to its end tag', () => {
    const d = md('<div><script>\n\nvar a = 1;\n\nvar b = 2;\n</script></div>\n\nText 3.\n');
    expect(d.prose).not.toMatch(/var|[12]/);
    expectProse(d, 'Text 3.');
  });

  it('HTML blocks are parsed as HTML, their block elements separated', () => {
    const d = md('Intro 1.\n\n<div>05/10/2023 - 15:28</div><p>Body <strong>2</strong>.</p>\n\nOutro 3.\n');
    expectProse(d, '05/10/2023 - 15:28');
    expectProse(d, 'Body ');
    expectProse(d, 'Outro 3.');
    const end = d.text.indexOf('</div>');
    expect(d.prose[end]).toBe(SEP);
  });

  it('an indented block that starts with a tag is HTML, other indented blocks are prose', () => {
    const d = md(
      '<div>\n\n        <p style="text-indent:2em">\n        Parcels: 326 million<br>\n        </p>\n\n    Indented 5 prose.\n',
    );
    expectProse(d, 'Parcels: 326 million');
    expectBlanked(d, 'text-indent:2em');
    expect(d.masked.some((m) => m.reason === 'code')).toBe(false);
    expectProse(d, 'Indented 5 prose.');
  });

  it('a soft line break inside a paragraph stays a newline; a short line stands alone', () => {
    const d = md(
      "Belgium's state security service is monitoring the operations of\nAlibaba's hub, the Financial Times said.\nShort line\nNext 5.\n",
    );
    const soft = d.text.indexOf('of\nAlibaba') + 2;
    expect(d.prose[soft]).toBe('\n');
    const hard = d.text.indexOf('said.\n') + 5;
    expect(d.prose[hard]).toBe(SEP);
    expect(d.prose[d.text.indexOf('line\nNext') + 4]).toBe(SEP);
  });
});

describe('front matter', () => {
  it('after blank lines; a YAML error is a warning and the block is still masked', () => {
    const d = ingestText('\n\n---\ntitle: A: b: c\ndate: 2021-05-07\n---\nBody 5.\n', 'x.txt');
    expect(d.format).toBe('markdown');
    expect(d.diagnostics.map((x) => x.ruleId)).toEqual(['front-matter-invalid']);
    expect(d.diagnostics[0]).toMatchObject({ line: 3, column: 1 });
    expect(reasonAt(d, 'date: 2021-05-07')).toBe('front-matter');
    expectProse(d, 'Body 5.');
  });

  it('a thematic break is not front matter', () => {
    const d = ingestText('---\nIt rose 5% this year, the ministry said.\n---\n', 'x.md');
    expectProse(d, 'It rose 5% this year, the ministry said.');
  });

  it('dates become ISO calendar dates', () => {
    for (const [date, iso] of [
      ['Fri, 07 May 2021 21:12:54 GMT', '2021-05-07'],
      ['2021-05-07T02:00:00+08:00', '2021-05-07'],
      ['2021/5/7', '2021-05-07'],
      ['2021年5月7日', '2021-05-07'],
      ['May 7, 2021', '2021-05-07'],
    ])
      expect(ingestText(`---\ndate: "${date}"\n---\nx\n`, 'x.md').metadata.date, date).toBe(iso);
    expect(ingestText('---\ndate: "05/10/2023"\n---\nx\n', 'x.md').metadata.date).toBeUndefined();
  });
});
