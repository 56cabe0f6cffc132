#!/usr/bin/env node
// Peak RSS and wall time of the CLI on the worst-case inputs of issue 13: each must stay flat
// (about the RSS of a build of a few articles), whatever the input.
//
//   node scripts/bench-hostile.mjs [--bin bin/factsheet.js]    (uses the built dist/)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { bin: { type: 'string', default: 'bin/factsheet.js' } } });
const ARTICLE = 'The port handled 800 ships in 2021, up 15% from 2020.\n';
const dir = mkdtempSync(path.join(tmpdir(), 'factsheet-hostile-bench-'));

/** The worst cases: a folder (build) or a stdin (extract --jsonl) each. */
function cases() {
  const folder = (name, files) => {
    const at = path.join(dir, name);
    mkdirSync(at);
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(at, file), text);
    return at;
  };
  const loops = folder('loops', { 'a.txt': ARTICLE });
  for (const name of ['x', 'y', 'z']) {
    mkdirSync(path.join(loops, name));
    for (const target of ['x', 'y', 'z', '.'])
      symlinkSync(path.join(loops, target), path.join(loops, name, `to-${target === '.' ? 'root' : target}`));
  }
  const alias = `---\na: &a "${'1 '.repeat(16_000)}"\ntitle: [${Array(90).fill('*a').join(',')}]\n---\n${ARTICLE}`;
  const jsonl = (record) =>
    `${JSON.stringify({ id: 1, text: 'Sales rose 15%.' })}\n${record}\n${JSON.stringify({ id: 3, text: '800 ships' })}\n`;
  return [
    [
      'build: 2 MB of `1 1 1 …` beside two articles',
      ['build', folder('dense', { 'a.txt': ARTICLE, 'ones.txt': '1 '.repeat(1 << 20), 'z.txt': ARTICLE })],
    ],
    ['build: 64 KB of aliased front matter', ['build', folder('front-matter', { 'x.md': alias, 'a.txt': ARTICLE })]],
    ['build: a folder of symlink loops', ['build', loops]],
    [
      'extract --jsonl: a 50 MB record of prose',
      ['extract', '--jsonl'],
      jsonl(JSON.stringify({ id: 2, text: 'The 12 ships docked. '.repeat(2_400_000) })),
    ],
    [
      'extract --jsonl: a 16 MB record of `1 1 1 …`',
      ['extract', '--jsonl'],
      jsonl(JSON.stringify({ id: 2, text: '1 '.repeat(8_000_000) })),
    ],
    ['build: the seeds (for comparison)', ['build', 'seeds']],
  ];
}

/** Runs the CLI, reading its peak RSS (VmHWM) from /proc until it exits. */
function measure(args, input) {
  return new Promise((resolve) => {
    const started = performance.now();
    const out = args[0] === 'build' ? ['--out', path.join(dir, `out-${Math.random().toString(36).slice(2)}`)] : [];
    const child = spawn(process.execPath, [values.bin, ...args, '--no-progress', ...out], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        peak = Math.max(
          peak,
          Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0),
        );
      } catch {
        // exited
      }
    }, 5);
    // a run that hangs (the symlink loops took 10 minutes before the fix) is stopped and says so
    const limit = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(limit);
      resolve({
        code,
        peakRssMB: Math.round(peak / 1024),
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      });
    });
  });
}

const results = [];
try {
  for (const [what, args, input] of cases()) {
    const result = { what, ...(await measure(args, input)) };
    results.push(result);
    console.log(
      `${[what].flat().join(' ')}: exit ${result.code}, peak RSS ${result.peakRssMB} MB, ${result.seconds} s`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync('output', { recursive: true });
writeFileSync('output/bench-hostile.json', `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
