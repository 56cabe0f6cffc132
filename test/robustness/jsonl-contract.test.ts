import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/run-cli.js';

interface Answer {
  id: unknown;
  figures?: { text: string }[];
  error?: string;
  line?: number;
}
const answers = (stdout: string): Answer[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Answer);

describe('extract --jsonl: one line out per line in, always (issue 13, item 10)', () => {
  it('a blank line, a lone CR inside a record, a BOM, CRLF: as many answers as lines, in order', async () => {
    const input =
      '\uFEFF{"id":1,"text":"800 ships"}\r\n\n{"id":2,"text":"a\rb: 3 cats"}\n   \n{"id":3,"text":"4 dogs"}';
    const run = await runCli(['extract', '--jsonl'], { input });
    expect(run.code, run.stderr).toBe(0);
    const out = answers(run.stdout);
    expect(out.map((a) => a.id)).toEqual([1, null, null, null, 3]);
    expect(out[0]?.figures?.map((f) => f.text)).toEqual(['800']);
    expect(out[1]).toEqual({ id: null, error: 'blank line', line: 2 });
    // a raw CR is not allowed inside a JSON string: the record is refused, as one line
    expect(out[2]).toEqual({ id: null, error: 'invalid JSON', line: 3 });
    expect(out[3]).toEqual({ id: null, error: 'blank line', line: 4 });
    expect(out[4]?.figures?.map((f) => f.text)).toEqual(['4']);
  });

  it('a record without a text string is an error, with its id', async () => {
    const run = await runCli(['extract', '--jsonl'], {
      input: '{"id":"a"}\n{"id":"b","text":7}\n{"id":"c","text":""}\n',
    });
    expect(answers(run.stdout)).toEqual([
      { id: 'a', error: 'no "text" string in the record', line: 1 },
      { id: 'b', error: 'no "text" string in the record', line: 2 },
      { id: 'c', figures: [] },
    ]);
    expect(run.stderr).toContain('<stdin>:1:1  error  no "text" string in the record  jsonl-record');
  });

  it('a worker that writes a line and reads a line never waits forever', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'factsheet.js'), 'extract', '--jsonl']);
    const reader = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    for (const line of ['{"id":1,"text":"5 ships"}', '', 'oops', '{"id":2}', '{"id":3,"text":"6 ships"}']) {
      child.stdin.write(`${line}\n`);
      const answer = await Promise.race([
        reader.next(),
        new Promise((resolve) => setTimeout(() => resolve('no answer'), 15_000)),
      ]);
      expect(answer, line).not.toBe('no answer');
    }
    child.stdin.end();
    child.kill();
  });

  it('| head -1 ends quietly: no EPIPE stack, exit 0', async () => {
    const records = Array.from({ length: 20_000 }, (_, k) => `{"id":${k},"text":"Sales rose 15% to €3.7bn."}`).join(
      '\n',
    );
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('sh', [
        '-c',
        `node ${path.join(ROOT, 'bin', 'factsheet.js')} extract --jsonl | head -1 > /dev/null; exit 0`,
      ]);
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      // the pipeline may stop reading before the end: that is the point
      child.stdin.on('error', () => undefined);
      child.stdin.end(records);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
  });
});
