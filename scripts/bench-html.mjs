#!/usr/bin/env node
// The sheets stage of `build` on its own (factsheet.html and factsheet.md): sheetCuts +
// writeSheets + encoding, timed over a few
// iterations after a first, cold one (which `build` runs: compiling the templates and the JIT's
// work are in it).
// Not a test: numbers depend on the machine and on what else it runs.
//
//   npx tsc -p tsconfig.json
//   node scripts/bench.mjs --write-corpus /tmp/corpus-render --articles 3000
//   node scripts/bench-html.mjs /tmp/corpus-render [--iterations N] [--out FILE]
//   node --cpu-prof --cpu-prof-dir /tmp/prof scripts/bench-html.mjs /tmp/corpus-render
//
// The sheet is extracted once and cached beside the corpus (`<corpus>.sheet.json`); delete the
// cache after changing extraction.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = (file) => import(pathToFileURL(path.join(ROOT, 'dist', file)).href);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    iterations: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
const corpus = positionals[0];
if (!corpus) {
  process.stderr.write('usage: node scripts/bench-html.mjs CORPUS [--iterations N] [--out FILE]\n');
  process.exit(2);
}

/** Files under `dir` in the order `build` walks them, and the sources.json entries. */
function walk(dir, files = [], sources = {}) {
  for (const name of readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file, files, sources);
    else if (name === 'sources.json') Object.assign(sources, JSON.parse(readFileSync(file, 'utf8')));
    else files.push(file);
  }
  return { files, sources };
}

async function loadSheet() {
  const cache = `${path.resolve(corpus)}.sheet.json`;
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const { processFile, assembleSheet } = await dist('pipeline.js');
  const { files, sources } = walk(corpus);
  const options = { sources, generated: null };
  const results = files
    .map((file) => processFile({ path: file, bytes: readFileSync(file) }, options))
    .filter((result) => !('reason' in result));
  const sheet = assembleSheet(results, options);
  writeFileSync(cache, JSON.stringify(sheet));
  return sheet;
}

const { sheetCuts, writeSheets } = await dist('render/index.js');
const sheet = await loadSheet();

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Both pages as `build` makes them, encoded piece by piece; the HTML page's UTF-8 pieces. */
function renderPage(run) {
  const cpu = cpuMs();
  const cuts = sheetCuts(sheet);
  run.partsCpu = cpuMs() - cpu;
  const pages = { html: [], markdown: [] };
  writeSheets([cuts.html, cuts.markdown], (format, text) => pages[format].push(Buffer.from(text)));
  return pages.html;
}

const iterations = Number(values.iterations);
const runs = [];
let page = [];
for (let k = 0; k <= iterations; k++) {
  const wall = performance.now();
  const cpu = cpuMs();
  const run = {};
  page = renderPage(run);
  runs.push({ ...run, wall: performance.now() - wall, cpu: cpuMs() - cpu });
}
const [cold, ...warm] = runs;

const bytes = page.reduce((n, piece) => n + piece.length, 0);
const hash = createHash('sha256');
for (const piece of page) hash.update(piece);
if (values.out) writeFileSync(values.out, Buffer.concat(page));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x);
// on a shared machine other work only adds time: the least of several runs is the steadiest
const summary = (xs) => ({ min: round(Math.min(...xs)), median: round(median(xs)), all: xs.map(round) });
process.stdout.write(
  `${JSON.stringify({
    figures: sheet.figures.length,
    bytes,
    bytesPerFigure: round(bytes / sheet.figures.length),
    sha256: hash.digest('hex').slice(0, 16),
    cold: { wallMs: round(cold.wall), cpuMs: round(cold.cpu), partsCpuMs: round(cold.partsCpu) },
    wallMs: summary(warm.map((r) => r.wall)),
    cpuMs: summary(warm.map((r) => r.cpu)),
    // sheetCuts alone: the view and the pages around the parts, on the main thread before any part
    partsCpuMs: summary(warm.map((r) => r.partsCpu)),
  })}\n`,
);
