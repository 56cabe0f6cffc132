export { htmlParts, renderGroups, renderHtml, renderHtmlChunks, type HtmlOptions, type HtmlParts } from './html.js';
export { renderCsv, csvRows, CSV_COLUMNS, CSV_HEADER } from './csv.js';
export { renderCheckJson, renderFiguresJson, renderFindingsJson, figureEntries, FIGURES_JSON_FRAME, findingsJsonChunks, statementsJsonChunks } from './json.js';
export { renderPdf, ChromiumMissingError, type PdfOptions } from './pdf.js';
export type { GroupBy, GroupView } from './view-model.js';
