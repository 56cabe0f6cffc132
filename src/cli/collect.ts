import { constants, type Stats } from 'node:fs';
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineOptions } from '../pipeline.js';
import { describeError } from './errors.js';
import { OUTPUT_NAMES } from './out-dir.js';
import { fileLine } from './report.js';
import { readSources } from './sources.js';

/** Metadata files that sit beside the articles and are not articles themselves. */
const SOURCES_FILE = 'sources.json';

export interface Collected {
  files: string[];
  /** byte size of each file */
  sizes: number[];
  /** sources.json entries by the path of the file they describe */
  sources: NonNullable<PipelineOptions['sources']>;
  /** report lines: files skipped or refused, sources.json warnings */
  errors: string[];
}

export interface CollectOptions {
  maxBytes: number;
  /** the output folder of a build, not read as input */
  out: string | null;
}

interface Pending {
  path: string;
  /** named on the command line: followed if a link, read whatever its name */
  given: boolean;
}

/** Paths stat'ed at once while collecting. */
const STAT_BATCH = 256;
const OWN_OUTPUTS = new Set<string>(OUTPUT_NAMES);

/**
 * Files under the paths, folders walked in name order. Each file and folder is visited once,
 * known by its device and inode: a symbolic link loop, a second link to a folder or a hard link
 * to a file is reported and not read again (a file must not corroborate itself). Files that
 * cannot be articles are refused by their stat, before anything is read; the tool's own outputs
 * met in a folder are skipped.
 */
export async function collect(inputs: string[], options: CollectOptions): Promise<Collected> {
  const collected: Collected = {
    files: [],
    sizes: [],
    sources: Object.create(null) as Collected['sources'],
    errors: [],
  };
  const outId = options.out === null ? null : await stat(options.out).then(identity, () => null);
  const seen = new Map<string, string>();
  let pending: Pending[] = inputs.map((p) => ({ path: p, given: true }));
  while (pending.length > 0) {
    // a batch stat'ed at once: a folder of 10,000 files is otherwise 10,000 trips through the thread pool
    const batch = pending.splice(0, STAT_BATCH);
    const infos = await Promise.all(batch.map(statOf));
    for (const [k, { path: p, given }] of batch.entries()) {
      const info = infos[k];
      if (!info || 'error' in info) {
        collected.errors.push(fileLine(p, info?.error ?? 'no such file or folder'));
        continue;
      }
      const id = identity(info);
      const first = seen.get(id);
      if (first !== undefined) {
        collected.errors.push(
          fileLine(
            p,
            info.isDirectory()
              ? `the folder ${first} again (a symbolic link loop or a second link): not walked twice`
              : `the same file as ${first}: read once`,
          ),
        );
        continue;
      }
      seen.set(id, p);
      if (info.isDirectory()) {
        if (id === outId) {
          collected.errors.push(fileLine(p, 'the output folder: skipped'));
          continue;
        }
        const names = await readdir(p).catch((error: unknown) => {
          collected.errors.push(fileLine(p, `cannot read folder: ${describeError(error)}`));
          return [] as string[];
        });
        // the folder's entries come before the rest of the batch; concat, not unshift(...names):
        // a folder of 200,000 files would overflow the argument list
        const entries = names
          .filter((n) => !n.startsWith('.'))
          .sort()
          .map((n) => ({ path: path.join(p, n), given: false }));
        pending = entries.concat(batch.slice(k + 1), pending);
        break;
      }
      const name = path.basename(p);
      if (name === SOURCES_FILE) await addSources(collected, p, info, options.maxBytes);
      else if (!given && OWN_OUTPUTS.has(name))
        collected.errors.push(fileLine(p, 'an output of factsheet: not read as an article'));
      else if (!info.isFile())
        collected.errors.push(fileLine(p, 'not a regular file')); // a FIFO or /dev/zero would never end
      else if (info.size > options.maxBytes)
        collected.errors.push(fileLine(p, `file too large: ${info.size} bytes (limit ${options.maxBytes})`));
      else {
        collected.files.push(p);
        collected.sizes.push(info.size);
      }
    }
  }
  warnUnmatched(collected);
  return collected;
}

const identity = (info: Stats): string => `${info.dev}:${info.ino}`;

/** A folder entry's own stat, or its target's when it is a link; a link that leads nowhere says why. */
async function statOf({ path: p, given }: Pending): Promise<Stats | { error: string } | null> {
  const own = await (given ? stat(p) : lstat(p)).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ELOOP' ? { error: 'a symbolic link loop: skipped' } : null,
  );
  if (!own || 'error' in own || !own.isSymbolicLink()) return own;
  return stat(p).catch((error: NodeJS.ErrnoException) => ({
    error: error.code === 'ELOOP' ? 'a symbolic link loop: skipped' : 'a symbolic link that leads nowhere: skipped',
  }));
}

/** One sources.json, under the guards of any file, applied to its own folder only. */
async function addSources(collected: Collected, file: string, info: Stats, maxBytes: number): Promise<void> {
  if (!info.isFile()) return void collected.errors.push(fileLine(file, 'not a regular file: ignored'));
  if (info.size > maxBytes)
    return void collected.errors.push(
      fileLine(file, `file too large: ${info.size} bytes (limit ${maxBytes}): ignored`),
    );
  let text: string;
  try {
    // non-blocking: a FIFO put in its place after the stat must not hang the run
    text = await readFile(file, { encoding: 'utf8', flag: constants.O_RDONLY | constants.O_NONBLOCK });
  } catch (error) {
    return void collected.errors.push(fileLine(file, `cannot read: ${describeError(error)}`));
  }
  const { entries, warnings } = readSources(text, file);
  collected.errors.push(...warnings);
  const folder = path.dirname(file);
  for (const [name, fields] of entries) collected.sources[path.join(folder, name)] = fields;
}

/** An entry that names no file read from its folder is most likely a typo: say so. */
function warnUnmatched(collected: Collected): void {
  const files = new Set(collected.files);
  for (const key of Object.keys(collected.sources)) {
    if (!files.has(key))
      collected.errors.push(
        fileLine(path.join(path.dirname(key), SOURCES_FILE), `an entry for ${path.basename(key)}, which was not read`),
      );
  }
}

/** The real path of `p`, also when it does not exist yet (the real path of its nearest existing parent, and the rest). */
export async function realPathOf(p: string): Promise<string> {
  const absolute = path.resolve(p);
  const real = await realpath(absolute).catch(() => null);
  if (real !== null) return real;
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(await realPathOf(parent), path.basename(absolute));
}

/** The input folder that contains `out` (or is it), if any: a build would read its own outputs. */
export async function inputContaining(out: string, inputs: string[]): Promise<string | null> {
  const realOut = await realPathOf(out);
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) continue;
    const realInput = await realPathOf(input);
    const relative = path.relative(realInput, realOut);
    if (relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative))) return input;
  }
  return null;
}
