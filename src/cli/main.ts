import { createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';
import type { IngestFailure } from '../ingest/types.js';
import { assembleSheet, type DocumentResult, type PipelineOptions } from '../pipeline.js';
import { CSV_HEADER, FIGURES_JSON_FRAME, findingsJsonChunks, partsText, renderCheckJson, renderFiguresJson, renderGroups, renderPdf, sheetParts, statementsJsonChunks } from '../render/index.js';
import { ruleSettings } from './rule-settings.js';
import type { Diagnostic, Finding, Lang } from '../types.js';
import { runJsonl } from './jsonl.js';
import { Progress } from './progress.js';
import { formatMessage } from './report.js';
import { StagedFile } from './staged-file.js';
import { defaultJobs, processFiles, type RenderedFigures } from './workers.js';

const USAGE = `Usage:
  factsheet build [PATH...] [--out DIR] [--pdf] [--lang en|zh]
                                                   fact sheet of PATHs (default seeds/) into DIR (default output/),
                                                   read in LANG (default: the language of most sources)
  factsheet extract [PATH...] --json [--explain]   figures as JSON
  factsheet extract --jsonl                        JSON Lines {"id","text"} on stdin → {"id","figures"} on stdout
  factsheet check [PATH...] [--json]               run the checks; exit 1 on an error finding
Options:
  --max-bytes N   refuse files larger than N bytes (default 16777216)
  --rule ID=LEVEL turn a check off or change its severity (off, error, warning, info); also
                  {"rules": {ID: LEVEL}} in factsheet.config.json
  --jobs N        worker threads for many files (default: the number of cores; 1: none)
  --no-progress   no progress on stderr (shown for long runs: a bar on a terminal, else lines)
  --help          this text`;

/** Exit codes of the contract. */
const EXIT = { ok: 0, findings: 1, fatal: 2 } as const;

/** Metadata files that sit beside the articles and are not articles themselves. */
const SOURCES_FILE = 'sources.json';

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        out: { type: 'string', default: 'output' },
        pdf: { type: 'boolean', default: false },
        lang: { type: 'string' },
        'max-bytes': { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        jobs: { type: 'string' },
        'no-progress': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`factsheet: ${(error as Error).message}\n${USAGE}\n`);
    return EXIT.fatal;
  }
  const { values, positionals } = parsed;
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.fatal;
  }
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(Number.isFinite(maxBytes) && maxBytes > 0)) {
    process.stderr.write(`factsheet: --max-bytes takes a positive number of bytes\n`);
    return EXIT.fatal;
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!(Number.isInteger(jobs) && jobs > 0)) {
    process.stderr.write(`factsheet: --jobs takes a positive whole number\n`);
    return EXIT.fatal;
  }
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh') {
    process.stderr.write(`factsheet: --lang takes en or zh\n`);
    return EXIT.fatal;
  }
  const settings = ruleSettings(values.rule ?? []);
  if (typeof settings === 'string') {
    process.stderr.write(`factsheet: ${settings}\n`);
    return EXIT.fatal;
  }
  const options: PipelineOptions = { explain: values.explain, generated: buildTime(), rules: settings, ...(maxBytes ? { maxBytes } : {}) };

  if (command === 'extract' && values.jsonl) return runJsonl(process.stdin, process.stdout);
  if (command !== 'build' && command !== 'extract' && command !== 'check') {
    process.stderr.write(`factsheet: unknown command "${command}"\n${USAGE}\n`);
    return EXIT.fatal;
  }
  if (command === 'extract' && !values.json) {
    process.stderr.write(`factsheet: extract needs --json or --jsonl\n${USAGE}\n`);
    return EXIT.fatal;
  }

  const inputs = paths.length > 0 ? paths : ['seeds'];
  const timings = new Timings();
  const { files, sizes, sources, errors } = await collect(inputs, maxBytes ?? DEFAULT_MAX_BYTES);
  for (const e of errors) process.stderr.write(`${e}\n`);
  timings.lap('collect');
  options.sources = sources;
  const results: DocumentResult[] = [];
  // figures.json and figures.csv of a build are written as the files come: each file's part is
  // rendered on the worker thread that extracted it
  const listing = command === 'build' ? await FigureListing.open(values.out) : null;
  const progress = new Progress({ label: command, total: files.length, totalBytes: sum(sizes), enabled: !values['no-progress'] });
  // on worker threads when the files are many; outcomes come in input order either way
  await processFiles(files, options, {
    jobs,
    sizes,
    render: command === 'build',
    onOutcome: (outcome, index) => {
      if (outcome.kind === 'result') {
        results.push(outcome.result);
        if (outcome.rendered) listing?.add(outcome.rendered);
      }
      else if (outcome.kind === 'failure') progress.write(failureLine(outcome.failure));
      else progress.write(`${outcome.file}: ${outcome.message}`);
      progress.tick(sizes[index]);
    },
  });
  progress.end();
  timings.lap('ingest+extract+normalize');
  for (const d of results.flatMap((r) => r.diagnostics)) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (results.length === 0) {
    await listing?.discard();
    process.stderr.write('factsheet: nothing readable in the given paths\n');
    return EXIT.fatal;
  }
  progress.stage(`checking ${sum(results.map((r) => r.figures.length)).toLocaleString('en-US')} figures`);
  try {
    return await finish(command, values, results, listing, options, timings, progress);
  } finally {
    await listing?.discard();
  }
}

async function finish(
  command: 'build' | 'extract' | 'check',
  values: { json: boolean; explain: boolean; out: string; pdf: boolean; lang?: string },
  results: DocumentResult[],
  listing: FigureListing | null,
  options: PipelineOptions,
  timings: Timings,
  progress: Progress,
): Promise<number> {
  if (command === 'extract') {
    // figures only: the checks are not run
    const figures = results.flatMap((r) => r.figures);
    const body = values.explain ? { figures, nonFigures: results.flatMap((r) => r.nonFigures) } : { figures };
    process.stdout.write(values.explain ? `${JSON.stringify(body, null, 2)}\n` : renderFiguresJson(figures));
    timings.lap('render');
    timings.report();
    return EXIT.ok;
  }
  const sheet = assembleSheet(results, options);
  timings.lap('check');

  if (command === 'check') {
    if (values.json) process.stdout.write(renderCheckJson(sheet.findings, sheet.statements));
    else for (const f of sheet.findings) process.stdout.write(`${formatFinding(f)}\n`);
    timings.lap('render');
    timings.report();
    return sheet.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
  }
  const out = values.out;
  const view = { lang: values.lang as Lang | undefined };
  progress.stage('rendering');
  // each file is written piece by piece as it is rendered: the sheet of 100,000 figures is
  // hundreds of MB, which as one string would be built, flattened and encoded whole
  // the HTML and the Markdown sheet from one view of the sheet
  const parts = sheetParts(sheet, view);
  if (values.pdf) {
    const html = [...partsText(parts.html)].join('');
    await writeFile(path.join(out, 'factsheet.html'), html);
    await writeFile(path.join(out, 'factsheet.pdf'), await renderPdf(html));
  } else {
    const { before, groups, after } = parts.html;
    await writeChunks(path.join(out, 'factsheet.html'), (function* () {
      yield before;
      yield* renderGroups(groups);
      yield after;
    })());
  }
  await writeChunks(path.join(out, 'factsheet.md'), partsText(parts.markdown));
  timings.lap('render+write html');
  await listing?.commit();
  await writeChunks(path.join(out, 'findings.json'), findingsJsonChunks(sheet.findings));
  await writeChunks(path.join(out, 'statements.json'), statementsJsonChunks(sheet.statements));
  timings.lap('write json+csv');
  timings.report();
  process.stderr.write(`factsheet: ${sheet.figures.length} figures from ${results.length} files, ${sheet.findings.length} findings → ${out}/\n`);
  // the sheet to open, alone on stdout so that a script can take it
  process.stdout.write(`${path.join(out, values.pdf ? 'factsheet.pdf' : 'factsheet.html')}\n`);
  return EXIT.ok;
}

/** SOURCE_DATE_EPOCH (seconds) as the build time, so two builds of the same input are identical. */
function buildTime(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch || !/^\d+$/.test(epoch)) return null;
  return new Date(Number(epoch) * 1000).toISOString();
}

/**
 * Wall time per stage on stderr when FACTSHEET_TIMINGS is set (`npm run bench` reads it): a line
 * as each stage ends, so a run stopped midway still says how far it got, then all as one JSON
 * line. Each line also gives the CPU time of the stage (all threads): on a shared machine wall
 * time measures the other work too. Otherwise nothing.
 */
class Timings {
  private readonly enabled = Boolean(process.env.FACTSHEET_TIMINGS);
  private last = performance.now();
  private lastCpu = cpuMs();
  private readonly stages: Record<string, number> = {};
  private readonly cpu: Record<string, number> = {};

  lap(stage: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    const cpu = cpuMs();
    this.stages[stage] = Math.round(now - this.last);
    this.cpu[stage] = Math.round(cpu - this.lastCpu);
    this.last = now;
    this.lastCpu = cpu;
    process.stderr.write(`factsheet timing: ${stage} ${this.stages[stage]} ms (CPU ${this.cpu[stage]} ms)\n`);
  }

  report(): void {
    if (!this.enabled) return;
    process.stderr.write(`factsheet timings: ${JSON.stringify(this.stages)}\n`);
    process.stderr.write(`factsheet timings (CPU): ${JSON.stringify(this.cpu)}\n`);
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Pieces joined up to about this many characters per write. */
const WRITE_BATCH = 1 << 20;

/** Writes `chunks` to `file` as they come, a batch at a time, waiting while the disk is behind. */
async function writeChunks(file: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const stream = createWriteStream(file);
  const closed = once(stream, 'close');
  const write = async (data: string | Uint8Array): Promise<void> => {
    if (!stream.write(data)) await Promise.race([once(stream, 'drain'), closed]);
  };
  let batch = '';
  for (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      await write(batch);
      batch = '';
      await write(chunk);
      continue;
    }
    batch += chunk;
    if (batch.length < WRITE_BATCH) continue;
    await write(batch);
    batch = '';
  }
  stream.end(batch);
  await closed;
}

const sum = (ns: number[]): number => ns.reduce((a, b) => a + b, 0);

interface Collected {
  files: string[];
  /** byte size of each file */
  sizes: number[];
  sources: NonNullable<PipelineOptions['sources']>;
  errors: string[];
}

/**
 * Files under the paths, folders walked in name order; `sources.json` files read as metadata.
 * Files that cannot be articles are refused here, by their stat, before anything is read.
 */
async function collect(inputs: string[], maxBytes: number): Promise<Collected> {
  const collected: Collected = { files: [], sizes: [], sources: {}, errors: [] };
  let pending = [...inputs];
  while (pending.length > 0) {
    // a batch stat'ed at once: a folder of 10,000 files is otherwise 10,000 trips through the
    // thread pool one after another
    const batch = pending.splice(0, STAT_BATCH);
    const infos = await Promise.all(batch.map((p) => stat(p).catch(() => null)));
    for (const [k, p] of batch.entries()) {
      const info = infos[k];
      if (!info) {
        collected.errors.push(`${p}: no such file or folder`);
        continue;
      }
      if (info.isDirectory()) {
        let names: string[];
        try {
          names = (await readdir(p)).filter((n) => !n.startsWith('.')).sort();
        } catch (error) {
          collected.errors.push(`${p}: cannot read folder: ${(error as Error).message}`);
          continue;
        }
        // the folder's files come before the rest of the batch; concat, not unshift(...names):
        // a folder of 200,000 files would overflow the argument list
        pending = names.map((n) => path.join(p, n)).concat(batch.slice(k + 1), pending);
        break;
      } else if (path.basename(p) === SOURCES_FILE) {
        try {
          Object.assign(collected.sources, JSON.parse(await readFile(p, 'utf8')));
        } catch (error) {
          collected.errors.push(`${p}: not valid JSON: ${(error as Error).message}`);
        }
      } else if (!info.isFile()) {
        // a FIFO or /dev/zero would never end
        collected.errors.push(`${p}: not a regular file`);
      } else if (info.size > maxBytes) {
        // ingest's wording; a 3 GiB file is refused without being loaded
        collected.errors.push(`${p}: file too large: ${info.size} bytes (limit ${maxBytes})`);
      } else {
        collected.files.push(p);
        collected.sizes.push(info.size);
      }
    }
  }
  return collected;
}

/** Paths stat'ed at once while collecting. */
const STAT_BATCH = 256;

function failureLine(failure: IngestFailure): string {
  return `${failure.file ?? '<input>'}: ${failure.message}`;
}

function formatDiagnostic(d: Diagnostic): string {
  return formatMessage(d.file, d.line, d.column, d.severity, d.message, d.ruleId);
}

function formatFinding(f: Finding): string {
  return formatMessage(f.source.file, f.source.line, f.source.column, f.severity, f.message, f.ruleId);
}

/** figures.json and figures.csv of a build, written a file's part at a time as the parts come. */
class FigureListing {
  private empty = true;

  private constructor(
    private readonly json: StagedFile,
    private readonly csv: StagedFile,
  ) {
    csv.write(CSV_HEADER);
  }

  static async open(out: string): Promise<FigureListing> {
    await mkdir(out, { recursive: true });
    return new FigureListing(new StagedFile(path.join(out, 'figures.json')), new StagedFile(path.join(out, 'figures.csv')));
  }

  add(part: RenderedFigures): void {
    this.csv.write(part.csv);
    if (part.json.length === 0) return;
    this.json.write(this.empty ? FIGURES_JSON_FRAME.open : FIGURES_JSON_FRAME.separator);
    this.json.write(part.json);
    this.empty = false;
  }

  /** Both files complete and in place. */
  async commit(): Promise<void> {
    this.json.write(this.empty ? FIGURES_JSON_FRAME.empty : FIGURES_JSON_FRAME.close);
    await Promise.all([this.json.commit(), this.csv.commit()]);
  }

  /** Both files dropped, unless committed. */
  async discard(): Promise<void> {
    await Promise.all([this.json.discard(), this.csv.discard()]);
  }
}
