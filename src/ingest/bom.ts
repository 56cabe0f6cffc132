import type { IngestedDocument } from './types.js';

/** Whether the bytes open with a UTF-8 or UTF-16 byte-order mark. */
export function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

/**
 * The document with its byte-order mark put back as U+FEFF at offset 0. Decoding drops the mark,
 * but `fs.readFileSync(file, 'utf8')` (and 'utf16le') keeps it: offsets count it so that a
 * pointer slices the file as every reader of it sees it. The mark is no prose: a blank there.
 */
export function withBom(doc: IngestedDocument): IngestedDocument {
  const inner = doc.byteOffset;
  const shifted: IngestedDocument = {
    ...doc,
    text: `\ufeff${doc.text}`,
    prose: ` ${doc.prose}`,
    masked: doc.masked.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })),
    diagnostics: doc.diagnostics.map((d) => (d.line === 1 ? { ...d, column: d.column + 1 } : d)),
  };
  // UTF-16: the mark's own two bytes come before offset 1
  if (inner) shifted.byteOffset = (index) => (index <= 0 ? 0 : inner(index - 1));
  return shifted;
}
