import type { Readable } from 'node:stream';

/** One input line: its bytes, or `tooLong` when it ran past the limit (its bytes then dropped). */
export type InputLine = ({ bytes: Buffer; tooLong: false } | { bytes: null; tooLong: true }) & {
  /** another line of input is at hand already: an answer may wait to be written with the next */
  more: boolean;
};

/**
 * The lines of `input`, split at `\n` only (a `\r\n` keeps its `\r`, for the caller to drop): a
 * lone CR is a character of the record, not a line break, so one record is one line whatever
 * it holds. A line longer than `maxBytes` is not kept in memory: its bytes are dropped as they
 * come, up to its end. A last line without `\n` counts; nothing after the last `\n` does not.
 */
export async function* inputLines(input: Readable, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  for await (const piece of input as AsyncIterable<Buffer | string>) {
    // a stream in object mode (Readable.from of strings) gives strings
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; start = end + 1, end = chunk.indexOf(0x0a, start)) {
      const more = chunk.indexOf(0x0a, end + 1) !== -1;
      if (tooLong || length + end - start > maxBytes) yield { bytes: null, tooLong: true, more };
      else
        yield {
          bytes:
            parts.length === 0 ? chunk.subarray(start, end) : Buffer.concat([...parts, chunk.subarray(start, end)]),
          tooLong: false,
          more,
        };
      parts = [];
      length = 0;
      tooLong = false;
    }
    const rest = chunk.subarray(start);
    if (tooLong || rest.length === 0) continue;
    length += rest.length;
    if (length > maxBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(rest);
  }
  if (tooLong) yield { bytes: null, tooLong: true, more: false };
  else if (length > 0) yield { bytes: Buffer.concat(parts), tooLong: false, more: false };
}
