import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/cli/collect.js';
import { readSources } from '../../src/cli/sources.js';
import { ROOT, runCli, tempDir } from '../cli/run-cli.js';
import { ARTICLE, folder } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'sources.schema.json'), 'utf8')) as object;
const validate = new Ajv2020.default({ strict: true }).compile(schema);
const LIMITS = { maxBytes: 1 << 20, out: null };

describe('sources.json (issue 13, item 7)', () => {
  it('the published schema accepts the seeds, and the reader warns exactly when the schema refuses', () => {
    expect(validate(JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'sources.json'), 'utf8')))).toBe(true);
    const value = fc.oneof(
      fc.constantFrom(
        'en',
        'zh',
        'constructor',
        '',
        '2021',
        '2021-05-07',
        '21-5-7',
        'https://a.b/c',
        'http://x y',
        'javascript:1',
        'x'.repeat(1001),
      ),
      fc.integer(),
      fc.constant(null),
      fc.constant({}),
    );
    const field = fc.constantFrom(
      'title',
      'publisher',
      'date',
      'lang',
      'url',
      'file',
      'encoding',
      '__proto__',
      'constructor',
    );
    const name = fc.constantFrom(
      'a.txt',
      'b.md',
      '../../etc/shadow',
      'x/y',
      '.',
      '..',
      '',
      '__proto__',
      'constructor',
      '中文.txt',
    );
    const entry = fc.oneof(fc.dictionary(field, value, { maxKeys: 4 }), fc.constant('a string'), fc.constant([1]));
    fc.assert(
      fc.property(fc.dictionary(name, entry, { maxKeys: 4 }), (sources) => {
        const text = JSON.stringify(sources);
        expect(readSources(text, 'sources.json').warnings.length === 0, text).toBe(validate(JSON.parse(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('applies to its own folder only: a Reuters entry does not credit a blog file of the same name elsewhere', async () => {
    const dir = folder('per-folder', {
      'wire/story.txt': ARTICLE,
      'wire/sources.json': '{"story.txt": {"publisher": "Reuters"}}',
      'blog/story.txt': ARTICLE,
    });
    const collected = await collect([path.join(dir, 'blog'), path.join(dir, 'wire')], LIMITS);
    expect(Object.keys(collected.sources)).toEqual([path.join(dir, 'wire', 'story.txt')]);
    expect(collected.errors).toEqual([]);
  });

  it('values out of the schema are ignored with a warning: no [object Object], no changed file name', async () => {
    const sources = {
      'story.txt': { lang: 'constructor', file: '../../etc/shadow', title: 'Port story' },
      '../x.txt': { title: 'x' },
    };
    const dir = folder('values', { 'story.txt': ARTICLE, 'sources.json': JSON.stringify(sources, null, 2) });
    const out = tempDir('values-out');
    const run = await runCli(['build', '--no-progress', dir, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const at = path.join(dir, 'sources.json');
    expect(run.stderr).toContain(`${at}:2:3  warning  "story.txt": lang must be "en" or "zh": ignored  sources-json`);
    expect(run.stderr).toContain(`${at}:2:3  warning  "story.txt": unknown field "file": ignored  sources-json`);
    expect(run.stderr).toContain(
      `${at}:7:3  warning  "../x.txt" is not a file name of this folder: ignored  sources-json`,
    );
    const html = readFileSync(path.join(out, 'factsheet.html'), 'utf8');
    expect(html).toContain('Port story');
    expect(html).not.toContain('[object Object]');
    expect(html).not.toContain('shadow');
  });

  it('a FIFO or /dev/zero as sources.json is refused at once; one over --max-bytes too', async () => {
    const fifo = folder('fifo', { 'story.txt': ARTICLE });
    execFileSync('mkfifo', [path.join(fifo, 'sources.json')]);
    const zero = folder('zero', { 'story.txt': ARTICLE });
    symlinkSync('/dev/zero', path.join(zero, 'sources.json'));
    const big = folder('big-sources', {
      'story.txt': ARTICLE,
      'sources.json': JSON.stringify({ 'story.txt': { title: 'x'.repeat(900) } }),
    });
    const run = await runCli(['extract', '--json', '--max-bytes', '500', fifo, zero, big]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${path.join(fifo, 'sources.json')}: not a regular file: ignored`);
    expect(run.stderr).toContain(`${path.join(zero, 'sources.json')}: not a regular file: ignored`);
    expect(run.stderr).toMatch(/big-sources-\w+\/sources\.json: file too large: \d+ bytes \(limit 500\): ignored/);
  });

  it('a __proto__ key gives the same sheet on one thread and on two', async () => {
    // on one thread the old reader made this the prototype of its table, and s1.txt inherited an entry
    const files: Record<string, string> = {
      'sources.json': '{"__proto__": {"s1.txt": {"publisher": "Nobody"}}, "s0.txt": {"publisher": "Wire"}}',
    };
    // more than 8 files: the second run is on worker threads
    for (let k = 0; k < 9; k++) files[`s${k}.txt`] = ARTICLE;
    const dir = folder('proto', files);
    const [one, two] = [tempDir('proto-1'), tempDir('proto-2')];
    await runCli(['build', '--no-progress', '--jobs', '1', dir, '--out', one]);
    await runCli(['build', '--no-progress', '--jobs', '2', dir, '--out', two]);
    const html = readFileSync(path.join(one, 'factsheet.html'), 'utf8');
    expect(readFileSync(path.join(two, 'factsheet.html'), 'utf8')).toBe(html);
    expect(html).not.toContain('Nobody');
    expect(html).toContain('Wire');
  });
});

describe('the warnings name what is ignored', () => {
  it('an entry for a file that was not read', async () => {
    const dir = folder('typo', { 'story.txt': ARTICLE, 'sources.json': '{"stroy.txt": {"title": "x"}}' });
    const collected = await collect([dir], LIMITS);
    expect(collected.errors).toEqual([`${path.join(dir, 'sources.json')}: an entry for stroy.txt, which was not read`]);
  });

  it('not JSON, not an object', () => {
    expect(readSources('{', 'sources.json').warnings[0]).toMatch(
      /^sources\.json:1:1 {2}warning {2}not valid JSON .*: ignored {2}sources-json$/,
    );
    expect(readSources('[1]', 'sources.json').warnings).toEqual([
      'sources.json:1:1  warning  not an object of file names: ignored  sources-json',
    ]);
  });
});
