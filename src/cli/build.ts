import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { FactSheet } from '../types.js';
import {
  CSV_HEADER,
  FIGURES_JSON_FRAME,
  findingsJsonChunks,
  renderPdf,
  sheetCuts,
  sheetText,
  STATEMENTS_JSON_FRAME,
  writeSheets,
  type HtmlOptions,
} from '../render/index.js';
import { describeError, FatalError } from './errors.js';
import { OutputFolder, type OutputName } from './out-dir.js';
import type { RenderedFigures } from './workers.js';

/** A JSON file of one list written an entry batch at a time (figures.json, statements.json). */
class JsonList {
  private empty = true;

  constructor(
    readonly stream: WriteStream,
    private readonly frame: typeof FIGURES_JSON_FRAME,
  ) {}

  add(entries: Uint8Array): void {
    if (entries.length === 0) return;
    this.stream.write(this.empty ? this.frame.open : this.frame.separator);
    this.stream.write(entries);
    this.empty = false;
  }

  end(): void {
    this.stream.write(this.empty ? this.frame.empty : this.frame.close);
  }
}

/**
 * figures.json, figures.csv and statements.json of a build, written a file's part at a time as
 * the parts come (rendered on the worker threads that extracted them).
 */
export class FigureListing {
  private failure: Error | null = null;
  private readonly figures: JsonList;
  private readonly statements: JsonList;

  private constructor(
    figures: WriteStream,
    private readonly csv: WriteStream,
    statements: WriteStream,
  ) {
    this.figures = new JsonList(figures, FIGURES_JSON_FRAME);
    this.statements = new JsonList(statements, STATEMENTS_JSON_FRAME);
    for (const stream of [figures, csv, statements]) stream.on('error', (error) => void (this.failure ??= error));
    csv.write(CSV_HEADER);
  }

  static async open(folder: OutputFolder): Promise<FigureListing> {
    return new FigureListing(
      await folder.create('figures.json'),
      await folder.create('figures.csv'),
      await folder.create('statements.json'),
    );
  }

  /** Queued without waiting: the parts come no faster than a disk takes them; a write error surfaces at `end`. */
  add(part: RenderedFigures): void {
    if (part.csv.length > 0) this.csv.write(part.csv);
    this.figures.add(part.json);
    this.statements.add(part.statements);
  }

  /** The three files complete in the staging folder. */
  async end(): Promise<void> {
    this.figures.end();
    this.statements.end();
    await Promise.all(
      [this.figures.stream, this.csv, this.statements.stream].map(async (stream) => {
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
  // and the Markdown sheet come from one view of the sheet, and are written side by side
  const cuts = sheetCuts(sheet, view);
  await listing.end();
  await folder.write(['findings.json'], (files) => {
    for (const chunk of findingsJsonChunks(sheet.findings)) files['findings.json'].write(chunk);
  });
  const sheets = await folder.write(['factsheet.html', 'factsheet.md'], (files) =>
    writeSheets([cuts.html, cuts.markdown], (format, text) =>
      files[format === 'html' ? 'factsheet.html' : 'factsheet.md'].write(text),
    ),
  );
  const htmlBytes = sheets['factsheet.html'].bytesWritten;
  let pdfFailure: string | null = null;
  if (pdf && htmlBytes > pdf.maxBytes) {
    pdfFailure = `the sheet is ${(htmlBytes / 1e6).toFixed(1)} MB, more than Chromium prints (${pdf.maxBytes / 1e6} MB): build a PDF of fewer inputs, or print factsheet.html from a browser`;
  } else if (pdf) {
    try {
      const bytes = await renderPdf(sheetText(cuts.html));
      await folder.write(['factsheet.pdf'], (files) => files['factsheet.pdf'].writeBytes(bytes));
      written.push('factsheet.pdf');
    } catch (error) {
      pdfFailure = describeError(error);
    }
  }
  await folder.commit(written);
  if (pdfFailure) throw new FatalError(`factsheet.pdf not written: ${pdfFailure} (the other outputs are written)`);
}
