import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { extractText } from '../pipeline.js';
import { describeError } from './errors.js';
import { inputLines } from './jsonl-lines.js';
import { numeralOverflow } from './limits.js';
import { formatMessage } from './report.js';

export interface JsonlOptions {
  /** a longer line is answered with an error and never held in memory */
  maxBytes: number;
  /** a record with more numbers is answered with an error */
  maxNumbers: number;
}

/** The answer to one line: figures, or why there are none. */
type Answer = { id: unknown; figures: object[] } | { id: unknown; error: string; line: number };

const utf8 = new TextDecoder();
/** Characters of answers gathered before they are written, when more lines are at hand. */
const WRITE_AT = 1 << 16;

/**
 * `extract --jsonl`: one JSON object `{"id", "text"}` a line in, one line out per line in, in
 * order, as each line arrives, memory flat whatever the input. A line that cannot be answered
 * (blank, not JSON, no `text` string, too large, too many numbers) gets `{"id", "error",
 * "line"}`, so a worker that writes a line and reads a line never waits forever. A reader that
 * goes away ends the run quietly.
 */
export async function runJsonl(input: Readable, output: Writable, options: JsonlOptions): Promise<number> {
  let gone = false;
  output.on('error', () => void (gone = true));
  let lineNumber = 0;
  // answers of the lines at hand go out in one write: a write per line cost a tenth of the run;
  // a line with none after it yet is answered at once, so a line-by-line caller never waits
  let pending = '';
  for await (const line of inputLines(input, options.maxBytes)) {
    lineNumber++;
    const answer = line.tooLong
      ? failed(null, lineNumber, `record larger than ${options.maxBytes} bytes (--max-bytes)`)
      : answerLine(line.bytes, lineNumber, options);
    if ('error' in answer)
      process.stderr.write(`${formatMessage('<stdin>', lineNumber, 1, 'error', answer.error, 'jsonl-record')}\n`);
    pending += `${JSON.stringify(answer)}\n`;
    if (line.more && pending.length < WRITE_AT) continue;
    const written = !gone && (await write(output, pending));
    pending = '';
    if (!written) break;
  }
  input.destroy();
  return 0;
}

function answerLine(bytes: Buffer, lineNumber: number, options: JsonlOptions): Answer {
  let text = utf8.decode(bytes);
  if (lineNumber === 1) text = text.replace(/^\uFEFF/, '');
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (text.trim() === '') return failed(null, lineNumber, 'blank line');
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return failed(null, lineNumber, 'invalid JSON');
  }
  // valid JSON need not be an object: a `null` line has no fields, and must not stop the stream
  const id = typeof record === 'object' && record !== null && 'id' in record ? record.id : null;
  const body = typeof record === 'object' && record !== null && 'text' in record ? record.text : undefined;
  if (typeof body !== 'string') return failed(id, lineNumber, 'no "text" string in the record');
  if (numeralOverflow(body, options.maxNumbers) !== null)
    return failed(id, lineNumber, `more than ${options.maxNumbers} numbers in the record (--max-numbers)`);
  try {
    const figures = extractText(body);
    if (figures.length > options.maxNumbers)
      return failed(id, lineNumber, `more than ${options.maxNumbers} figures in the record (--max-numbers)`);
    // flat start/end beside source: batch consumers (scorers, Spark) read records without nesting
    return { id, figures: figures.map((f) => ({ ...f, start: f.source.start, end: f.source.end })) };
  } catch (error) {
    return failed(id, lineNumber, `could not be processed (${describeError(error)})`);
  }
}

const failed = (id: unknown, line: number, error: string): Answer => ({ id: id ?? null, error, line });

/** Write with back-pressure: wait for `drain` when the consumer is slower; false when it has gone. */
async function write(output: Writable, chunk: string): Promise<boolean> {
  if (output.write(chunk)) return true;
  return Promise.race([once(output, 'drain').then(() => true), once(output, 'close').then(() => false)]).catch(
    () => false,
  );
}
