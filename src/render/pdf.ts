import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

export interface PdfOptions {
  /** Chromium binary; default: env CHROMIUM_PATH, else /usr/bin/chromium */
  executablePath?: string;
  /** for loading and for printing each; default pdfTimeout of the page's length */
  timeoutMs?: number;
}

/** 30 s and 20 s per million characters of HTML: on a loaded 2-core machine an 8 MB sheet took 146 s in all. */
export const pdfTimeout = (htmlLength: number): number => 30_000 + Math.ceil((htmlLength / 1e6) * 20_000);

/**
 * A Chromium that stays offline and keeps no state: no sync, updates or first-run work, and no
 * host name looked up at all (its services would otherwise call accounts.google.com,
 * update.googleapis.com and clients2.google.com for the time; test/render/offline.test.ts reads
 * Chromium's own net log to prove that nothing is attempted).
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-pings',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--dns-prefetch-disable',
  '--allow-browser-signin=false',
  '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,DialMediaRouteProvider',
  // a last wall: any name that still gets looked up resolves to nothing, without a query
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/** Thrown when no Chromium can be started; the message says how to get one. */
export class ChromiumMissingError extends Error {
  constructor(path: string, cause?: unknown) {
    super(
      `Chromium not found or not startable at ${path}. Install it (Debian: apt-get install chromium ` +
        'fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
      { cause },
    );
    this.name = 'ChromiumMissingError';
  }
}

export function chromiumPath(options: PdfOptions = {}): string {
  return options.executablePath ?? (process.env.CHROMIUM_PATH || '/usr/bin/chromium');
}

/**
 * Starts a headless Chromium with a fresh profile in a temp folder. `close` stops it and
 * removes the profile; call it in a `finally`.
 */
export async function launchChromium(
  options: PdfOptions = {},
): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const executablePath = chromiumPath(options);
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  const profile = await mkdtemp(join(tmpdir(), 'factsheet-chromium-'));
  let browser: Browser;
  try {
    // loaded here, not with the module: every run that prints no PDF would pay for it
    const { default: puppeteer } = await import('puppeteer-core');
    // pipe: talk over stdio, so no debugging port is opened on the machine
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new ChromiumMissingError(executablePath, error);
  }
  const close = async () => {
    try {
      await browser.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  };
  return { browser, close };
}

/**
 * Prints `html` (a page from renderHtml) to an A4 PDF with Chromium. JavaScript is off and
 * every network request is refused, so the page can only show what it contains.
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const { browser, close } = await launchChromium(options);
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => void request.abort('blockedbyclient'));
    const timeout = options.timeoutMs ?? pdfTimeout(html.length);
    await page.setContent(html, { waitUntil: 'load', timeout });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, timeout });
  } finally {
    await close();
  }
}
