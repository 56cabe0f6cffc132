import type { Diagnostic, DocumentMetadata, NonFigureReason } from '../types.js';

export type DocumentFormat = 'text' | 'markdown' | 'html';

/** A stretch of the decoded text that is not prose, and why (`extract --explain` reports it). */
export interface MaskedRange {
  start: number;
  end: number;
  reason: NonFigureReason;
}

/**
 * A decoded file, ready for extraction.
 *
 * `prose` has exactly the length of `text` and the same characters wherever the file has prose;
 * everything else (markup, comments, URLs in attributes, front matter, code, page furniture) is
 * blanked to spaces, newlines kept. A block boundary (paragraph, heading, list item, table cell,
 * a line that stands alone) is a PARAGRAPH SEPARATOR U+2029 put on a blanked position.
 * So an offset into `prose` is an offset into `text`, and `text.slice(start, end)` of any span
 * found in `prose` is the raw text of that span:
 *
 *     text:  <p>约 3.26 亿件包裹&nbsp;</p><p>…
 *     prose: ¶  约 3.26 亿件包裹      ¶  …       (¶ = U+2029, entities decoded in place + padding)
 */
export interface IngestedDocument {
  file: string | null;
  text: string;
  prose: string;
  format: DocumentFormat;
  encoding: string;
  metadata: DocumentMetadata;
  masked: MaskedRange[];
  /** problems met while reading: invalid bytes, broken markup (warnings, not fatal) */
  diagnostics: Diagnostic[];
  /** UTF-16 offset → byte offset into the raw file; absent for UTF-8 input */
  byteOffset?: (index: number) => number;
}

/** A file that cannot be read as text at all: binary, too large, empty. */
export interface IngestFailure {
  file: string | null;
  reason: 'binary' | 'too-large' | 'empty' | 'unreadable';
  message: string;
}

export interface IngestOptions {
  /** files larger than this are refused (`file too large`) */
  maxBytes?: number;
  /** force a format instead of sniffing it */
  format?: DocumentFormat;
  /**
   * judge short blocks as page furniture (default true); records of `extract --jsonl` are
   * phrases, not pages, so a lone "60" there is a figure
   */
  furniture?: boolean;
  /**
   * the shortcuts past the parsers (default true): raw blocks carved out of Markdown before
   * remark-parse (carve.ts), simple HTML fragments read without parse5 (simple-html.ts), plain
   * `key: value` front matter read without yaml; false parses everything with remark-parse,
   * parse5 and yaml, the reference the shortcuts are tested against (same result, slower)
   */
  fastPaths?: boolean;
}
