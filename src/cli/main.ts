import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';
import { assembleSheet, type DocumentResult } from '../pipeline.js';
import { renderCheckJson, renderFiguresJson } from '../render/index.js';
import type { Diagnostic, Finding, Lang } from '../types.js';
import { FigureListing, PDF_MAX_BYTES, writeSheet } from './build.js';
import { collect, inputContaining } from './collect.js';
import { describeError, FatalError } from './errors.js';
import { runJsonl } from './jsonl.js';
import { ruleSettings } from './rule-settings.js';
import { DEFAULT_MAX_NUMBERS } from './limits.js';
import { OutputFolder } from './out-dir.js';
import { Progress } from './progress.js';
import { fileLine, formatMessage, printable } from './report.js';
import { Timings } from './timings.js';
import { capJobs, defaultJobs, processFiles, type FileOptions } from './workers.js';

const USAGE = `Usage:
  factsheet build [PATH...] [--out DIR] [--pdf] [--lang en|zh]
                                                   fact sheet of PATHs (default seeds/) into DIR (default output/),
                                                   read in LANG (default: the language of most sources)
  factsheet extract [PATH...] --json [--explain]   figures as JSON
  factsheet extract --jsonl                        JSON Lines {"id","text"} on stdin → {"id","figures"} on stdout
  factsheet check [PATH...] [--json]               run the checks; exit 1 on an error finding
Options:
  --max-bytes N     refuse files (and --jsonl records) larger than N bytes (default 16777216)
  --max-numbers N   skip a file (or record) with more than N numbers (default ${DEFAULT_MAX_NUMBERS})
  --rule ID=LEVEL   turn a check off or change its severity (off, error, warning, info); also
                    {"rules": {ID: LEVEL}} in factsheet.config.json
  --jobs N          worker threads for many files (default and most: the number of cores; 1: none)
  --no-progress     no progress on stderr (shown for long runs: a bar on a terminal, else lines)
  --debug           a stack trace with a fatal error
  --help            this text`;

/** Exit codes of the contract: 1 is for error findings only, every failure of the run is 2. */
const EXIT = { ok: 0, findings: 1, fatal: 2 } as const;

type Command = 'build' | 'extract' | 'check';
interface Values {
  json: boolean;
  jsonl: boolean;
  explain: boolean;
  out: string;
  pdf: boolean;
  lang?: string;
  'no-progress': boolean;
}

/**
 * The whole CLI; resolves to the exit code. Whatever goes wrong ends as one line on stderr and
 * exit 2 (with the stack under --debug); a reader that goes away (`| head -1`) ends it quietly.
 */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const fatal = (error: unknown): number => {
    process.stderr.write(`factsheet: ${error instanceof FatalError ? error.message : describeError(error)}\n`);
    if (debug && error instanceof Error && !(error instanceof FatalError)) process.stderr.write(`${error.stack}\n`);
    return EXIT.fatal;
  };
  const crash = (error: unknown): void => process.exit(fatal(error));
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  process.stdout.on('error', (error: NodeJS.ErrnoException) =>
    error.code === 'EPIPE' ? process.exit(EXIT.ok) : crash(error),
  );
  try {
    return await run(argv);
  } catch (error) {
    return fatal(error);
  }
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.fatal;
  }
  const maxBytes = positive(values['max-bytes'], '--max-bytes', 'a positive number of bytes') ?? DEFAULT_MAX_BYTES;
  const maxNumbers = positive(values['max-numbers'], '--max-numbers', 'a positive whole number') ?? DEFAULT_MAX_NUMBERS;
  const jobs = positive(values.jobs, '--jobs', 'a positive whole number') ?? defaultJobs();
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh')
    throw new FatalError('--lang takes en or zh');
  if (command === 'extract' && values.jsonl) return runJsonl(process.stdin, process.stdout, { maxBytes, maxNumbers });
  if (command !== 'build' && command !== 'extract' && command !== 'check')
    throw new FatalError(`unknown command "${printable(command)}"\n${USAGE}`);
  if (command === 'extract' && !values.json) throw new FatalError(`extract needs --json or --jsonl\n${USAGE}`);
  const rules = ruleSettings(values.rule ?? []);
  if (typeof rules === 'string') throw new FatalError(rules);
  const options: FileOptions = { explain: values.explain, generated: buildTime(), maxBytes, maxNumbers, rules };
  const inputs = paths.length > 0 ? paths : ['seeds'];
  let folder: OutputFolder | null = null;
  // Ctrl-C or a kill: the staging folder goes with the run, the last good outputs stay
  const stop = (signal: NodeJS.Signals): void => {
    folder?.discardNow();
    process.exit(128 + (os.constants.signals[signal] ?? 0));
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  try {
    if (command === 'build') folder = await openOutput(values.out, inputs);
    return await runFiles(command, values, inputs, options, capJobs(jobs), folder);
  } finally {
    await folder?.discard();
  }
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
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
        'max-numbers': { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        jobs: { type: 'string' },
        'no-progress': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new FatalError(`${printable((error as Error).message)}\n${USAGE}`);
  }
}

/** A positive whole option value, or undefined when not given. */
function positive(value: string | undefined, name: string, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isSafeInteger(n) && n > 0)) throw new FatalError(`${name} takes ${what}`);
  return n;
}

/** The output folder of a build, refused when inside an input folder: the build would read its own outputs. */
async function openOutput(out: string, inputs: string[]): Promise<OutputFolder> {
  const input = out.trim() === '' ? null : await inputContaining(out, inputs);
  if (input !== null)
    throw new FatalError(
      `--out ${printable(out)} is inside the input folder ${printable(input)}: the build would read its own outputs; choose a folder outside it`,
    );
  return OutputFolder.open(out);
}

async function runFiles(
  command: Command,
  values: Values,
  inputs: string[],
  options: FileOptions,
  jobs: number,
  folder: OutputFolder | null,
): Promise<number> {
  const timings = new Timings();
  const { files, sizes, sources, errors } = await collect(inputs, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    out: folder?.out ?? null,
  });
  for (const e of errors) process.stderr.write(`${e}\n`);
  timings.lap('collect');
  options.sources = sources;
  const results: DocumentResult[] = [];
  // figures.json and figures.csv of a build are written as the files come: each file's part is
  // rendered on the worker thread that extracted it
  const listing = folder ? await FigureListing.open(folder) : null;
  const progress = new Progress({
    label: command,
    total: files.length,
    totalBytes: sum(sizes),
    enabled: !values['no-progress'],
  });
  // on worker threads when the files are many; outcomes come in input order either way
  await processFiles(files, options, {
    jobs,
    sizes,
    render: command === 'build',
    onOutcome: (outcome, index) => {
      if (outcome.kind === 'result') {
        results.push(outcome.result);
        if (outcome.rendered) listing?.add(outcome.rendered);
      } else if (outcome.kind === 'failure') progress.write(fileLine(outcome.failure.file, outcome.failure.message));
      else if (outcome.kind === 'refused') progress.write(formatDiagnostic(outcome.diagnostic));
      else progress.write(fileLine(outcome.file, outcome.message));
      progress.tick(sizes[index]);
    },
  });
  progress.end();
  timings.lap('ingest+extract+normalize');
  for (const d of results.flatMap((r) => r.diagnostics)) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (results.length === 0) throw new FatalError('nothing readable in the given paths');
  progress.stage(`checking ${sum(results.map((r) => r.figures.length)).toLocaleString('en-US')} figures`);
  if (command === 'extract') return extract(values, results, timings);
  const sheet = assembleSheet(results, options);
  timings.lap('check');
  if (command === 'check') {
    if (values.json) process.stdout.write(renderCheckJson(sheet.findings, sheet.statements));
    else for (const f of sheet.findings) process.stdout.write(`${formatFinding(f)}\n`);
    timings.lap('render');
    timings.report();
    return sheet.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
  }
  progress.stage('rendering');
  await writeSheet(
    folder as OutputFolder,
    listing as FigureListing,
    sheet,
    values.pdf ? { maxBytes: PDF_MAX_BYTES } : null,
    values.lang ? { lang: values.lang as Lang } : {},
  );
  timings.lap('render+write');
  timings.report();
  process.stderr.write(
    `factsheet: ${sheet.figures.length} figures from ${results.length} files, ${sheet.findings.length} findings → ${printable(values.out)}/\n`,
  );
  // the sheet to open, alone on stdout so that a script can take it
  process.stdout.write(`${path.join(values.out, values.pdf ? 'factsheet.pdf' : 'factsheet.html')}\n`);
  return EXIT.ok;
}

/** `extract --json`: figures only, the checks are not run. */
function extract(values: Values, results: DocumentResult[], timings: Timings): number {
  const figures = results.flatMap((r) => r.figures);
  const body = values.explain ? { figures, nonFigures: results.flatMap((r) => r.nonFigures) } : { figures };
  process.stdout.write(values.explain ? `${JSON.stringify(body, null, 2)}\n` : renderFiguresJson(figures));
  timings.lap('render');
  timings.report();
  return EXIT.ok;
}

/** SOURCE_DATE_EPOCH (seconds) as the build time, so two builds of the same input are identical. */
function buildTime(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch || !/^\d+$/.test(epoch)) return null;
  return new Date(Number(epoch) * 1000).toISOString();
}

const sum = (ns: number[]): number => ns.reduce((a, b) => a + b, 0);

function formatDiagnostic(d: Diagnostic): string {
  return formatMessage(d.file, d.line, d.column, d.severity, d.message, d.ruleId);
}

function formatFinding(f: Finding): string {
  return formatMessage(f.source.file, f.source.line, f.source.column, f.severity, f.message, f.ruleId);
}
