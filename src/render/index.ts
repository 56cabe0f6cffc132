export { renderHtml, type HtmlOptions } from './html.js';
export { renderCsv, CSV_COLUMNS } from './csv.js';
export { renderFiguresJson, renderFindingsJson } from './json.js';
export { renderPdf, ChromiumMissingError, type PdfOptions } from './pdf.js';
export type { GroupBy } from './view-model.js';
