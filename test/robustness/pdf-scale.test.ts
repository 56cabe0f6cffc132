import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FigureListing, PDF_MAX_BYTES, writeSheet } from '../../src/cli/build.js';
import { OutputFolder } from '../../src/cli/out-dir.js';
import { assembleSheet, processFile } from '../../src/pipeline.js';
import { pdfTimeout } from '../../src/render/pdf.js';
import { tempDir } from '../cli/run-cli.js';
import { ARTICLE } from './helpers.js';

describe('--pdf at archive scale (issue 13, item 9)', () => {
  it('a sheet over the limit is refused with a clear message, and the other outputs are written', async () => {
    const out = tempDir('pdf-scale');
    writeFileSync(path.join(out, 'factsheet.pdf'), 'the PDF of an earlier build');
    const result = processFile({ path: 'story.txt', bytes: new TextEncoder().encode(ARTICLE) });
    if ('reason' in result) throw new Error(result.message);
    const folder = await OutputFolder.open(out);
    const listing = await FigureListing.open(folder);
    await expect(writeSheet(folder, listing, assembleSheet([result]), { maxBytes: 1000 })).rejects.toThrow(
      /^factsheet\.pdf not written: the sheet is 0\.\d MB, more than Chromium prints \(0\.001 MB\): build a PDF of fewer inputs, or print factsheet\.html from a browser \(the other outputs are written\)$/,
    );
    expect(readdirSync(out).sort()).toEqual([
      'factsheet.html',
      'factsheet.md',
      'figures.csv',
      'figures.json',
      'findings.json',
      'statements.json',
    ]);
  });

  it('below the limit, the time allowed grows with the sheet: a fixed 30 s ran out on large ones', () => {
    expect(pdfTimeout(0)).toBe(30_000);
    expect(pdfTimeout(2_000_000)).toBeGreaterThan(60_000);
    expect(pdfTimeout(PDF_MAX_BYTES)).toBeGreaterThanOrEqual(180_000);
  });
});
