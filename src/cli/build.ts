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
import { OutputFolder, type OutputFile, type OutputName } from './out-dir.js';
import type { RenderedFigures } from './workers.js';

/** A JSON file of one list written an entry batch at a time (figures.json, statements.json). */
class JsonList {
  private empty = true;

  constructor(
    readonly file: OutputFile,
    private readonly frame: typeof FIGURES_JSON_FRAME,
  ) {}

  add(entries: Uint8Array): void {
    if (entries.length === 0) return;
    this.file.write(this.empty ? this.frame.open : this.frame.separator);
    this.file.writeBytes(entries);
    this.empty = false;
  }

  end(): void {
    this.file.write(this.empty ? this.frame.empty : this.frame.close);
  }
}

type OpenFile = Awaited<ReturnType<OutputFolder['openFile']>>;

/**
 * figures.json, figures.csv and statements.json of a build, written a file's part at a time as
 * the parts come (rendered on the worker threads that extracted them). The parts are gathered
 * into a few MB and written synchronously: a write per part (30,000 of them for 10,000 files)
 * cost the main thread more than the copies, and a write error surfaces where it happens.
 */
export class FigureListing {
  private readonly figures: JsonList;
  private readonly statements: JsonList;

  private constructor(private readonly files: [OpenFile, OpenFile, OpenFile]) {
    this.figures = new JsonList(files[0].file, FIGURES_JSON_FRAME);
    this.statements = new JsonList(files[2].file, STATEMENTS_JSON_FRAME);
    files[1].file.write(CSV_HEADER);
  }

  static async open(folder: OutputFolder): Promise<FigureListing> {
    const opened: OpenFile[] = [];
    try {
      for (const name of ['figures.json', 'figures.csv', 'statements.json'] as const)
        opened.push(await folder.openFile(name));
    } catch (error) {
      await Promise.all(opened.map((f) => f.close()));
      throw error;
    }
    return new FigureListing(opened as [OpenFile, OpenFile, OpenFile]);
  }

  add(part: RenderedFigures): void {
    this.files[1].file.writeBytes(part.csv);
    this.figures.add(part.json);
    this.statements.add(part.statements);
  }

  /** The three files complete in the staging folder, and closed. */
  async end(): Promise<void> {
    this.figures.end();
    this.statements.end();
    await Promise.all(this.files.map((f) => f.close()));
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
