import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFactsheetTemplate } from '../../src/render/handlebars.js';
import { renderHtml } from '../../src/render/index.js';
import { buildView } from '../../src/render/view-model.js';
import { STORY_DIR, builtSheet, hostileSheet, sampleSheet } from './sheets.js';

/** Every start tag of the page, as written. */
const tags = (html: string) => html.match(/<[a-zA-Z][^>]*>/g) ?? [];
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? '');
const section = (html: string, id: string) => {
  const start = html.indexOf(`<section id="${id}"`);
  return html.slice(start, html.indexOf('</section>', start));
};

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

  it('declares the CSP and carries no script', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script/i);
  });

  it('opens with the figures at a glance, before the findings and the appendices', () => {
    const order = ['glance', 'findings', 'appendix'].map((id) => html.indexOf(`<section id="${id}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives every figure a line and a mark, ids unique, and links only to them or to http(s)', () => {
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    for (const figure of sampleSheet().figures) {
      const anchor = `fig-${figure.id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
      expect(all).toContain(anchor);
      expect(all).toContain(anchor.replace(/^fig-/, 'row-'));
    }
    for (const href of hrefs(html)) {
      if (href.startsWith('#')) expect(all, href).toContain(href.slice(1));
      else expect(href).toMatch(/^https?:\/\//);
    }
  });

  it('numbers the anchors of a repeated figure id, the first keeping the plain one', () => {
    const sheet = sampleSheet();
    const first = sheet.figures[0]!;
    const page = renderHtml({ ...sheet, figures: [first, { ...first }, { ...first }, ...sheet.figures.slice(1)] });
    const added = ids(page).filter((id) => !ids(html).includes(id));
    expect(added.sort()).toEqual(
      ['fig', 'row'].flatMap((p) => [2, 3].map((n) => `${p}-zh-logistics_2e_txt_23_48fd3e_${n}`)).sort(),
    );
  });

  it('shows a change from → to, computed, with its sources and checks', () => {
    const glance = section(html, 'glance');
    expect(glance).toContain('<span class="from">€3.7 billion →</span>');
    expect(glance).toMatch(/>€9\.1 billion<\/a> <span class="delta up">\+146%<\/span>/);
    expect(glance).toContain('<mark>€9.1bn</mark>');
    expect(glance).toContain('class="verdict verdict-holds"');
    expect(glance).toContain('class="verdict verdict-fails"');
    expect(glance).toMatch(/<figure class="chart">[\s\S]*<title id="chart-transitions-title">Changes stated<\/title>/);
    expect(glance).toContain('revenue: €3.7 billion → €9.1 billion (+146%)');
  });

  it('keeps years, dates, ranks and ordinals off the first page, and lists them in the appendices', () => {
    const glance = section(html, 'glance');
    expect(glance).not.toContain('No. 5');
    expect(glance).not.toMatch(/>2021</);
    expect(html).toMatch(/<p id="row-[^"]*" class="date-line"><b>2021<\/b>/);
    expect(html).toContain('<b>No. 5</b>');
  });

  it('writes every figure in the reader’s notation, the source text beside it', () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<b>326 million</b>');
    expect(html).toContain('<q lang="zh">约 3.26 亿</q>');
    const zh = renderHtml(sampleSheet(), { lang: 'zh' });
    expect(zh).toContain('<html lang="zh">');
    expect(zh).toContain('<b>3.26亿</b>');
    expect(zh).toContain('<b>91亿欧元</b>');
    expect(zh).toContain('要点一览');
  });

  it('lists findings errors first with both places linked, notes collapsed', () => {
    const findings = section(html, 'findings');
    expect(findings.indexOf('sev-error')).toBeLessThan(findings.indexOf('sev-warning'));
    expect(findings).toContain('<code>€3.7bn</code>');
    expect(findings).toContain('<span class="missing">port-report.md#gone</span>');
    expect(findings).toMatch(
      /<a href="#fig-[^"]+">port-report\.md:4:1<\/a><br><a href="#fig-[^"]+">port-report\.md:4:25<\/a>/,
    );
    expect(findings).toMatch(/<details class="notes">\s*<summary>1 Notes<\/summary>[\s\S]*Unverifiable/);
  });

  it('quotes each sentence once, every figure in it marked', () => {
    const quotes = html.slice(html.indexOf('id="quotes"'));
    expect(quotes.match(/Revenue rose from/g)).toHaveLength(1);
    expect(quotes).toMatch(
      /Revenue rose from <a id="fig-[^"]+" class="mark" href="#row-[^"]+">€3\.7bn<\/a> in <a id="fig-[^"]+" class="mark" href="#row-[^"]+">2021<\/a>/,
    );
  });

  it('shows an address decoded for reading, linked as given', () => {
    const sheet = sampleSheet();
    sheet.sources[1]!.url = 'https://www.rfi.fr/cn/%E6%AC%A7%E6%B4%B2/x';
    expect(renderHtml(sheet)).toContain(
      '<a href="https://www.rfi.fr/cn/%E6%AC%A7%E6%B4%B2/x" rel="noopener noreferrer">https://www.rfi.fr/cn/欧洲/x</a>',
    );
  });

  it('leaves out source columns no source fills', () => {
    const sheet = sampleSheet();
    for (const source of sheet.sources) delete source.publisher;
    expect(renderHtml(sheet)).not.toContain('>Publisher</th>');
    expect(html).toContain('>Publisher</th>');
  });
});

describe('renderHtml on a story of five reports', () => {
  const sheet = builtSheet(STORY_DIR);
  const html = renderHtml(sheet);
  const glance = section(html, 'glance');

  it('ranks the value most sources state first, with the change and every source that states it', () => {
    const first = glance.slice(
      glance.indexOf('<tbody class="measure">'),
      glance.indexOf('</tr>', glance.indexOf('<tbody class="measure">')),
    );
    expect(first).toContain('14.6 million TEU');
    expect(first).toContain('<span class="from">12.4 million TEU →</span>');
    expect([...first.matchAll(/class="src"[^>]*>(S\d)</g)].map((m) => m[1])).toEqual(['S1', 'S2', 'S3', 'S5']);
  });

  it('draws which source states what, with the counts in text', () => {
    expect(glance).toContain('<title id="chart-corroboration-title">Which source states what</title>');
    expect(glance).toContain('>4/5</text>');
    expect(glance).toContain('14.6 million TEU: 4 of 5 sources (S1, S2, S3, S5)');
  });

  it('joins values several sources state alike', () => {
    expect(section(html, 'findings')).toMatch(/<li>(<span id="finding-\d+"><\/span>)+<b>38\.2 billion yuan<\/b>/);
  });
});

describe('renderHtml on a sheet without figures', () => {
  it('says so at a glance, and leaves no part marker behind', () => {
    const html = renderHtml({ ...sampleSheet(), figures: [], findings: [] });
    expect(section(html, 'glance')).toContain('No money, quantities, counts or percentages found.');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<!--factsheet:');
  });
});

describe('renderHtml on a value stated in many files', () => {
  it('names the first sources on its row and counts the rest', () => {
    const one = sampleSheet().figures.find((f) => f.text === '15%')!;
    const figures = Array.from({ length: 30 }, (_, k) => ({
      ...one,
      id: `f${k}#1`,
      source: { ...one.source, file: `f${k}.txt` },
    }));
    const glance = section(renderHtml({ ...sampleSheet(), sources: [], figures, findings: [] }), 'glance');
    expect(glance.match(/class="src"/g)).toHaveLength(8);
    expect(glance).toContain('<span class="more">+22</span>');
  });
});

describe('renderHtml on hostile source text', () => {
  const html = renderHtml(hostileSheet());

  it('emits no script, no event handler and no script URL', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html.replace(/<svg role="img"[^>]*>/g, '')).not.toMatch(/<svg|<img|<b>43/i);
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
    expect(html).toContain('&lt;b&gt;43&lt;/b&gt;</a>');
  });

  it('escapes the title for the running header as a CSS string', () => {
    const rule = html.match(/@top-left \{ content: ("[^"]*"); \}/)?.[1] ?? '';
    expect(rule).toMatch(/^"[\p{L}\p{N} \\]*"$/u);
    expect(rule).not.toMatch(/<|>|'/);
  });

  it('escapes the query of an allowed address inside the attribute', () => {
    expect(html).toContain('href="https://example.com/?q&#x3D;%22%3E%3Cscript%3Ealert(1)%3C/script%3E"');
  });
});

describe('templates', () => {
  const dir = new URL('../../templates/', import.meta.url);
  const files = [
    'factsheet.hbs',
    ...['partials/', 'markdown/'].flatMap((folder) => readdirSync(new URL(folder, dir)).map((f) => folder + f)),
  ];

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
  // rows. Here every template renders strictly over real views: a misspelt field throws here
  // instead of printing nothing there.
  const views = [sampleSheet(), hostileSheet(), builtSheet(STORY_DIR)].flatMap((sheet) =>
    (['en', 'zh'] as const).map((lang) => buildView(sheet, { lang })),
  );
  const strict = createFactsheetTemplate({ strict: true });
  const plain = createFactsheetTemplate();

  it('render strictly to the same page, in HTML and Markdown', () => {
    for (const view of views)
      for (const format of ['html', 'markdown'] as const)
        expect(strict[format].page(view)).toBe(plain[format].page(view));
  });
});
