import { readFileSync } from 'node:fs';
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { IngestFailure } from '../ingest/types.js';
import type { Diagnostic, Figure, Statement } from '../types.js';
import { ingest } from '../ingest/index.js';
import { processDocument, type DocumentResult, type PipelineOptions } from '../pipeline.js';
// the two renderers by their own modules: the render index would load Handlebars and Chromium's driver into every worker
import { csvRows } from '../render/csv.js';
import { figureEntries, statementEntries } from '../render/json.js';
import { describeError } from './errors.js';
import { DEFAULT_MAX_NUMBERS, numeralOverflow, tooManyNumbers } from './limits.js';

/**
 * Many files through ingest → extract → normalize, on worker threads when it pays.
 *
 * Each worker reads and processes whole files (`processFile`) and posts the result back; the
 * main thread hands results on strictly in input order, so what a command prints and writes is
 * byte for byte what one thread gives. Files are handed out one at a time to whichever worker
 * is free (a few in flight each), so one long file does not hold up the others.
 *
 *     main:     files ─┬─▶ worker 1: read, processFile ─┐
 *                      └─▶ worker 2: read, processFile ─┴─▶ reorder ─▶ onOutcome(0), (1), (2) …
 */

/**
 * What became of one file: its result, a file the pipeline refused, one refused for its cost
 * (`too-many-numbers`), or one that could not be read or made the pipeline throw.
 */
export type FileOutcome =
  | { kind: 'result'; result: DocumentResult; rendered?: RenderedFigures }
  | { kind: 'failure'; failure: IngestFailure }
  | { kind: 'refused'; diagnostic: Diagnostic }
  | { kind: 'unreadable'; file: string; message: string };

/** What the pipeline is run with on each file. */
export interface FileOptions extends PipelineOptions {
  /** numbers read from one file at most (DEFAULT_MAX_NUMBERS) */
  maxNumbers?: number;
}

/**
 * A file's figures as they stand in figures.json and figures.csv, rendered where they were
 * extracted, as UTF-8: a worker hands the bytes over without a copy, and they are written as they are.
 */
export interface RenderedFigures {
  json: Uint8Array;
  csv: Uint8Array;
  /** the file's entries of statements.json, which cross threads cheaper than the objects too */
  statements: Uint8Array;
}

export interface RunOptions {
  /** render each file's figures for figures.json and figures.csv (`build`): on the worker threads, in parallel */
  render?: boolean;
  /** threads to use; 1 runs everything on this thread. Default `os.availableParallelism()` */
  jobs?: number;
  /** byte size of each file (same order as the files), to decide whether threads pay */
  sizes?: number[];
  /** called once per file, in input order */
  onOutcome: (outcome: FileOutcome, index: number) => void;
}

/** Threads pay for themselves above this many files… */
export const PARALLEL_MIN_FILES = 8;
/** …or above this many bytes in all: starting a worker (mathjs and all) costs about 0.3 s. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;
/** Files handed to a worker ahead of time, so it never waits for the next one… */
const IN_FLIGHT = 32;
/**
 * …and outcomes it posts at once: a message costs the posting worker about 0.3 ms whatever it
 * holds (waking the main thread, the ports' bookkeeping): posts of four outcomes were 6% of a
 * worker's time in the 10,000-article build, of sixteen 3%.
 */
const REPLY_BATCH = 16;

export const defaultJobs = (): number => os.availableParallelism();

/** More threads than cores only add memory and switching (64 threads on 20,000 files: 3.4 GB, 10× slower). */
export const capJobs = (jobs: number): number => Math.max(1, Math.min(Math.floor(jobs), os.availableParallelism()));

/** Each encoding gets a buffer of its own (Buffer.from pools small ones), so every one can be transferred. */
const utf8 = new TextEncoder();

/** One file, read and processed; every error becomes an outcome, never an exception: the batch goes on. */
export function processPath(file: string, options: FileOptions, render = false): FileOutcome {
  let bytes: Uint8Array;
  try {
    // synchronous: one thread per file anyway, and fs/promises costs five round trips through
    // the thread pool per file (open, stat, read, read, close), a tenth of the time on news files
    bytes = readFileSync(file);
  } catch (error) {
    return { kind: 'unreadable', file, message: `cannot read: ${describeError(error)}` };
  }
  try {
    return processBytes(file, bytes, options, render);
  } catch (error) {
    // a bug or a limit of the runtime (RangeError) on this file: report it, keep the others
    return { kind: 'unreadable', file, message: `could not be processed (${describeError(error)}): skipped` };
  }
}

function processBytes(file: string, bytes: Uint8Array, options: FileOptions, render: boolean): FileOutcome {
  const doc = ingest(bytes, file, options);
  if ('reason' in doc) return { kind: 'failure', failure: doc };
  const cap = options.maxNumbers ?? DEFAULT_MAX_NUMBERS;
  // counted before extraction, which is where the cost would be paid
  const overflow = numeralOverflow(doc.prose, cap);
  if (overflow !== null) return { kind: 'refused', diagnostic: tooManyNumbers(file, doc.text, overflow, cap) };
  const result = processDocument(doc, file, options);
  // number words ("one one one …") are not numerals: the figures themselves are capped too
  const beyond = result.figures[cap];
  if (beyond)
    return { kind: 'refused', diagnostic: tooManyNumbers(file, doc.text, beyond.source.start, cap, 'figures') };
  return render
    ? {
        kind: 'result',
        result,
        rendered: {
          json: utf8.encode(figureEntries(result.figures)),
          csv: utf8.encode(csvRows(result.figures)),
          statements: utf8.encode(statementEntries(result.statements)),
        },
      }
    : { kind: 'result', result };
}

/** Whether `files` are worth worker threads with `jobs` threads available. */
export function useThreads(files: number, bytes: number, jobs: number): boolean {
  return jobs > 1 && files > 1 && (files > PARALLEL_MIN_FILES || bytes > PARALLEL_MIN_BYTES);
}

/** Processes `files`, calling `onOutcome` for each in input order; on threads when it pays. */
export async function processFiles(files: string[], options: FileOptions, run: RunOptions): Promise<void> {
  const jobs = capJobs(run.jobs ?? defaultJobs());
  const bytes = (run.sizes ?? []).reduce((sum, n) => sum + n, 0);
  if (!useThreads(files.length, bytes, jobs)) {
    for (const [index, file] of files.entries()) run.onOutcome(processPath(file, options, run.render), index);
    return;
  }
  await processOnThreads(
    files,
    { role: ROLE, options, render: run.render ?? false },
    Math.min(jobs, files.length),
    run.onOutcome,
  );
}

interface Task {
  index: number;
  file: string;
}
interface Reply {
  index: number;
  outcome: FileOutcome;
}
const ROLE = 'factsheet-file-worker';
interface WorkerInit {
  role: typeof ROLE;
  options: FileOptions;
  render: boolean;
}

function processOnThreads(
  files: string[],
  init: WorkerInit,
  threads: number,
  onOutcome: RunOptions['onOutcome'],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const outcomes = new Array<FileOutcome | undefined>(files.length);
    const workers: Worker[] = [];
    let nextTask = 0;
    let nextOut = 0;
    let failed = false;
    const finish = (error?: Error): void => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker, count: number): void => {
      const tasks: Task[] = [];
      for (; tasks.length < count && nextTask < files.length; nextTask++)
        tasks.push({ index: nextTask, file: files[nextTask] as string });
      if (tasks.length > 0) worker.postMessage(tasks);
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(new URL(import.meta.url), { workerData: init });
      workers.push(worker);
      worker.on('message', (message: { replies: Reply[] }) => {
        if (failed) return;
        for (const reply of message.replies) outcomes[reply.index] = withFigures(reply.outcome);
        feed(worker, message.replies.length);
        // hand on everything that is now complete at the front, in order, and let it go
        try {
          for (let o = outcomes[nextOut]; o !== undefined; o = outcomes[nextOut]) {
            outcomes[nextOut] = undefined;
            onOutcome(o, nextOut);
            nextOut++;
          }
        } catch (error) {
          finish(error as Error);
          return;
        }
        if (nextOut === files.length) finish();
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (code !== 0 && nextOut < files.length) finish(new Error(`worker thread stopped (exit code ${code})`));
      });
      feed(worker, IN_FLIGHT);
    }
  });
}

/**
 * A rendered outcome crosses threads without its figures and statements: they are in its JSON parts,
 * which moves without a copy, and reading them back with JSON.parse costs the main thread less
 * than structured clone costs both threads (a third of the worker's time went to cloning).
 */
function withoutFigures(outcome: FileOutcome): FileOutcome {
  if (outcome.kind !== 'result' || !outcome.rendered) return outcome;
  return { ...outcome, result: { ...outcome.result, figures: [], statements: [] } };
}

/** The figures of a rendered outcome, read back from its figures.json part. */
function withFigures(outcome: FileOutcome): FileOutcome {
  if (outcome.kind !== 'result' || !outcome.rendered) return outcome;
  outcome.result.figures = readEntries<Figure>(outcome.rendered.json);
  outcome.result.statements = readEntries<Statement>(outcome.rendered.statements);
  return outcome;
}

const utf8Text = new TextDecoder();

/** The objects of a list's entries (figureEntries, statementEntries) as UTF-8. */
const readEntries = <T>(entries: Uint8Array): T[] => JSON.parse(`[${utf8Text.decode(entries)}]`) as T[];

/** The buffers of an outcome that can move to the main thread instead of being copied. */
function transferables(outcome: FileOutcome): ArrayBuffer[] {
  const { json, csv, statements } = (outcome.kind === 'result' && outcome.rendered) || {};
  return json && csv && statements ? [json, csv, statements].map((bytes) => bytes.buffer as ArrayBuffer) : [];
}

/** The worker side: process each task as it comes and post the outcomes back, a few at a time. */
function serve(init: WorkerInit): void {
  const port = parentPort;
  if (!port) return;
  let replies: Reply[] = [];
  let transfer: ArrayBuffer[] = [];
  // posted when REPLY_BATCH are done, or when the files at hand are
  const post = (): void => {
    if (replies.length === 0) return;
    port.postMessage({ replies }, transfer);
    replies = [];
    transfer = [];
  };
  port.on('message', (tasks: Task[]) => {
    for (const task of tasks) {
      // processPath turns every error into an outcome
      const outcome = processPath(task.file, init.options, init.render);
      replies.push({ index: task.index, outcome: withoutFigures(outcome) });
      transfer.push(...transferables(outcome));
      if (replies.length >= REPLY_BATCH) post();
      else if (replies.length === 1) setImmediate(post);
    }
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.role === ROLE) serve(workerData as WorkerInit);
