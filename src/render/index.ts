export { renderHtml, renderMarkdown, sheetCuts, sheetText, writeSheets, type HtmlOptions } from './html.js';
export { renderCsv, CSV_COLUMNS, CSV_HEADER } from './csv.js';
export {
  renderCheckJson,
  renderFiguresJson,
  renderFindingsJson,
  FIGURES_JSON_FRAME,
  STATEMENTS_JSON_FRAME,
  findingsJsonChunks,
} from './json.js';
export { renderPdf } from './pdf.js';
