import { describe, expect, it } from 'vitest';
import { ingest, ingestText } from '../../src/ingest/index.js';
import type { IngestedDocument, IngestFailure } from '../../src/ingest/types.js';
import { cpuMs, expectContract, expectProse } from './helpers.js';

const SAID = 'Sales rose 15% to €3.7bn and 800 ships docked.';
const DEPTH = 50_000;
const MB = 1024 * 1024;

function timed(text: string, file: string): { doc: IngestedDocument; ms: number } {
  let result: IngestedDocument | IngestFailure | undefined;
  const ms = cpuMs(() => {
    result = ingest(new TextEncoder().encode(text), file, { maxBytes: 64 * MB });
  });
  const doc = result as IngestedDocument | IngestFailure;
  if ('reason' in doc) throw new Error(doc.message);
  return { doc, ms };
}

/** Best of three: a timing, not a benchmark, but steady enough to catch a quadratic step. */
function best(f: () => void): number {
  let min = Infinity;
  for (let k = 0; k < 3; k++) min = Math.min(min, cpuMs(f));
  return min;
}

describe('hostile input: no stack overflow, no quadratic time, the prose kept', () => {
  it.each([
    ['deep.html', `${'<div>'.repeat(DEPTH)}<p>${SAID}</p>${'</div>'.repeat(DEPTH)}`],
    ['deep.txt', `${'<div>'.repeat(DEPTH)}<p>${SAID}</p>${'</div>'.repeat(DEPTH)}`],
    ['deep-unclosed.html', `${'<span><b>'.repeat(DEPTH)}${SAID}`],
    ['deep-lines.md', `${'<div>\n'.repeat(DEPTH)}${SAID}\n`],
    ['deep-inline.md', `# Port\n\n${'<b>'.repeat(DEPTH)}${SAID}\n`],
    ['deep-quote.md', `# Port\n\n${'>'.repeat(DEPTH)} ${SAID}\n`],
    ['deep-list.md', `${Array.from({ length: 1000 }, (_, k) => `${'  '.repeat(k)}- item`).join('\n')} ${SAID}\n`],
    ['nested-brackets.md', `${'['.repeat(20_000)}x${']'.repeat(20_000)}\n\n${SAID}\n`],
    [
      'unclosed.html',
      `<p>${SAID}<div><table><tr><td>12 ports<b><i><a href="/x/9">3 docks<!-- 5 ads <script>var n = 7;`,
    ],
    ['unclosed-attribute.html', `<p>${SAID}</p><img alt="${'9 '.repeat(100_000)}`],
  ])('%s', (file, text) => {
    const { doc, ms } = timed(text, file);
    expectProse(doc, SAID);
    expect(ms).toBeLessThan(10_000);
    expectContract(doc);
  });

  it('text after an unclosed comment or script is not prose', () => {
    const { doc } = timed(
      `<p>${SAID}<div><table><tr><td>12 ports<b><i><a href="/x/9">3 docks<!-- 5 ads <script>var n = 7;`,
      'u.html',
    );
    expectProse(doc, '12 ports');
    expectProse(doc, '3 docks');
    expect(doc.prose).not.toMatch(/5 ads|var n/);
  });

  it('very deep Markdown is read as HTML, with a warning', () => {
    const { doc } = timed(`# Port\n\n${'>'.repeat(DEPTH)} ${SAID}\n`, 'q.md');
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['markdown-too-complex']);
  });

  it.each([
    ['text', 'lorem ipsum, dolor sit amet; 2021 '],
    ['markdown', 'lorem *ipsum*, [dolor](https://x.com/1) sit &amp; amet; 2021 '],
    ['html', '<b>lorem</b> ipsum, <a href="https://x.com/1">dolor</a> sit &amp; amet; 2021 '],
  ] as const)('a 5 MB line of %s takes linear time', (format, unit) => {
    const line = (n: number): string => `${SAID} ${unit.repeat(Math.ceil(n / unit.length))}\n`;
    const big = line(5 * MB);
    let doc: IngestedDocument | undefined;
    const ms = cpuMs(() => {
      doc = ingestText(big, null, { format });
    });
    expect(ms).toBeLessThan(format === 'text' ? 2000 : 30_000);
    doc = doc as IngestedDocument;
    expectProse(doc, SAID);
    // plain text takes milliseconds, where a ratio times allocator steps and noise; a quadratic
    // step would take minutes on 5 MB, which the bound above catches
    if (format === 'text') return;
    // a quadratic step would make four times the text take sixteen times as long
    const small = line(MB / 4);
    const medium = line(MB);
    const ratio = best(() => ingestText(medium, null, { format })) / best(() => ingestText(small, null, { format }));
    expect(ratio).toBeLessThan(8);
  });

  it('5 MB without a single space or newline', () => {
    const { doc, ms } = timed(`${'x'.repeat(5 * MB)} ${SAID} ${'9'.repeat(5 * MB)}`, 'long.txt');
    expectProse(doc, SAID);
    expect(ms).toBeLessThan(3000);
  });
});
