import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../src/types.js';
import { ROOT, runCli, tempDir } from './run-cli.js';

const OUTPUTS = ['figures.json', 'findings.json', 'statements.json', 'factsheet.html', 'factsheet.md', 'figures.csv'];
const SEEDS = path.join(ROOT, 'seeds');

describe('the same input gives the same bytes', () => {
  const dir = tempDir('determinism');

  async function build(name: string, env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
    const out = path.join(dir, name);
    const run = await runCli(['build', 'seeds', '--out', out], { env });
    expect(run.code, run.stderr).toBe(0);
    return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
  }

  it('two builds are byte-identical, and show no build time without SOURCE_DATE_EPOCH', async () => {
    const first = await build('a', { SOURCE_DATE_EPOCH: '' });
    const second = await build('b', { SOURCE_DATE_EPOCH: '' });
    expect(second).toEqual(first);
    expect(first['figures.json']!.length).toBeGreaterThan(1000);
    expect(first['factsheet.html']).not.toMatch(/class="generated"/);
  });

  it('with SOURCE_DATE_EPOCH the build time is that date, in both builds', async () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const first = await build('c', env);
    const second = await build('d', env);
    expect(second).toEqual(first);
    expect(first['factsheet.html']).toContain('2023-11-14T22:13:20.000Z');
  });
});

// Each seed with an unrelated paragraph (with figures of its own) added at the top, or after
// the front matter where the file has some.
const UNRELATED_EN = 'Weather: on Tuesday 3 ships left the harbour at about 40 km/h and 12% of flights were late.\n\n';
const UNRELATED_ZH = '天气：周二有 3 艘船离港，约 12% 的航班延误。\n\n';

/** Where the paragraph goes: after the front matter, whose title and date are figures too. */
function insertionPoint(text: string): number {
  const frontMatter = /^\s*---\n[\s\S]*?\n---\n/.exec(text);
  return frontMatter ? frontMatter[0].length : 0;
}

function addParagraph(text: string, zh: boolean): string {
  const paragraph = zh ? UNRELATED_ZH : UNRELATED_EN;
  const at = insertionPoint(text);
  return text.slice(0, at) + paragraph + text.slice(at);
}

describe('figure ids are stable when unrelated text is added elsewhere in the file', () => {
  const dir = tempDir('ids');
  const seeds = readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  mkdirSync(path.join(dir, 'before'));
  mkdirSync(path.join(dir, 'after'));
  copyFileSync(path.join(SEEDS, 'sources.json'), path.join(dir, 'before', 'sources.json'));
  copyFileSync(path.join(SEEDS, 'sources.json'), path.join(dir, 'after', 'sources.json'));
  const shift: Record<string, number> = {};
  const from: Record<string, number> = {};
  for (const name of seeds) {
    const text = readFileSync(path.join(SEEDS, name), 'utf8');
    const edited = addParagraph(text, /[\u4e00-\u9fff]{20}/.test(text));
    shift[name] = edited.length - text.length;
    from[name] = insertionPoint(text);
    writeFileSync(path.join(dir, 'before', name), text);
    writeFileSync(path.join(dir, 'after', name), edited);
  }
  const extract = async (sub: string): Promise<Figure[]> => {
    const run = await runCli(['extract', '--json', path.join(dir, sub)]);
    expect(run.code, run.stderr).toBe(0);
    return (JSON.parse(run.stdout) as { figures: Figure[] }).figures;
  };

  let before: Figure[] = [];
  let after: Figure[] = [];
  beforeAll(async () => {
    [before, after] = await Promise.all([extract('before'), extract('after')]);
  });

  it.each(seeds)('%s keeps the ids of its figures', (name) => {
    const mine = (figures: Figure[]) => figures.filter((f) => path.basename(f.source.file ?? '') === name);
    const afterById = new Map(mine(after).map((f) => [f.id, f]));
    expect(mine(after).length).toBeGreaterThan(mine(before).length);
    for (const f of mine(before)) {
      const same = afterById.get(f.id);
      expect(same, `${f.id} ${f.text}`).toBeDefined();
      expect({ text: same?.text, start: same?.source.start }).toEqual({
        text: f.text,
        start: f.source.start + (f.source.start >= (from[name] ?? 0) ? (shift[name] ?? 0) : 0),
      });
    }
  });
});
