import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, renderPdf } from '../../src/render/index.js';
import { chromiumPath, launchChromium } from '../../src/render/pdf.js';
import { hostileSheet, sampleSheet } from './sheets.js';

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

describe('renderPdf without Chromium', () => {
  it('says how to get one', async () => {
    await expect(renderPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      /Chromium not found .*CHROMIUM_PATH/,
    );
  });
});
