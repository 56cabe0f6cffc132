import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFactsheetTemplate } from '../../src/render/handlebars.js';
import { renderHtml } from '../../src/render/index.js';
import { buildView, groupPage, type GroupBy } from '../../src/render/view-model.js';
import { hostileSheet, sampleSheet } from './sheets.js';

/** Every start tag of the page, as written. */
const tags = (html: string) => html.match(/<[a-zA-Z][^>]*>/g) ?? [];
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? ''));

describe('renderHtml on the sample sheet', () => {
  const html = renderHtml(sampleSheet());

  it('matches the golden page', async () => {
    await expect(html).toMatchFileSnapshot('../fixtures/render/sample/factsheet.html');
  });

  it('is deterministic and dates itself only when told', () => {
    expect(renderHtml(sampleSheet())).toBe(html);
    expect(html).not.toContain('<time');
    const dated = renderHtml({ ...sampleSheet(), generated: '2024-05-01T00:00:00Z' });
    expect(dated).toContain('<time datetime="2024-05-01T00:00:00Z">');
  });

  it('numbers the anchors of a repeated figure id, the first keeping the plain one', () => {
    const sheet = sampleSheet();
    const first = sheet.figures[0]!;
    const page = renderHtml({ ...sheet, figures: [first, { ...first }, { ...first }, ...sheet.figures.slice(1)] });
    const plain = [...ids(html)].find((id) => id.startsWith('fig-') && id.endsWith(first.id.split('#')[1]!))!;
    expect(ids(page)).toEqual(new Set([...ids(html), `${plain}_2`, `${plain}_3`]));
  });

  it('declares the CSP and carries no script', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script/i);
  });

  it('gives every figure an anchor and links only to existing anchors or http(s)', () => {
    const anchors = ids(html);
    for (const figure of sampleSheet().figures) expect(html).toContain(`“${figure.text}”`);
    for (const href of hrefs(html)) {
      if (href.startsWith('#')) expect(anchors, href).toContain(href.slice(1));
      else expect(href).toMatch(/^https?:\/\//);
    }
  });

  it('formats values per language and unit, and highlights the figure in its sentence', () => {
    expect(html).toContain('<span class="display" lang="en">€3.7 bn</span>');
    expect(html).toContain('<span class="full">3,700,000,000 EUR</span>');
    expect(html).toContain('<span class="display" lang="zh">3.26 亿</span>');
    expect(html).toContain('处理了<mark>约 3.26 亿</mark>件包裹');
    expect(html).toContain('<blockquote lang="zh">');
    expect(html).toContain('articles/port-report.md:3:19');
  });

  it('shows linked figures together, ordered from → to', () => {
    const block = html.match(/<tbody class="cluster linked linked-transition">[\s\S]*?<\/tbody>/)?.[0] ?? '';
    expect(block).toContain('Transition · <q>rose</q>');
    expect(block.indexOf('€3.7 bn')).toBeLessThan(block.indexOf('€9.1 bn'));
  });

  it('shows a stated range as one figure with both ends', () => {
    expect(html).toContain('<span class="display" lang="zh">€5 亿 – €7 亿</span>');
  });

  it('joins only links both ends agree on; a one-sided link is a cross-reference', () => {
    const sheet = sampleSheet();
    const [from, to, stray] = ['€3.7bn', '€9.1bn', '15%'].map((t) => sheet.figures.find((f) => f.text === t)!);
    from!.link = { type: 'transition', role: 'from', other: stray!.id };
    const out = renderHtml(sheet);
    expect(out).not.toContain('linked-transition');
    expect(out).toContain(`linked to <a href="#fig-port-report_2e_md_23_${stray!.id.split('#')[1]}">`);
    expect(to!.link?.other).toBe(from!.id); // still pointing back, but not mutual any more
  });

  it('shows an address decoded for reading, linked as given', () => {
    const sheet = sampleSheet();
    sheet.sources[1]!.url = 'https://www.rfi.fr/cn/%E6%AC%A7%E6%B4%B2/x';
    const out = renderHtml(sheet);
    expect(out).toContain('<a href="https://www.rfi.fr/cn/%E6%AC%A7%E6%B4%B2/x" rel="noopener noreferrer">https://www.rfi.fr/cn/欧洲/x</a>');
  });

  it('leaves out source columns no source fills', () => {
    const sheet = sampleSheet();
    for (const source of sheet.sources) delete source.publisher;
    const out = renderHtml(sheet);
    expect(out).not.toContain('>Publisher</th>');
    expect(out).toContain('>Date</th>');
    expect(html).toContain('>Publisher</th>');
  });

  it('lists findings errors first, with code spans, and a missing figure as plain text', () => {
    const findings = html.slice(html.indexOf('<section id="findings"'));
    expect(findings.indexOf('sev-error')).toBeLessThan(findings.indexOf('sev-warning'));
    expect(findings).toContain('<code>€3.7bn</code>');
    expect(findings).toContain('<span class="missing">port-report.md#gone</span>');
  });

  it('can group by kind', () => {
    const byKind = renderHtml(sampleSheet(), { groupBy: 'kind' });
    const headings = [...byKind.matchAll(/<h3>([^<]*) <span class="count">/g)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual(['Money', 'Area', 'Count']);
  });
});

describe('renderHtml on hostile source text', () => {
  const html = renderHtml(hostileSheet());

  it('emits no script, no event handler and no script URL', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<svg|<img|<b>/i);
    for (const tag of tags(html)) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/onerror=/i);
    for (const href of hrefs(html)) expect(href).toMatch(/^(#[A-Za-z0-9_-]+|https:\/\/example\.com\/)/);
  });

  it('prints the payloads as text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('&quot; onmouseover&#x3D;&quot;alert(1)');
    expect(html).toContain('{{constructor.constructor(&#x27;alert(1)&#x27;)()}}');
    expect(html).toContain('&lt;/textarea&gt;');
    expect(html).toContain('javascript:alert(1)'); // the address, shown but not linked
    expect(html).toContain('\u{1F4A5} 零');
    expect(html).toContain('<mark>&lt;b&gt;43&lt;/b&gt;</mark>');
  });

  it('escapes the query of an allowed address inside the attribute', () => {
    expect(html).toContain('href="https://example.com/?q&#x3D;%22%3E%3Cscript%3Ealert(1)%3C/script%3E"');
  });
});

describe('templates', () => {
  const dir = new URL('../../templates/', import.meta.url);
  const files = ['factsheet.hbs', ...readdirSync(new URL('partials/', dir)).map((f) => `partials/${f}`)];

  it('never use the unescaped {{{ }}} form', () => {
    for (const file of files) expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toContain('{{{');
  });

  it('use no @data (they are compiled without it)', () => {
    for (const file of files) expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/\{\{[^}]*@/);
  });

  it('keep the page self-contained: no external URL in CSS', () => {
    expect(readFileSync(new URL('styles/print.css', dir), 'utf8')).not.toMatch(/url\(|@import/);
  });
});


describe('templates read only fields the view has', () => {
  // The page is rendered without strict mode, which would cost a tenth of the time of 100,000
  // rows. Here every template renders strictly, over views that fill each field somewhere, and
  // must give the same page: a misspelt field throws here instead of printing nothing there.
  const views = [sampleSheet(), hostileSheet()].flatMap((sheet) =>
    (['source', 'kind'] as GroupBy[]).map((groupBy) => buildView(sheet, groupBy)),
  );
  const strict = createFactsheetTemplate({ strict: true });
  const plain = createFactsheetTemplate();

  it('render strictly to the same page', () => {
    for (const view of views) {
      expect(strict.page(view)).toBe(plain.page(view));
      for (const group of view.groups) expect(strict.group(groupPage(group))).toBe(plain.group(groupPage(group)));
    }
  });

  it('over views that fill every field at least once', () => {
    const filled = (value: unknown) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
    const pages = views.flatMap((view) => view.groups.map(groupPage));
    const clusters = pages.flatMap((page) => page.clusters);
    const rows = clusters.flatMap((cluster) => cluster.rows);
    const kinds: Record<string, object[]> = {
      sheet: views,
      group: pages,
      cluster: clusters,
      row: rows,
      'linked row': rows.flatMap((row) => (row.other ? [row.other] : [])),
      source: views.flatMap((view) => view.sources),
      finding: views.flatMap((view) => view.findings),
      'finding figure': views.flatMap((view) => view.findings.flatMap((finding) => finding.figures)),
    };
    for (const [kind, objects] of Object.entries(kinds)) {
      const keys = new Set(objects.flatMap((object) => Object.keys(object)));
      for (const key of keys) {
        expect(objects.some((object) => filled((object as Record<string, unknown>)[key])), `${kind}.${key}`).toBe(true);
      }
    }
  });
});
