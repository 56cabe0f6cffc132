#!/usr/bin/env node
// What worker threads can gain on this machine: `processFile` (read, ingest, extract, normalize)
// over every file of a corpus on the main thread, then the same files split over N worker
// threads, with nothing else (no messages back, no writing). Prints wall and process CPU time.
// Not a test: numbers depend on the machine and on what else it runs.
//
//   npx tsc -p tsconfig.json
//   node scripts/bench.mjs --write-corpus /tmp/corpus10k --articles 10000
//   node scripts/bench-threads.mjs /tmp/corpus10k [--threads N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { processFile } = await import(pathToFileURL(path.join(ROOT, 'dist', 'pipeline.js')).href);

/** Every file under `dir` in name order, sources.json left out. */
function walk(dir, files = []) {
  for (const name of readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file, files);
    else if (name !== 'sources.json') files.push(file);
  }
  return files;
}

/** Files `part`, `part + parts`, … processed; their figures counted. */
function work(files, part, parts) {
  const start = performance.now();
  let figures = 0;
  for (let k = part; k < files.length; k += parts) {
    const file = files[k];
    const result = processFile({ path: file, bytes: readFileSync(file) }, {});
    figures += result.figures?.length ?? 0;
  }
  return { ms: Math.round(performance.now() - start), figures };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function measure(label, run) {
  const wall = performance.now();
  const cpu = cpuMs();
  const threads = await run();
  process.stdout.write(
    `${JSON.stringify({ label, wallMs: Math.round(performance.now() - wall), cpuMs: Math.round(cpuMs() - cpu), threads })}\n`,
  );
}

if (isMainThread) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { threads: { type: 'string', default: String(os.availableParallelism()) } },
  });
  const corpus = positionals[0];
  if (!corpus) {
    process.stderr.write('usage: node scripts/bench-threads.mjs CORPUS [--threads N]\n');
    process.exit(2);
  }
  const files = walk(corpus);
  const threads = Number(values.threads);
  // warm the main thread's code as each worker's is warmed: by a first pass of its own
  work(files, 0, 10);
  await measure('main thread, all files', () => [work(files, 0, 1)]);
  await measure(`${threads} worker threads, 1/${threads} of the files each`, () =>
    Promise.all(
      Array.from(
        { length: threads },
        (_, part) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: { files, part, parts: threads } });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    ),
  );
} else {
  const { files, part, parts } = workerData;
  parentPort.postMessage(work(files, part, parts));
}
