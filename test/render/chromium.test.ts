import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, renderPdf } from '../../src/render/index.js';
import { chromiumPath, launchChromium } from '../../src/render/pdf.js';
import type { FactSheet } from '../../src/types.js';
import { SEEDS_DIR, STORY_DIR, TRADE_DIR, builtSheet, hostileSheet, sampleSheet } from './sheets.js';

const chromium = chromiumPath();
const missing = !existsSync(chromium);
if (missing) console.warn(`skipping the Chromium tests: no Chromium at ${chromium} (set CHROMIUM_PATH)`);

/** What a page did: dialogs (alert…), console errors (CSP reports land there), on* attributes. */
interface PageReport {
  dialogs: string[];
  consoleErrors: string[];
  handlerAttributes: string[];
  scripts: number;
  badLinks: string[];
}

// The page is evaluated as a string: tsconfig has no DOM lib, and the code runs in the browser.
const INSPECT = `(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    handlerAttributes: all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => /^on/i.test(n)),
    scripts: document.scripts.length,
    badLinks: [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href'))
      .filter((h) => !(h.startsWith('#') ? document.getElementById(h.slice(1)) : /^https?:/.test(new URL(h).protocol))),
  };
})()`;

describe.skipIf(missing)('in Chromium', () => {
  let launched: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });

  /** Loads `html` with JavaScript ON (the worst case), hovers everything, and reports. */
  async function load(html: string, screenshot: string): Promise<PageReport> {
    const page = await launched.browser.newPage();
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.setJavaScriptEnabled(true);
    await page.setViewport({ width: 900, height: 1200 });
    await page.setContent(html, { waitUntil: 'load' });
    for (const element of await page.$$('tr, a')) await element.hover().catch(() => {});
    await page.screenshot({ path: screenshot as `${string}.png`, fullPage: true });
    const inspected = (await page.evaluate(INSPECT)) as Omit<PageReport, 'dialogs' | 'consoleErrors'>;
    await page.close();
    return { dialogs, consoleErrors, ...inspected };
  }

  it('notices an injected handler (so the checks below are not vacuous)', async () => {
    const report = await load('<img src=x onerror=alert(1)><a href="javascript:x">x</a>', '/tmp/factsheet-control.png');
    expect(report.dialogs).toEqual(['1']);
    expect(report.handlerAttributes).toEqual(['onerror']);
    expect(report.badLinks).toEqual(['javascript:x']);
  });

  it('runs nothing from hostile source text, even with JavaScript enabled', async () => {
    const report = await load(renderHtml(hostileSheet()), '/tmp/factsheet-hostile.png');
    expect(report).toEqual({ dialogs: [], consoleErrors: [], handlerAttributes: [], scripts: 0, badLinks: [] });
  });

  it('renders the sample sheet cleanly', async () => {
    const report = await load(renderHtml(sampleSheet()), '/tmp/factsheet-sample.png');
    expect(report).toEqual({ dialogs: [], consoleErrors: [], handlerAttributes: [], scripts: 0, badLinks: [] });
  });

  it('prints a PDF with the Chinese text in Noto Sans CJK', async () => {
    const pdf = await renderPdf(renderHtml(sampleSheet()));
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toMatch(/NotoSansCJK/);
  });
});

/** Screenshots and PDFs of the real sheets, for a person to look at (not committed). */
const SHOTS = path.join(tmpdir(), 'factsheet-screens');

/** A4 less the page margins of print.css (13 mm either side, 16 mm top, 15 mm bottom), in CSS px. */
const A4_CONTENT = { width: Math.floor(((210 - 26) / 25.4) * 96), height: Math.floor(((297 - 31) / 25.4) * 96) };

// In the page: links that go nowhere, elements wider than the page, where the first chart starts.
const LAYOUT = `(() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 1 || el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
    .map((el) => el.tagName + '.' + el.className + ': ' + (el.textContent || '').slice(0, 40));
  const dangling = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')).filter((h) => !document.getElementById(h.slice(1)));
  const chart = document.querySelector('#glance svg');
  const glance = document.querySelector('#glance');
  return {
    wide, dangling,
    links: document.querySelectorAll('a[href^="#"]').length,
    glanceTop: glance ? glance.getBoundingClientRect().top : -1,
    chartTop: chart ? chart.getBoundingClientRect().top + window.scrollY : -1,
    chartTitle: chart ? chart.querySelector('title').textContent : '',
    charts: [...document.querySelectorAll('#glance svg')].map((svg) => ({
      title: svg.querySelector('title').textContent,
      bottom: svg.getBoundingClientRect().bottom + window.scrollY,
    })),
  };
})()`;

const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

describe.skipIf(missing)('the sheets of the seeds and of a story, in Chromium', () => {
  let launched: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });

  const cases: [string, () => FactSheet, number][] = [
    ['seeds', () => builtSheet(SEEDS_DIR), 4],
    ['story', () => builtSheet(STORY_DIR), 8],
  ];
  // the trade story's parts of a total, on screen (its Chinese PDF ends on a short page: not yet)
  const screens: typeof cases = [...cases, ['trade', () => builtSheet(TRADE_DIR), 4]];

  it.each(screens)(
    '%s: links resolve, nothing is wider than A4, the first page opens with a chart',
    async (name, sheet) => {
      const page = await launched.browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.emulateMediaType('print');
      await page.setViewport({ width: A4_CONTENT.width, height: A4_CONTENT.height });
      await page.setContent(renderHtml(sheet()), { waitUntil: 'load' });
      const shot = path.join(SHOTS, `${name}-first-page.png`);
      await page.screenshot({ path: shot as `${string}.png`, clip: { x: 0, y: 0, ...A4_CONTENT } });
      const layout = (await page.evaluate(LAYOUT)) as {
        wide: string[];
        dangling: string[];
        links: number;
        glanceTop: number;
        chartTop: number;
        chartTitle: string;
        charts: { title: string; bottom: number }[];
      };
      await page.close();
      console.info(`${name}: first page at ${shot}`);
      expect(layout.dangling).toEqual([]);
      expect(layout.links).toBeGreaterThan(20);
      expect(layout.wide).toEqual([]);
      expect(layout.glanceTop).toBeLessThan(200);
      expect(layout.chartTop).toBeGreaterThan(0);
      expect(layout.chartTop).toBeLessThan(A4_CONTENT.height);
      expect(layout.chartTitle).not.toBe('');
      // every chart of the sheet ends on the first page
      expect(layout.charts.map((c) => c.title)).toEqual(CHARTS[name]);
      for (const c of layout.charts) expect(c.bottom, c.title).toBeLessThan(A4_CONTENT.height);
    },
  );

  it.skipIf(!hasPoppler).each(cases)(
    '%s: the PDF reads back with its key figures in both languages, within its page limit',
    async (name, sheet, limit) => {
      for (const lang of ['en', 'zh'] as const) {
        const file = path.join(SHOTS, `${name}-${lang}.pdf`);
        writeFileSync(file, await renderPdf(renderHtml(sheet(), { lang })));
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
        const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], {
          encoding: 'utf8',
        }).replace(/\s+/g, ' ');
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(pages, file).toBeLessThanOrEqual(limit);
        // no near-empty last page: a few lines left over would be a page for nothing
        const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), file, '-'], {
          encoding: 'utf8',
        });
        expect(last.replace(/\s+/g, '').length, `the last page of ${file}`).toBeGreaterThan(400);
        expect(first).toContain(lang === 'en' ? 'At a glance' : '要点一览');
        expect(first).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`)); // the running footer, page n of m
        for (const figure of KEY_FIGURES[name]![lang])
          expect(first, `${figure} on the first page of ${file}`).toContain(figure);
        // the sources' own text, in both languages, is quoted in the appendices
        for (const written of WRITTEN[name]!) expect(text, file).toContain(written);
      }
    },
  );
});

/** The charts at a glance, per sheet. */
const CHARTS: Record<string, string[]> = {
  seeds: ['Changes stated', 'Which source states what'],
  story: ['Changes stated', 'Which source states what', 'Side by side'],
  trade: ['Which source states what', 'A total and its parts · 2023'],
};

/** What the first page must say, per sheet and reader language (pdftotext folds spaces). */
const KEY_FIGURES: Record<string, Record<'en' | 'zh', string[]>> = {
  seeds: { en: ['€9.1 billion', '326 million', '100,000 m²'], zh: ['91亿欧元', '3.26亿', '10万平方米'] },
  story: { en: ['14.6 million TEU', '38.2 billion yuan', '$2.3 billion'], zh: ['1460万标准箱', '382亿元', '23亿美元'] },
};
const WRITTEN: Record<string, string[]> = {
  seeds: ['37 亿欧元', 'six global logistics centres'],
  story: ['1460万标准箱', '38.2 billion yuan'],
};

describe('renderPdf without Chromium', () => {
  it('says how to get one', async () => {
    await expect(renderPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      /Chromium not found .*CHROMIUM_PATH/,
    );
  });
});
