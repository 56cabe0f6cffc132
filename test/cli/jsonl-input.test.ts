import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('extract --jsonl with bad lines', () => {
  it('answers every line in order and never stops the stream', async () => {
    const lines = [
      '{"id":"a","text":"Sales rose 15%."}',
      'not json',
      'null',
      '42',
      '"text"',
      '[1,2]',
      '{"id":"b"}',
      '{"id":"c","text":{"nested":1}}',
      '{"id":"d","text":"约 3.26 亿件包裹"}',
    ];
    const run = await runCli(['extract', '--jsonl'], { input: `${lines.join('\n')}\n\n` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('<stdin>:2:1  error  invalid JSON  jsonl-record');
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; figures?: { text: string }[]; error?: string });
    // one line out per line in, the blank last line included
    expect(out.map((o) => o.id)).toEqual(['a', null, null, null, null, null, 'b', 'c', 'd', null]);
    expect(out[1]).toEqual({ id: null, error: 'invalid JSON', line: 2 });
    // a record without a text string is an error, not an empty answer
    expect(out.slice(2, 8).map((o) => o.error)).toEqual(Array(6).fill('no "text" string in the record'));
    expect(out[9]).toEqual({ id: null, error: 'blank line', line: 10 });
    expect(out[0]?.figures?.map((f) => f.text)).toEqual(['15%']);
    expect(out[8]?.figures?.length).toBeGreaterThan(0);
  });
});
