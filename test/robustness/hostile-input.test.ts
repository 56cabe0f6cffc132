import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText, processFile, type DocumentResult } from '../../src/pipeline.js';
import { runCli, tempDir } from '../cli/run-cli.js';

const DEPTH = 50_000;
const FIVE_MB = 5 * 1024 * 1024;

/** Said in every hostile file, before, inside or after the hostile part: it must come out. */
const SAID = 'Sales rose 15% to €3.7bn and 800 ships docked.';
const SAID_FIGURES = ['15%', '€3.7bn', '800'];

/** Page shapes that break naive parsers and tree walkers: recursion, backtracking, quadratic scans. */
const HOSTILE: Record<string, string> = {
  'deep-div.html': `${'<div>'.repeat(DEPTH)}<p>${SAID}</p>${'</div>'.repeat(DEPTH)}`,
  'deep-unclosed.html': `${'<span><b>'.repeat(DEPTH)}${SAID}`,
  'deep-inline.md': `# Port\n\n${'<b>'.repeat(DEPTH)}${SAID}\n`,
  'deep-quote.md': `# Port\n\n${'>'.repeat(DEPTH)} ${SAID}\n`,
  'deep-list.md': `${Array.from({ length: 1000 }, (_, k) => `${'  '.repeat(k)}- item`).join('\n')} ${SAID}\n`,
  'unclosed.html': `<p>${SAID}<div><table><tr><td>12 ports<b><i><a href="/x/9">3 docks<!-- 5 ads <script>var n = 7;`,
  'unclosed-attribute.html': `<p>${SAID}</p><img alt="${'9 '.repeat(100_000)}`,
  'long-line.txt': `${'lorem ipsum, dolor sit amet; '.repeat(FIVE_MB / 58)}${SAID} ${'lorem ipsum, dolor sit amet; '.repeat(FIVE_MB / 58)}`,
  'long-line-no-breaks.txt': `${'x'.repeat(FIVE_MB)} ${SAID} ${'y'.repeat(FIVE_MB)}`,
  'long-digits.txt': `${'9'.repeat(FIVE_MB)} ${SAID}`,
  'long-zh.txt': `${SAID}\n${'列日机场去年处理了大量包裹，增长很快，'.repeat(FIVE_MB / 38)}`,
  // a numeral run with no break: every few characters is a figure, so keep it to 100,000
  'long-zh-numerals.txt': `${SAID}\n${'一二三四五六七八九十百千万亿'.repeat(100_000 / 14)}`,
};

function run(name: string, text: string): DocumentResult {
  const result = processFile(
    { path: name, bytes: new TextEncoder().encode(text) },
    { maxBytes: 64 * 1024 * 1024, explain: true },
  );
  if ('reason' in result) throw new Error(`${name} refused: ${result.message}`);
  for (const f of result.figures) expect(text.slice(f.source.start, f.source.end), f.id).toBe(f.text);
  for (const n of result.nonFigures) expect(text.slice(n.source.start, n.source.end)).toBe(n.text);
  return result;
}

describe('hostile pages: no exception, no stack overflow, the prose around them kept', () => {
  it.each(Object.keys(HOSTILE))('%s', (name) => {
    const result = run(name, HOSTILE[name] as string);
    expect(result.figures.map((f) => f.text)).toEqual(expect.arrayContaining(SAID_FIGURES));
    for (const f of result.figures) {
      expect(f.value === null || Number.isFinite(f.value), f.text.slice(0, 40)).toBe(true);
      expect(f.sentence.length).toBeLessThan(2000);
    }
  });

  // JSON has no Infinity or NaN (they come out as null, which the schema refuses): numbers too
  // large for a double, a half-unit too large, and scaled numbers String() writes with an exponent
  it.each([
    ['1e309', '1e309'],
    ['400 nines', '9'.repeat(400)],
    ['1 and 103 groups of ,000', `1${',000'.repeat(103)}`],
    ['一 and 40 亿', `一${'亿'.repeat(40)}`],
    ['0E500', '0E500'],
    ['2e21 million', '2e21 million'],
    ['0.0000001 million', '0.0000001 million'],
  ])('%s gives a finite value and interval, or null', (_, text) => {
    for (const f of extractText(`${text} ships`)) {
      expect(f.value === null || Number.isFinite(f.value), `${f.text}: ${f.value}`).toBe(true);
      expect(
        (f.interval ?? []).every((x) => x === null || Number.isFinite(x)),
        `${f.text}: ${JSON.stringify(f.interval)}`,
      ).toBe(true);
    }
  });

  it('the CLI processes all of them in one batch and exits 0', async () => {
    const dir = tempDir('hostile');
    for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(path.join(dir, name), text);
    const cli = await runCli(['extract', '--json', '--no-progress', '--max-bytes', String(64 * 1024 * 1024), dir]);
    expect(cli.code, cli.stderr.slice(0, 2000)).toBe(0);
    expect(cli.stderr).not.toMatch(/RangeError|call stack|at .*\.js:\d+/);
    const files = new Set(
      (JSON.parse(cli.stdout) as { figures: { source: { file: string } }[] }).figures.map((f) => f.source.file),
    );
    expect([...files].sort()).toEqual(
      Object.keys(HOSTILE)
        .map((n) => path.join(dir, n))
        .sort(),
    );
  }, 300_000);
});
