/** Public API of factsheet: the pipeline stages as functions, and the contract's types. */
export { assembleSheet, extractText, processDocument, processFile, type DocumentResult, type InputFile, type PipelineOptions } from './pipeline.js';
export { extractDocument, type Extraction, type ExtractedFigure } from './extract/index.js';
export { ingest, ingestText } from './ingest/index.js';
export { normalizeFigures, intervalOf } from './normalize/index.js';
export { checkStatements, rules, type RuleSettings } from './check/index.js';
export * from './types.js';
