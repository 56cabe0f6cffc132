import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { FactSheet } from '../types.js';
import {
  CSV_HEADER,
  FIGURES_JSON_FRAME,
  findingsJsonChunks,
  partsText,
  renderGroups,
  renderPdf,
  sheetParts,
  statementsJsonChunks,
  type HtmlOptions,
} from '../render/index.js';
import { describeError, FatalError } from './errors.js';
import { OutputFolder, writeChunks, type OutputName } from './out-dir.js';
import type { RenderedFigures } from './workers.js';

/** figures.json and figures.csv of a build, written a file's part at a time as the parts come. */
export class FigureListing {
  private empty = true;
  private failure: Error | null = null;

  private constructor(
    private readonly json: WriteStream,
    private readonly csv: WriteStream,
  ) {
    for (const stream of [json, csv]) stream.on('error', (error) => void (this.failure ??= error));
    csv.write(CSV_HEADER);
  }

  static async open(folder: OutputFolder): Promise<FigureListing> {
    return new FigureListing(await folder.create('figures.json'), await folder.create('figures.csv'));
  }

  /** Queued without waiting: the parts come no faster than a disk takes them; a write error surfaces at `end`. */
  add(part: RenderedFigures): void {
    if (part.csv.length > 0) this.csv.write(part.csv);
    if (part.json.length === 0) return;
    this.json.write(this.empty ? FIGURES_JSON_FRAME.open : FIGURES_JSON_FRAME.separator);
    this.json.write(part.json);
    this.empty = false;
  }

  /** Both files complete in the staging folder. */
  async end(): Promise<void> {
    this.json.write(this.empty ? FIGURES_JSON_FRAME.empty : FIGURES_JSON_FRAME.close);
    await Promise.all(
      [this.json, this.csv].map(async (stream) => {
        const closed = once(stream, 'close').catch(() => undefined);
        stream.end();
        await closed;
      }),
    );
    if (this.failure) throw this.failure;
  }
}

/**
 * Sheets larger than this are not printed: Chromium took 146 s for a sheet of 8.4 MB (3,500
 * figures) on a loaded 2-core machine, and failed after 100 s on 17.7 MB ("Printing failed").
 */
export const PDF_MAX_BYTES = 8_000_000;

/**
 * Writes the sheet's files into the staging folder and moves the whole set into place. A PDF
 * that cannot be made does not hold back the rest: the other files are put in place (an old
 * PDF removed, never left beside newer files) and the PDF's failure is thrown after.
 */
export async function writeSheet(
  folder: OutputFolder,
  listing: FigureListing,
  sheet: FactSheet,
  pdf: { maxBytes: number } | null,
  view: HtmlOptions = {},
): Promise<void> {
  const written: OutputName[] = [
    'factsheet.html',
    'factsheet.md',
    'figures.json',
    'figures.csv',
    'findings.json',
    'statements.json',
  ];
  // each file is written piece by piece as it is rendered: the sheet of 100,000 figures is
  // hundreds of MB, which as one string would be built, flattened and encoded whole; the HTML
  // and the Markdown sheet come from one view of the sheet
  const parts = sheetParts(sheet, view);
  const { before, groups, after } = parts.html;
  const html = await folder.create('factsheet.html');
  await writeChunks(
    html,
    (function* () {
      yield before;
      yield* renderGroups(groups);
      yield after;
    })(),
  );
  await writeChunks(await folder.create('factsheet.md'), partsText(parts.markdown));
  await listing.end();
  await writeChunks(await folder.create('findings.json'), findingsJsonChunks(sheet.findings));
  await writeChunks(await folder.create('statements.json'), statementsJsonChunks(sheet.statements));
  let pdfFailure: string | null = null;
  if (pdf && html.bytesWritten > pdf.maxBytes) {
    pdfFailure = `the sheet is ${(html.bytesWritten / 1e6).toFixed(1)} MB, more than Chromium prints (${pdf.maxBytes / 1e6} MB): build a PDF of fewer inputs, or print factsheet.html from a browser`;
  } else if (pdf) {
    try {
      await writeChunks(await folder.create('factsheet.pdf'), [await renderPdf([...partsText(parts.html)].join(''))]);
      written.push('factsheet.pdf');
    } catch (error) {
      pdfFailure = describeError(error);
    }
  }
  await folder.commit(written);
  if (pdfFailure) throw new FatalError(`factsheet.pdf not written: ${pdfFailure} (the other outputs are written)`);
}
