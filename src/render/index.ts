export { htmlParts, renderGroups, renderHtml, renderHtmlChunks, type HtmlOptions, type HtmlParts } from './html.js';
export { renderCsv, csvChunks, CSV_COLUMNS } from './csv.js';
export { renderFiguresJson, renderFindingsJson, figuresJsonChunks, findingsJsonChunks } from './json.js';
export { renderPdf, ChromiumMissingError, type PdfOptions } from './pdf.js';
export type { GroupBy, GroupView } from './view-model.js';
