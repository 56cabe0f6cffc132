import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { ROOT, SEP, expectBlanked, expectContract, expectProse, reasonAt } from './helpers.js';

const html = (s: string) => ingestText(s, 'x.html');

describe('HTML', () => {
  const page = ingestText(readFileSync(path.join(ROOT, 'test/fixtures/ingest/page.html'), 'utf8'), 'page.html');

  it('takes metadata from <meta>, <link rel=canonical> and <html lang>', () => {
    expect(page.format).toBe('html');
    expect(page.metadata).toEqual({
      title: 'Liege port traffic rises 12%',
      date: '2023-10-05',
      author: 'Jane Doe',
      url: 'https://news.example.com/2023/10/05/port-traffic-12345',
      lang: 'en',
    });
  });

  it('keeps text nodes as prose and masks code, comments, navigation, hidden text and controls', () => {
    const h1 = page.text.indexOf('<h1>') + 4;
    expect(page.prose.slice(h1, h1 + 28)).toBe('Liege port traffic rises 12%');
    expectProse(page, 'Its warehouse will grow to 100,000 square metres');
    expect(reasonAt(page, 'var slot = 1145044815;')).toBe('code');
    expect(reasonAt(page, 'width: 336px')).toBe('code');
    expect(reasonAt(page, 'https://pixel.example.com/p?id=5551234')).toBe('code');
    expect(reasonAt(page, 'Template 777')).toBe('code');
    expect(reasonAt(page, '<!-- build 20231005 -->')).toBe('comment');
    expect(reasonAt(page, 'World 2023')).toBe('furniture');
    expect(reasonAt(page, 'Hidden counter 987654')).toBe('furniture');
    expect(reasonAt(page, 'Share 17')).toBe('furniture');
    // the <title> is the headline of the browser's tab: prose
    expectProse(page, 'Port traffic | Example News');
    expect(reasonAt(page, 'href="https://news.example.com/2023/10/05/port-traffic-12345"')).toBe('url');
  });

  it("keeps white text on a background of its own, and a table's lone numbers", () => {
    expectProse(page, 'Inverse text 42');
    for (const cell of ['2021', '3.7', '9.1']) expectProse(page, `<td>${cell}</td>`.slice(4, 4 + cell.length));
    expect(reasonAt(page, '<td>2021')).toBe('markup');
  });

  it('decodes entities in place: the character on the `&`, the rest blanked', () => {
    const doc = html('<p>about 326&nbsp;million &amp; 5&#12288;亿 &#x1F600; &copy2021</p>');
    const at = (s: string) => doc.text.indexOf(s);
    expect(doc.prose.slice(at('326&nbsp;'), at('326&nbsp;') + 16)).toBe('326\u00a0     million');
    expect(doc.prose.slice(at('&amp;'), at('&amp;') + 5)).toBe('&    ');
    expect(doc.prose.slice(at('&#12288;'), at('&#12288;') + 9)).toBe('\u3000       亿');
    expect(doc.prose.slice(at('&#x1F600;'), at('&#x1F600;') + 9)).toBe('😀       ');
    expect(doc.prose.slice(at('&copy2021'), at('&copy2021') + 9)).toBe('©    2021');
    expect(reasonAt(doc, 'nbsp;')).toBe('markup');
    expectContract(doc);
  });

  it('old Mac line ends (a lone CR) lose no text', () => {
    const doc = html('<p>Sales rose\r15% to\r\n€3.7bn.</p>');
    expectProse(doc, 'Sales rose\r15% to\r\n€3.7bn.');
    expectContract(doc);
  });

  it('puts a separator at both ends of every block element, none around inline ones', () => {
    const doc = html(
      '<div>Port</div><p>A <b>big</b> port<br>handled 5 ships</p><ul><li>one</li><li>two</li></ul><table><tr><td>1</td><td>2</td></tr></table>',
    );
    const words = doc.prose
      .split(/\u2029/)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    expect(words).toEqual(['Port', 'A big port', 'handled 5 ships', 'one', 'two', '1', '2']);
  });

  it('text of adjacent blocks never merges, even without tags between lines', () => {
    const doc = html('<div>Revenue 2021</div><div>3.7</div>');
    const at = doc.text.indexOf('</div><div>3.7');
    expect(doc.prose[at]).toBe(SEP);
  });

  it('masks every attribute, with URLs as url', () => {
    const doc = html(
      '<p><img src="/media/2023/1280x720.jpg" width="336" data-ad-client="ca-pub-9374326915974877"><a href="https://x.com/a/123">see 5 photos</a></p>',
    );
    for (const s of ['1280x720', '336', 'ca-pub-9374326915974877', '123"']) expectBlanked(doc, s);
    expect(reasonAt(doc, '1280x720')).toBe('url');
    expect(reasonAt(doc, '336')).toBe('markup');
    expectProse(doc, 'see 5 photos');
  });

  it('masks invisible text by style, attribute and class, and near-white text on the page', () => {
    const doc = html(
      '<p>Visible 1.</p><span style="display: none">two 2</span><span hidden>three 3</span><div class="ad-slot x">four 4</div>' +
        '<font color="#F8F8F8">Mitbbs.com</font><span style="color: rgb(250, 250, 250)">six 6</span><span style="font-size:0">seven 7</span><font color="#999">grey 8</font>',
    );
    for (const s of ['two 2', 'three 3', 'four 4', 'Mitbbs.com', 'six 6', 'seven 7'])
      expect(reasonAt(doc, s), s).toBe('furniture');
    expectProse(doc, 'Visible 1.');
    expectProse(doc, 'grey 8');
  });

  it('a document is HTML by its doctype even in a .txt file; <time> dates it', () => {
    const doc = ingestText(
      '\n<!-- saved -->\n<!DOCTYPE html><html><body><time datetime="2021-05-07T21:12">May 7</time><p>Text 5.</p></body></html>',
      'page.txt',
    );
    expect(doc.format).toBe('html');
    expect(doc.metadata.date).toBe('2021-05-07');
  });

  it('the language is read from the prose even after a long <head>', () => {
    const head = `<style>${'.a{color:red}'.repeat(500)}</style>`;
    expect(
      html(`<html><head>${head}</head><body><p>列日机场去年处理了约3.26亿件包裹。</p></body></html>`).metadata.lang,
    ).toBe('zh');
  });

  it('<html lang> sets the language', () => {
    expect(html('<html lang="zh-CN"><body><p>Some English words here only.</p></body></html>').metadata.lang).toBe(
      'zh',
    );
  });
});
