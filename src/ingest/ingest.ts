import { LineIndex } from '../location.js';
import type { Diagnostic, DocumentMetadata } from '../types.js';
import { hasBom, withBom } from './bom.js';
import { toIsoDate } from './dates.js';
import { decode } from './decode.js';
import { findFrontMatter, readableFields } from './front-matter.js';
import { type HtmlFacts, walkHtml } from './html.js';
import { detectLang, langOf } from './lang.js';
import { markLineBreaks } from './lines.js';
import { walkMarkdown } from './markdown.js';
import { maskFurniture } from './mask-furniture.js';
import { MarkupProse } from './markup-prose.js';
import type { Prose } from './prose.js';
import { isTractableMarkdown, sniffFormat } from './sniff.js';
import { TextProse } from './text-prose.js';
import type { IngestedDocument, IngestFailure, IngestOptions } from './types.js';
import { maskUrls } from './urls.js';

/**
 * A file's bytes as a document ready for extraction, or the reason it cannot be one (binary,
 * empty, too large). Offsets in the result are into the decoded text, a byte-order mark counted
 * as its one character U+FEFF (as `fs.readFileSync` keeps it).
 */
export function ingest(
  bytes: Uint8Array,
  file: string | null,
  options: IngestOptions = {},
): IngestedDocument | IngestFailure {
  const decoded = decode(bytes, file, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  if ('reason' in decoded) return decoded;
  const doc = ingestText(decoded.text, file, options);
  doc.encoding = decoded.encoding;
  doc.diagnostics.unshift(...decoded.diagnostics);
  if (decoded.byteOffset) doc.byteOffset = decoded.byteOffset;
  return hasBom(bytes) ? withBom(doc) : doc;
}

/**
 * A decoded text as a document. The format is sniffed unless given; with `format: 'text'` (what
 * `extract --jsonl` uses) the work is a few linear scans: line boundaries, URLs, furniture.
 */
export function ingestText(text: string, file: string | null, options: IngestOptions = {}): IngestedDocument {
  const diagnostics: Diagnostic[] = [];
  const fastPaths = options.fastPaths !== false;
  const front = options.format === 'text' ? null : findFrontMatter(text, fastPaths);
  const format = options.format ?? sniffFormat(text, file, front !== null, front?.end ?? 0);
  const facts: HtmlFacts = {};
  let wrapped: number[] = [0, text.length];
  let b: Prose;
  if (format === 'text') b = new TextProse(text);
  else {
    const m = new MarkupProse(text);
    // parsers see the front matter as blank lines: the same length, so their offsets are the text's
    let source = text;
    if (front) {
      source =
        text.slice(0, front.start) +
        text.slice(front.start, front.end).replace(/[^\r\n]/g, ' ') +
        text.slice(front.end);
      m.blank(front.start, front.end, 'front-matter');
      m.boundary(front.end, front.end - 1);
      if (front.error)
        diagnostics.push(
          diagnostic(text, file, front.start, 'front-matter-invalid', `front matter is not valid YAML: ${front.error}`),
        );
    }
    if (format === 'html') walkHtml(m, source, 0, 'document', facts);
    else if (isTractableMarkdown(source)) wrapped = walkMarkdown(m, source, facts, fastPaths);
    else {
      walkHtml(m, source, 0, 'fragment', facts, fastPaths);
      diagnostics.push(
        diagnostic(
          text,
          file,
          0,
          'markdown-too-complex',
          'Markdown nested too deeply to parse in linear time; read as HTML',
        ),
      );
    }
    // a post's title and date are read like its headline and dateline, each a block of its own
    if (front) {
      const fields = readableFields(text, front);
      for (let k = 0; k + 1 < fields.length; k += 2) {
        m.reveal(fields[k] as number, fields[k + 1] as number);
        m.boundary((fields[k] as number) - 1);
        m.boundary(fields[k + 1] as number);
      }
    }
    m.applyBoundaries();
    b = m;
  }
  const furniture = options.furniture !== false;
  // HTML has no line structure: a newline there is a space
  if (format !== 'html')
    for (let k = 0; k + 1 < wrapped.length; k += 2)
      markLineBreaks(b, wrapped[k] as number, wrapped[k + 1] as number, furniture);
  maskUrls(b);
  const dateline = furniture ? maskFurniture(b) : undefined;
  const prose = b.toString();
  const metadata: DocumentMetadata = { ...metadataOf(facts), ...front?.metadata };
  if (metadata.date === undefined && dateline !== undefined) {
    const date = toIsoDate(dateline);
    if (date) metadata.date = date;
  }
  if (metadata.lang === undefined) {
    const lang = detectLang(prose);
    if (lang) metadata.lang = lang;
  }
  return { file, text, prose, format, encoding: 'utf-8', metadata, masked: b.masked(), diagnostics };
}

function metadataOf(facts: HtmlFacts): DocumentMetadata {
  const meta: DocumentMetadata = {};
  if (facts.title) meta.title = facts.title;
  const date = toIsoDate(facts.date);
  if (date) meta.date = date;
  if (facts.author && !/^https?:/.test(facts.author)) meta.author = facts.author;
  if (facts.url) meta.url = facts.url;
  const lang = langOf(facts.lang);
  if (lang) meta.lang = lang;
  return meta;
}

function diagnostic(text: string, file: string | null, offset: number, ruleId: string, message: string): Diagnostic {
  const { line, column } = new LineIndex(text).locate(offset);
  return { ruleId, severity: 'warning', message, file, line, column };
}
