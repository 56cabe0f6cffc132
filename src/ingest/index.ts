/** bytes → decoded text → prose with masked ranges: the first stage of the pipeline. */
export { DEFAULT_MAX_BYTES, decode, type DecodedText } from './decode.js';
export { ingest, ingestText } from './ingest.js';
export { BLOCK_SEPARATOR } from './prose.js';
export type { DocumentFormat, IngestedDocument, IngestFailure, IngestOptions, MaskedRange } from './types.js';
