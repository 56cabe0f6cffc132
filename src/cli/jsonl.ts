import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { extractText } from '../pipeline.js';

/**
 * `extract --jsonl`: one JSON object `{"id", "text"}` a line in, one `{"id", "figures"}` a line
 * out, in order, as each line arrives — memory stays flat whatever the input size. A line that is
 * not valid JSON gets `{"id": null, "error": …}` so line numbers still match.
 */
export async function runJsonl(input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    // valid JSON need not be an object: a `null` line has no fields, and must not stop the stream
    let record: { id?: unknown; text?: unknown } | null;
    try {
      record = JSON.parse(line) as typeof record;
    } catch (error) {
      process.stderr.write(`<stdin>:${lineNumber}: not valid JSON: ${(error as Error).message}\n`);
      await write(output, `${JSON.stringify({ id: null, error: 'invalid JSON', line: lineNumber })}\n`);
      continue;
    }
    const text = typeof record?.text === 'string' ? record.text : '';
    // flat start/end beside source: batch consumers (scorers, Spark) read records without nesting
    const figures = extractText(text).map((f) => ({ ...f, start: f.source.start, end: f.source.end }));
    await write(output, `${JSON.stringify({ id: record?.id ?? null, figures })}\n`);
  }
  return 0;
}

/** Write with back-pressure: wait for `drain` when the consumer is slower than we are. */
function write(output: Writable, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (output.write(chunk)) resolve();
    else output.once('drain', () => resolve());
  });
}
