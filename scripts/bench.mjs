#!/usr/bin/env node
// `npm run bench`: throughput, linearity, memory and the whole build on news-like corpora built
// from seeds/ and the benchmark texts, with @microsoft/recognizers-text-suite measured on a
// sample in the same run. Prints a summary and writes output/bench.json. Not a test: numbers
// depend on the machine and on what else it is running (the load average is recorded).
//
//   node scripts/bench.mjs [--size MB] [--articles N] [--jsonl-lines A,B] [--peer-seconds S]
//                          [--build-seconds S] [--skip extract,profile,peer,build,jsonl] [--quick] [--keep]
//   node scripts/bench.mjs --write-corpus DIR [--articles N]     (just the articles, as files)
//
// Every measurement runs in a child process of its own, so its peak RSS is its own.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sharedPath } from './shared-data.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SELF = fileURLToPath(import.meta.url);
const MB = 1e6;

// ---------------------------------------------------------------------------------------------
// corpus: news articles from the seeds, numbers varied, each with a paragraph of benchmark texts

/** Small deterministic PRNG (mulberry32), so every run and every child builds the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isChinese = (text) => (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) * 4 > text.length;

/** Every word of the English tables (units, scales, currencies, qualifiers …): never renamed. */
async function tableWords() {
  const words = new Set();
  try {
    const tables = await import(pathToFileURL(path.join(ROOT, 'dist', 'extract', 'lang', 'en.js')).href);
    const walk = (x) => {
      if (typeof x === 'string') for (const w of x.toLowerCase().split(/[^a-z]+/)) words.add(w);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(tables);
  } catch {
    /* no build: rename nothing but a few stop words */
  }
  for (const w of [
    'that',
    'this',
    'with',
    'from',
    'than',
    'have',
    'were',
    'will',
    'their',
    'which',
    'about',
    'more',
    'less',
    'over',
    'under',
  ])
    words.add(w);
  return words;
}

/** The seeds (articles) and the benchmark texts (short sentences), by language. */
async function loadSources() {
  const seedDir = path.join(ROOT, 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((n) => !n.startsWith('.') && n !== 'sources.json')
    .map((n) => readFileSync(path.join(seedDir, n), 'utf8'))
    .map((text) => ({ text, lang: isChinese(text) ? 'zh' : 'en' }));
  const snippets = { en: [], zh: [] };
  const benchmarks = sharedPath('benchmarks', 'bench: the articles are the seeds alone, with no benchmark texts');
  if (benchmarks) {
    for (const suite of readdirSync(benchmarks).sort()) {
      const file = path.join(benchmarks, suite, 'dev.jsonl');
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text, lang } = JSON.parse(line);
        if (typeof text !== 'string' || text.length < 12) continue;
        (lang === 'zh' || isChinese(text) ? snippets.zh : snippets.en).push(text.replace(/\s+/g, ' '));
      }
    }
  }
  return { seeds, snippets, keep: await tableWords() };
}

/** Each benchmark text closes at most this many articles (see makeArticle). */
const SNIPPET_USES = 3;

/** Lower-case words that no table knows (the counted nouns) get made-up names. */
function rename(text, random, keep) {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'ri', 'po', 've', 'zu', 'dan', 'mer', 'tol', 'bri', 'sen'];
  return text.replace(/\b[a-z]{4,}\b/g, (word) => {
    if (keep.has(word)) return word;
    let made = '';
    for (let k = 0; k < 2 + Math.floor(random() * 2); k++) made += syllables[Math.floor(random() * syllables.length)];
    return word.endsWith('s') ? `${made}s` : made;
  });
}

/** Every number replaced by another of as many digits; years stay plausible years. */
function vary(text, random) {
  return text.replace(/\d+/g, (digits) => {
    if (digits.length === 4 && /^(19|20)/.test(digits)) return String(1990 + Math.floor(random() * 40));
    let out = '';
    for (let i = 0; i < digits.length; i++)
      out += i === 0 && digits.length > 1 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10);
    return out;
  });
}

/**
 * Article k: seed k mod n with its numbers varied, closed by a paragraph of six benchmark texts
 * of its language while they last. The benchmark texts are few (some 430 English, 65 Chinese):
 * each closes at most SNIPPET_USES articles, its numbers varied and, after its first use, its
 * unknown words renamed. Reused a hundred times, as the same subject with different numbers,
 * they would make every pair of articles a cross-source finding, which a news archive is not.
 * (The seeds recur too, thousands of times in a big corpus: the check leaves subjects that
 * common alone.)
 */
function makeArticle(sources, k) {
  const random = rng(k * 7919 + 17);
  const seed = sources.seeds[k % sources.seeds.length];
  const pool = sources.snippets[seed.lang];
  // this article's rank among the articles of its language
  const ofLang = sources.seeds.filter((s) => s.lang === seed.lang).length;
  const rank =
    Math.floor(k / sources.seeds.length) * ofLang +
    sources.seeds.slice(0, k % sources.seeds.length).filter((s) => s.lang === seed.lang).length;
  const extra = [];
  for (let s = 0; s < 6; s++) {
    const slot = rank * 6 + s;
    if (pool.length === 0 || slot >= pool.length * SNIPPET_USES) break;
    const text = vary(pool[slot % pool.length], random);
    extra.push(slot < pool.length ? text : rename(text, random, sources.keep));
  }
  const joiner = seed.lang === 'zh' ? '' : ' ';
  return `${vary(seed.text, random).trimEnd()}\n${extra.length > 0 ? `\n${extra.join(joiner)}\n` : ''}`;
}

/** Articles 0 … n-1 as files a0000.txt … in `dir`; their size in bytes. */
function writeArticles(sources, dir, n) {
  mkdirSync(dir, { recursive: true });
  const width = String(n).length;
  let bytes = 0;
  for (let k = 0; k < n; k++) {
    const text = makeArticle(sources, k);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `a${String(k).padStart(width, '0')}.txt`), text);
  }
  return bytes;
}

/** Articles from `first` on until `bytes` bytes of UTF-8. */
function corpus(sources, bytes, first = 0) {
  const docs = [];
  let size = 0;
  for (let k = first; size < bytes; k++) {
    const doc = makeArticle(sources, k);
    docs.push(doc);
    size += Buffer.byteLength(doc);
  }
  return { docs, bytes: size };
}

// ---------------------------------------------------------------------------------------------
// children

/** The pipeline's stages from dist/ (ingestText → extractDocument → normalizeFigures). */
async function loadPipeline() {
  const dist = (p) => pathToFileURL(path.join(ROOT, 'dist', p)).href;
  const { extractDocument } = await import(dist('extract/index.js'));
  const { normalizeFigures } = await import(dist('normalize/index.js'));
  let ingestText;
  try {
    ({ ingestText } = await import(dist('ingest/index.js')));
  } catch {
    ingestText = null;
  }
  // without src/ingest, plain text is its own prose (as ingestText does for format "text")
  const ingest = ingestText
    ? (text) => ingestText(text, null, { format: 'text' })
    : (text) => ({
        file: null,
        text,
        prose: text,
        format: 'text',
        encoding: 'utf-8',
        metadata: {},
        masked: [],
        diagnostics: [],
      });
  return { extractDocument, normalizeFigures, ingest, ingestBuilt: Boolean(ingestText) };
}

/** The measured loop (named, so the profile summary can keep only its samples). */
function extractionLoop(p, docs, statements) {
  const stages = { ingest: 0, extract: 0, normalize: 0 };
  let figures = 0;
  for (const text of docs) {
    const t0 = performance.now();
    const doc = p.ingest(text);
    const t1 = performance.now();
    const extracted = p.extractDocument(doc, { statements }).figures;
    const t2 = performance.now();
    figures += p.normalizeFigures(extracted).length;
    stages.ingest += t1 - t0;
    stages.extract += t2 - t1;
    stages.normalize += performance.now() - t2;
  }
  return { stages, figures };
}

/**
 * Child: the checks over the statements of `bytes` and of twice as many bytes of articles: all
 * rules, and cross-source alone (grouped by key, so twice the input should cost about twice).
 */
async function childChecks({ bytes }) {
  const dist = (p) => pathToFileURL(path.join(ROOT, 'dist', p)).href;
  const { processDocument } = await import(dist('pipeline.js'));
  const { ingestText } = await import(dist('ingest/index.js'));
  const { checkStatements, rules } = await import(dist('check/index.js'));
  const sources = await loadSources();
  const runs = [];
  for (const size of [bytes, 2 * bytes]) {
    const { docs } = corpus(sources, size);
    const results = docs.map((text, k) =>
      processDocument(ingestText(text, `a${k}.txt`, { format: 'text' }), `a${k}.txt`),
    );
    const figures = results.flatMap((r) => r.figures);
    const statements = results.flatMap((r) => r.statements);
    const only = (id) => Object.fromEntries(rules.map((r) => [r.id, r.id === id ? 'error' : 'off']));
    const time = (settings) => {
      const t = performance.now();
      const n = checkStatements(figures, statements, settings).length;
      return { seconds: round((performance.now() - t) / 1000, 3), findings: n };
    };
    time({});
    runs.push({
      mb: round(size / MB, 1),
      figures: figures.length,
      statements: statements.length,
      all: time({}),
      crossSource: time(only('cross-source')),
    });
  }
  return {
    runs,
    crossSourceRatio: round(runs[1].crossSource.seconds / runs[0].crossSource.seconds, 2),
    allRatio: round(runs[1].all.seconds / runs[0].all.seconds, 2),
  };
}

/** Child: extraction throughput at one or more sizes, one thread. */
async function childExtract({ sizes, reps, statements = false }) {
  const p = await loadPipeline();
  const sources = await loadSources();
  const runs = [];
  for (const size of sizes) {
    const { docs, bytes } = corpus(sources, size);
    const chars = docs.reduce((n, d) => n + d.length, 0);
    // one untimed pass over the same articles first: V8 optimises (and deoptimises) the grammar
    // for several MB, and a warm-up on other articles (the seeds alone) leaves the benchmark
    // texts' paths cold, which then read at a third of the speed
    extractionLoop(p, docs, statements);
    let best;
    for (let r = 0; r < reps; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const { stages, figures } = extractionLoop(p, docs, statements);
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(c0);
      // CPU time, GC threads included: on a machine shared with other work, wall time measures the others too
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      if (!best || cpuSeconds < best.cpuSeconds) best = { seconds, cpuSeconds, stages, figures };
    }
    runs.push({
      bytes,
      chars,
      docs: docs.length,
      figures: best.figures,
      seconds: round(best.seconds, 3),
      cpuSeconds: round(best.cpuSeconds, 3),
      mbPerSec: round(bytes / MB / best.seconds, 2),
      mbPerCpuSec: round(bytes / MB / best.cpuSeconds, 2),
      figuresPerKB: round(best.figures / (bytes / 1000), 2),
      stagesSeconds: Object.fromEntries(Object.entries(best.stages).map(([k, v]) => [k, round(v / 1000, 3)])),
    });
  }
  return { ingestBuilt: p.ingestBuilt, runs };
}

/** Child: the peer on a sample of paragraphs (its best case: short texts), then factsheet on the same. */
async function childPeer({ sampleBytes, seconds }) {
  const { default: rt } = await import('@microsoft/recognizers-text-suite');
  const sources = await loadSources();
  const models = ['recognizeNumber', 'recognizeCurrency', 'recognizeDimension', 'recognizePercentage'];
  const cultures = { en: rt.Culture.English, zh: rt.Culture.Chinese };
  // paragraphs of news articles, English and Chinese in the corpus's proportion
  const paragraphs = [];
  let size = 0;
  for (let k = 0; size < sampleBytes; k++) {
    for (const para of makeArticle(sources, 500_000 + k).split(/\n\s*\n/)) {
      const text = para.replace(/\s+/g, ' ').trim();
      if (text.length < 20) continue;
      paragraphs.push({ text, lang: isChinese(text) ? 'zh' : 'en' });
      size += Buffer.byteLength(text);
    }
  }
  // building the models is not counted: one short call of each first
  for (const m of models) for (const c of Object.values(cultures)) rt[m]('warm up: 5 apples, 3%, $4, 5 km', c);
  const perModel = Object.fromEntries(models.map((m) => [m, 0]));
  let chars = 0;
  let bytes = 0;
  let done = 0;
  let found = 0;
  const t0 = performance.now();
  for (const para of paragraphs) {
    for (const m of models) {
      const t = performance.now();
      found += rt[m](para.text, cultures[para.lang]).length;
      perModel[m] += performance.now() - t;
    }
    chars += para.text.length;
    bytes += Buffer.byteLength(para.text);
    done++;
    if ((performance.now() - t0) / 1000 > seconds) break;
  }
  const peerSeconds = (performance.now() - t0) / 1000;
  // the super-linear case: the currency model over one whole article, doubling its length
  const article = sources.seeds.find((s) => s.lang === 'en')?.text.replace(/\s+/g, ' ') ?? '';
  const wholeText = [];
  for (const n of [500, 1000, 2000]) {
    if (article.length < n) break;
    const t = performance.now();
    rt.recognizeCurrency(article.slice(0, n), rt.Culture.English);
    wholeText.push({ chars: n, seconds: round((performance.now() - t) / 1000, 3) });
  }
  // factsheet on exactly the paragraphs the peer read, repeated until it takes long enough to time
  const p = await loadPipeline();
  const sample = paragraphs.slice(0, done).map((x) => x.text);
  extractionLoop(p, sample);
  let reps = 0;
  const t1 = performance.now();
  while (performance.now() - t1 < 2000 || reps < 3) {
    extractionLoop(p, sample);
    reps++;
  }
  const fsSeconds = (performance.now() - t1) / 1000 / reps;
  return {
    sample: {
      paragraphs: done,
      chars,
      bytes,
      languages: {
        en: sample.length - paragraphs.slice(0, done).filter((x) => x.lang === 'zh').length,
        zh: paragraphs.slice(0, done).filter((x) => x.lang === 'zh').length,
      },
    },
    peer: {
      package: `@microsoft/recognizers-text-suite@${peerVersion()}`,
      models,
      seconds: round(peerSeconds, 3),
      secondsPerModel: Object.fromEntries(Object.entries(perModel).map(([k, v]) => [k, round(v / 1000, 3)])),
      results: found,
      charsPerSec: Math.round(chars / peerSeconds),
      mbPerSec: round(bytes / MB / peerSeconds, 4),
      currencyWholeText: wholeText,
    },
    factsheet: {
      seconds: round(fsSeconds, 4),
      charsPerSec: Math.round(chars / fsSeconds),
      mbPerSec: round(bytes / MB / fsSeconds, 2),
    },
    ratio: round(peerSeconds / fsSeconds, 1),
  };
}

function peerVersion() {
  try {
    return JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules/@microsoft/recognizers-text-suite/package.json'), 'utf8'),
    ).version;
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------------------------------------
// parent

const round = (x, digits) => Number(x.toFixed(digits));

/** A tiny module loaded with --import that writes the process's peak RSS (KiB) and CPU seconds (all threads) when it exits. */
function rssHook(dir) {
  const file = path.join(dir, 'rss-hook.mjs');
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (!process.env.BENCH_RSS_FILE) return; const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });\n`,
  );
  return pathToFileURL(file).href;
}

/**
 * Runs `node [nodeArgs] script args`, feeding stdin from `input` (an async generator of strings)
 * if given; resolves with wall time, peak RSS in MB, stdout (or its size when `discard`) and stderr.
 */
function run(script, args, { nodeArgs = [], env = {}, input, discard = false, tmp, timeoutMs = 0 } = {}) {
  const rssFile = path.join(tmp, `rss-${process.hrtime.bigint()}.txt`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', rssHook(tmp), ...nodeArgs, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    const out = [];
    let outBytes = 0;
    let outLines = 0;
    let err = '';
    child.stdout.on('data', (chunk) => {
      outBytes += chunk.length;
      if (discard) {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
      } else out.push(chunk);
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : null;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const seconds = (performance.now() - t0) / 1000;
      let rssMB = null;
      let cpuSeconds = null;
      try {
        const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
        rssMB = round(usage.maxRSS / 1024, 1);
        cpuSeconds = round(usage.cpu, 2);
      } catch {
        /* killed before exit */
      }
      resolve({
        code,
        signal,
        seconds,
        cpuSeconds,
        rssMB,
        stdout: Buffer.concat(out).toString('utf8'),
        outBytes,
        outLines,
        stderr: err,
      });
    });
    if (input) {
      (async () => {
        for await (const chunk of input) {
          if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
        }
        child.stdin.end();
      })().catch(reject);
    }
  });
}

/**
 * `extract --jsonl` as a whole process on about 20 MB of lines (start-up included, as a cluster
 * pays it), under `node --cpu-prof`: MB/s of input per wall and CPU second, and where the time went.
 */
async function jsonlProfile(sources, bin, tmp, say) {
  const lines = [];
  let bytes = 0;
  for await (const chunk of jsonlInput(sources, 30_000)) {
    lines.push(chunk);
    bytes += Buffer.byteLength(chunk);
    if (bytes >= 20 * MB) break;
  }
  const dir = path.join(tmp, 'jsonl-prof');
  const input = async function* () {
    yield* lines;
  };
  const r = await run(bin, ['extract', '--jsonl'], {
    input: input(),
    discard: true,
    tmp,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-name=jsonl.cpuprofile'],
  });
  if (r.code !== 0) throw new Error(`extract --jsonl: exit ${r.code}: ${r.stderr.slice(-2000)}`);
  const profile = JSON.parse(readFileSync(path.join(dir, 'jsonl.cpuprofile'), 'utf8'));
  writeFileSync(path.join(ROOT, 'output', 'jsonl.cpuprofile'), JSON.stringify(profile));
  const summary = summarizeProfile(profile, { under: 'runJsonl', top: 10 });
  const x = {
    inputMB: round(bytes / MB, 1),
    seconds: round(r.seconds, 2),
    cpuSeconds: r.cpuSeconds,
    mbPerSec: round(bytes / MB / r.seconds, 2),
    mbPerCpuSec: round(bytes / MB / r.cpuSeconds, 2),
    profile: { file: 'output/jsonl.cpuprofile', ...summary },
  };
  say(
    `  ${x.inputMB} MB through one process, start-up included, under --cpu-prof: ${x.seconds} s wall (${x.mbPerSec} MB/s), ${x.cpuSeconds} s CPU (${x.mbPerCpuSec} MB/s) (target ≥ 20 MB/s); inside runJsonl:`,
  );
  for (const f of summary.inclusivePercent.slice(0, 8)) say(`    ${String(f.percent).padStart(5)}%  ${f.fn}`);
  return x;
}

/** A child of this script running one of the measurements above; its JSON result. */
async function runChild(name, params, tmp, nodeArgs = [], timeoutMs = 0) {
  const r = await run(SELF, ['--child', name, '--params', JSON.stringify(params)], { nodeArgs, tmp, timeoutMs });
  if (r.code !== 0) throw new Error(`${name} child failed (${r.code ?? r.signal}): ${r.stderr.slice(-2000)}`);
  return { ...JSON.parse(r.stdout), rssMB: r.rssMB, wallSeconds: round(r.seconds, 2) };
}

/** Top self time of the samples under `extractionLoop`, by function, from a .cpuprofile. */
export function summarizeProfile(profile, { under = 'extractionLoop', top = 15 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url
      ? `${f.url
          .replace(/^file:\/\//, '')
          .replace(`${ROOT}/`, '')
          .replace(/^.*node_modules\//, '')}:${f.lineNumber + 1}`
      : '';
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
  };
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [id, c] of counts) {
    const chain = [];
    for (let x = id; x !== undefined; x = parent.get(x)) chain.push(byId.get(x));
    if (!chain.some((n) => n.callFrame.functionName === under)) continue;
    total += c;
    const own = name(chain[0]);
    self.set(own, (self.get(own) ?? 0) + c);
    for (const key of new Set(chain.map(name))) inclusive.set(key, (inclusive.get(key) ?? 0) + c);
  }
  const share = (c) => round((100 * c) / Math.max(1, total), 1);
  const interval =
    profile.samples.length > 0 ? (profile.endTime - profile.startTime) / profile.samples.length / 1000 : 0;
  return {
    samples: total,
    seconds: round((total * interval) / 1000, 2),
    selfPercent: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, c]) => ({ fn, percent: share(c) })),
    inclusivePercent: [...inclusive]
      .filter(([fn]) => fn.includes('dist/') && !fn.startsWith(under))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, c]) => ({ fn, percent: share(c) })),
  };
}

async function* jsonlInput(sources, lines) {
  let batch = '';
  let n = 0;
  for (let k = 0; n < lines; k++) {
    for (const para of makeArticle(sources, 2_000_000 + k).split(/\n\s*\n/)) {
      if (n >= lines) break;
      const text = para.trim();
      if (!text) continue;
      batch += `${JSON.stringify({ id: `p${n}`, text })}\n`;
      n++;
      if (batch.length > 1 << 16) {
        yield batch;
        batch = '';
      }
    }
  }
  if (batch) yield batch;
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      articles: { type: 'string' },
      'jsonl-lines': { type: 'string' },
      'peer-seconds': { type: 'string' },
      'peer-kb': { type: 'string' },
      'build-seconds': { type: 'string' },
      skip: { type: 'string', default: '' },
      quick: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(ROOT, 'output', 'bench.json') },
      child: { type: 'string' },
      params: { type: 'string' },
      'write-corpus': { type: 'string' },
    },
  });
  if (values['write-corpus']) {
    const n = Number(values.articles ?? 10_000);
    const bytes = writeArticles(await loadSources(), values['write-corpus'], n);
    process.stdout.write(`${n} articles, ${(bytes / MB).toFixed(1)} MB → ${values['write-corpus']}\n`);
    return;
  }
  if (values.child) {
    const params = JSON.parse(values.params ?? '{}');
    const children = { extract: childExtract, peer: childPeer, checks: childChecks };
    const result = children[values.child] ? await children[values.child](params) : null;
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const env = process.env;
  const quick = values.quick;
  const sizeMB = Number(values.size ?? env.BENCH_SIZE_MB ?? (quick ? 2 : 10));
  const articles = Number(values.articles ?? env.BENCH_ARTICLES ?? (quick ? 500 : 10_000));
  const jsonlLines = (values['jsonl-lines'] ?? env.BENCH_JSONL_LINES ?? (quick ? '10000,30000' : '100000,200000'))
    .split(',')
    .map(Number);
  const peerSeconds = Number(values['peer-seconds'] ?? env.BENCH_PEER_SECONDS ?? (quick ? 5 : 20));
  const peerKB = Number(values['peer-kb'] ?? env.BENCH_PEER_KB ?? (quick ? 10 : 40));
  const buildSeconds = Number(values['build-seconds'] ?? env.BENCH_BUILD_SECONDS ?? 240);
  const skip = new Set(values.skip.split(',').filter(Boolean));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'factsheet-bench-'));
  const sources = await loadSources();
  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      availableParallelism: os.availableParallelism(),
      model: cpus[0]?.model ?? '?',
      memoryGB: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
    },
    corpus: {
      seeds: sources.seeds.length,
      benchmarkTexts: { en: sources.snippets.en.length, zh: sources.snippets.zh.length },
      note: `article k = seed k mod n with its numbers varied + a paragraph of 6 benchmark texts of its language while they last (each used in at most ${SNIPPET_USES} articles)`,
    },
    targets: { extractMBPerSecPerCore: 20, linearity20vs10: 2.2, jsonlPeakRssMB: 300, build10000Seconds: 12 },
  };
  const say = (line) => process.stdout.write(`${line}\n`);
  const save = () => {
    mkdirSync(path.dirname(values.out), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  };
  say(
    `factsheet bench — ${report.machine.cpus} × ${report.machine.model}, Node ${process.version}, load average ${report.machine.loadAverageAtStart.join(' ')}`,
  );

  try {
    if (!skip.has('extract')) {
      say(
        `\nextraction of figures (ingestText → extract → normalize, as extract --jsonl), one thread, ${sizeMB} MB and ${2 * sizeMB} MB …`,
      );
      const r = await runChild('extract', { sizes: [sizeMB * MB, 2 * sizeMB * MB], reps: quick ? 1 : 2 }, tmp);
      const [a, b] = r.runs;
      const ratio = round(b.cpuSeconds / a.cpuSeconds, 2);
      const wallRatio = round(b.seconds / a.seconds, 2);
      report.extraction = {
        ingestBuilt: r.ingestBuilt,
        runs: r.runs,
        linearity: { ratio, wallRatio, pass: ratio <= 2.2, note: 'CPU time of 2x the text over CPU time of 1x' },
        mbPerSecPerCore: a.mbPerCpuSec,
        mbPerSecWall: a.mbPerSec,
        pass: a.mbPerCpuSec >= 20,
        peakRssMB: r.rssMB,
      };
      for (const x of r.runs)
        say(
          `  ${(x.bytes / MB).toFixed(1)} MB, ${x.docs} articles, ${x.figures} figures (${x.figuresPerKB}/KB): ${x.cpuSeconds} s CPU = ${x.mbPerCpuSec} MB/s per core (wall ${x.seconds} s = ${x.mbPerSec} MB/s)  [ingest ${x.stagesSeconds.ingest} s, extract ${x.stagesSeconds.extract} s, normalize ${x.stagesSeconds.normalize} s]`,
        );
      say(
        `  time(${2 * sizeMB} MB) / time(${sizeMB} MB) = ${ratio} CPU, ${wallRatio} wall (target ≤ 2.2)   peak RSS ${r.rssMB} MB${r.ingestBuilt ? '' : '   (dist/ingest missing: plain text used as its own prose)'}`,
      );
      // the build also reads the statements the sentences make (extract --jsonl does not)
      const w = await runChild('extract', { sizes: [sizeMB * MB], reps: quick ? 1 : 2, statements: true }, tmp);
      const [x] = w.runs;
      report.extraction.withStatements = { run: x, mbPerSecPerCore: x.mbPerCpuSec };
      say(
        `  with statements (as build reads): ${(x.bytes / MB).toFixed(1)} MB ${x.cpuSeconds} s CPU = ${x.mbPerCpuSec} MB/s per core (extract ${x.stagesSeconds.extract} s)`,
      );
      save();
    }
    if (!skip.has('checks')) {
      say(`\nchecks over the statements of ${sizeMB} MB and ${2 * sizeMB} MB of articles, one thread …`);
      const r = await runChild('checks', { bytes: sizeMB * MB }, tmp);
      report.checks = r;
      for (const x of r.runs)
        say(
          `  ${x.mb} MB, ${x.figures} figures, ${x.statements} statements: all rules ${x.all.seconds} s (${x.all.findings} findings), cross-source ${x.crossSource.seconds} s (${x.crossSource.findings})`,
        );
      say(
        `  time(2x) / time(1x): all rules ${r.allRatio}, cross-source ${r.crossSourceRatio} (grouped by key: about 2)`,
      );
      save();
    }
    if (!skip.has('profile')) {
      say(`\nprofile (node --cpu-prof) of the extraction loop …`);
      const dir = path.join(tmp, 'prof');
      await runChild('extract', { sizes: [Math.max(1, sizeMB / 2) * MB], reps: 1 }, tmp, [
        '--cpu-prof',
        `--cpu-prof-dir=${dir}`,
        '--cpu-prof-name=extract.cpuprofile',
      ]);
      const profile = JSON.parse(readFileSync(path.join(dir, 'extract.cpuprofile'), 'utf8'));
      writeFileSync(path.join(ROOT, 'output', 'extract.cpuprofile'), JSON.stringify(profile));
      report.profile = { file: 'output/extract.cpuprofile', ...summarizeProfile(profile) };
      say('  self time:');
      for (const x of report.profile.selfPercent.slice(0, 12)) say(`    ${String(x.percent).padStart(5)}%  ${x.fn}`);
      say('  inclusive (dist/):');
      for (const x of report.profile.inclusivePercent.slice(0, 10))
        say(`    ${String(x.percent).padStart(5)}%  ${x.fn}`);
      save();
    }
    if (!skip.has('peer')) {
      say(
        `\npeer: @microsoft/recognizers-text-suite (number, currency, dimension, percentage) on ${peerKB} KB of paragraphs, at most ${peerSeconds} s …`,
      );
      const r = await runChild(
        'peer',
        { sampleBytes: peerKB * 1000, seconds: peerSeconds },
        tmp,
        [],
        (peerSeconds + 120) * 1000,
      );
      report.peer = r;
      say(
        `  peer: ${r.sample.paragraphs} paragraphs, ${r.sample.chars} characters in ${r.peer.seconds} s = ${r.peer.charsPerSec} characters/s (${r.peer.mbPerSec} MB/s)`,
      );
      say(
        `  factsheet on the same paragraphs: ${r.factsheet.charsPerSec} characters/s (${r.factsheet.mbPerSec} MB/s): ${r.ratio}× the peer`,
      );
      say(
        `  peer currency model on one whole article: ${r.peer.currencyWholeText.map((x) => `${x.chars} chars ${x.seconds} s`).join(', ')}`,
      );
      save();
    }
    if (!skip.has('build')) {
      say(`\nbuild: ${articles} articles as files …`);
      const dir = path.join(tmp, 'articles');
      const bytes = writeArticles(sources, dir, articles);
      const bin = path.join(ROOT, 'bin', 'factsheet.js');
      const builds = {};
      const threads = os.availableParallelism();
      for (const jobs of [threads, 1]) {
        if (jobs === 1 && builds[threads]?.seconds > buildSeconds / 2) {
          say(
            `  --jobs 1: skipped (the threaded build took over ${buildSeconds / 2} s; --build-seconds raises the cap)`,
          );
          break;
        }
        const out = path.join(tmp, `out-${jobs}`);
        const r = await run(bin, ['build', dir, '--out', out, '--jobs', String(jobs), '--no-progress'], {
          env: { FACTSHEET_TIMINGS: '1', SOURCE_DATE_EPOCH: '0' },
          tmp,
          timeoutMs: buildSeconds * 1000,
        });
        if (r.signal) {
          // the stages that did end, from the lines the CLI prints as each one ends
          const done = Object.fromEntries(
            [...r.stderr.matchAll(/factsheet timing: (.+?) (\d+) ms/g)].map((m) => [m[1], Number(m[2])]),
          );
          builds[jobs] = { jobs, timedOut: true, seconds: round(r.seconds, 2), stagesDoneMs: done };
          say(
            `  --jobs ${jobs}: stopped after ${buildSeconds} s (--build-seconds); stages done (ms) ${JSON.stringify(done)}`,
          );
          break;
        }
        if (r.code !== 0) throw new Error(`build --jobs ${jobs} failed (${r.code}): ${r.stderr.slice(-2000)}`);
        const stages = JSON.parse(/factsheet timings: (.*)/.exec(r.stderr)?.[1] ?? '{}');
        const stagesCpu = JSON.parse(/factsheet timings \(CPU\): (.*)/.exec(r.stderr)?.[1] ?? '{}');
        const outputs = Object.fromEntries(
          ['factsheet.html', 'figures.json', 'figures.csv', 'findings.json'].map((f) => [
            f,
            { bytes: statSync(path.join(out, f)).size, sha256: sha256(path.join(out, f)) },
          ]),
        );
        builds[jobs] = {
          jobs,
          seconds: round(r.seconds, 2),
          cpuSeconds: r.cpuSeconds,
          mbPerSec: round(bytes / MB / r.seconds, 2),
          stagesMs: stages,
          stagesCpuMs: stagesCpu,
          peakRssMB: r.rssMB,
          outputs,
          summary: r.stderr
            .trim()
            .split('\n')
            .filter((l) => !l.startsWith('factsheet timing'))
            .pop(),
        };
        say(
          `  --jobs ${jobs}: ${builds[jobs].seconds} s wall, ${r.cpuSeconds} s CPU (${builds[jobs].mbPerSec} MB/s), peak RSS ${r.rssMB} MB; stages (ms) ${JSON.stringify(stages)}; CPU (ms) ${JSON.stringify(stagesCpu)}`,
        );
        if (!values.keep) rmSync(out, { recursive: true, force: true });
      }
      const [multi, single] = [builds[threads], builds[1]];
      const identical =
        multi?.outputs && single?.outputs
          ? Object.keys(multi.outputs).every((f) => multi.outputs[f].sha256 === single.outputs[f].sha256)
          : null;
      report.build = {
        articles,
        bytes,
        threads: multi,
        oneThread: single ?? null,
        identicalOutput: identical,
        speedup: single?.outputs && multi?.outputs ? round(single.seconds / multi.seconds, 2) : null,
        pass: Boolean(multi?.outputs) && multi.seconds < 15,
      };
      if (multi?.summary) say(`  ${(bytes / MB).toFixed(1)} MB; ${multi.summary}`);
      if (identical !== null)
        say(
          `  output of ${multi.jobs} threads and of one thread identical: ${identical}; speed-up ${report.build.speedup}×`,
        );
      save();
    }
    if (!skip.has('hostile')) {
      say(`\nworst-case inputs (scripts/bench-hostile.mjs): peak RSS of build and extract --jsonl …`);
      const r = await run(path.join(ROOT, 'scripts', 'bench-hostile.mjs'), [], { tmp, timeoutMs: 600_000 });
      for (const line of r.stdout.trim().split('\n')) say(`  ${line}`);
      report.hostile = JSON.parse(readFileSync(path.join(ROOT, 'output', 'bench-hostile.json'), 'utf8'));
      save();
    }
    if (!skip.has('jsonl')) {
      say(`\nextract --jsonl, streaming stdin → stdout, ${jsonlLines.join(' and ')} lines …`);
      const bin = path.join(ROOT, 'bin', 'factsheet.js');
      report.jsonl = [];
      for (const lines of jsonlLines) {
        let inBytes = 0;
        const counted = async function* () {
          for await (const chunk of jsonlInput(sources, lines)) {
            inBytes += Buffer.byteLength(chunk);
            yield chunk;
          }
        };
        const r = await run(bin, ['extract', '--jsonl'], { input: counted(), discard: true, tmp });
        if (r.code !== 0 || r.outLines !== lines)
          throw new Error(`extract --jsonl: exit ${r.code}, ${r.outLines}/${lines} lines: ${r.stderr.slice(-2000)}`);
        const x = {
          lines,
          inputMB: round(inBytes / MB, 1),
          outputMB: round(r.outBytes / MB, 1),
          seconds: round(r.seconds, 2),
          cpuSeconds: r.cpuSeconds,
          mbPerSec: round(inBytes / MB / r.seconds, 2),
          peakRssMB: r.rssMB,
        };
        report.jsonl.push(x);
        say(
          `  ${lines} lines, ${x.inputMB} MB in, ${x.outputMB} MB out: ${x.seconds} s wall, ${x.cpuSeconds} s CPU (${x.mbPerSec} MB/s), peak RSS ${x.peakRssMB} MB`,
        );
      }
      const rss = report.jsonl.map((x) => x.peakRssMB);
      report.jsonlStreaming = {
        peakRssMB: Math.max(...rss),
        flat: Math.max(...rss) < 1.25 * Math.min(...rss),
        pass: Math.max(...rss) < 300,
      };
      say(
        `  peak RSS ${rss.join(' MB, ')} MB for ${jsonlLines.join(' and ')} lines: ${report.jsonlStreaming.flat ? 'flat' : 'NOT flat'} (target < 300 MB)`,
      );
      report.jsonlThroughput = await jsonlProfile(sources, bin, tmp, say);
      save();
    }
  } finally {
    report.machine.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
    save();
    if (!values.keep) rmSync(tmp, { recursive: true, force: true });
    else say(`kept ${tmp}`);
  }
  say(`\nwritten ${path.relative(ROOT, values.out)}`);
}

await main();
