import { constants, rmSync, type WriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { FatalError, reason } from './errors.js';
import { printable } from './report.js';

/** Every file a build may write into `--out`; nothing else there is touched. */
export const OUTPUT_NAMES = [
  'factsheet.html',
  'factsheet.md',
  'figures.json',
  'figures.csv',
  'findings.json',
  'statements.json',
  'factsheet.pdf',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

/** Present in `--out` only while a finished set is being moved in: if it stays, the set is mixed. */
const INCOMPLETE_MARKER = '.factsheet-incomplete';
const STAGING_PREFIX = '.factsheet-staging-';
/** A new file: fails if the name exists, also as a symbolic link. */
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * The output folder of a build. Every output is written into a staging folder inside it (a
 * fresh name from mkdtemp, mode 0700, files created with O_EXCL and O_NOFOLLOW), and the set
 * is moved into place only when all of it is written: a build that fails or is killed leaves
 * the last good set as it was. `rename` replaces a name without following it, and outputs that
 * are symbolic links are refused up front, so a build never writes through a link.
 */
export class OutputFolder {
  private constructor(
    readonly out: string,
    private readonly staging: string,
  ) {}

  /** Checks `--out`, creates it if need be, and a staging folder inside. */
  static async open(out: string): Promise<OutputFolder> {
    if (out.trim() === '') throw new FatalError('--out is empty: give a folder');
    await makeFolder(out);
    for (const name of OUTPUT_NAMES) {
      const info = await lstat(path.join(out, name)).catch(() => null);
      if (info?.isSymbolicLink())
        throw new FatalError(
          `${printable(path.join(out, name))} is a symbolic link: refusing to write through it (remove it)`,
        );
      if (info && !info.isFile())
        throw new FatalError(`${printable(path.join(out, name))} is not a regular file: refusing to replace it`);
    }
    const staging = await mkdtemp(path.join(out, STAGING_PREFIX)).catch((error: NodeJS.ErrnoException) => {
      throw new FatalError(`cannot write to --out ${printable(out)}: ${reason(error)}`);
    });
    return new OutputFolder(out, staging);
  }

  /** A new file in the staging folder, never one that exists, never through a link. */
  async create(name: OutputName): Promise<WriteStream> {
    return (await open(path.join(this.staging, name), EXCLUSIVE, 0o644)).createWriteStream();
  }

  /**
   * Moves the staged files into place and removes the outputs of earlier builds that this one
   * did not write (a PDF from a `--pdf` build). Renames take microseconds each; a run killed
   * between them leaves INCOMPLETE_MARKER behind.
   */
  async commit(written: OutputName[]): Promise<void> {
    const marker = path.join(this.out, INCOMPLETE_MARKER);
    await unlink(marker).catch(() => undefined);
    await (await open(marker, EXCLUSIVE, 0o644)).close();
    for (const name of written) await rename(path.join(this.staging, name), path.join(this.out, name));
    for (const name of OUTPUT_NAMES) if (!written.includes(name)) await rm(path.join(this.out, name), { force: true });
    await unlink(marker);
    await this.discard();
  }

  /** Drops the staging folder at once, for a run stopped by a signal. */
  discardNow(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }

  /** Drops the staging folder and whatever is in it. */
  async discard(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}

/**
 * `mkdir -p` one level at a time: Node's recursive mkdir loops forever on some paths
 * (`/proc/x`), and each level's error is then the real one.
 */
async function makeFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? null : Promise.reject(error),
  );
  if (info) {
    if (!info.isDirectory()) throw new FatalError(`--out ${printable(folder)} is not a folder`);
    return;
  }
  const parent = path.dirname(folder);
  if (parent !== folder) await makeFolder(parent);
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return;
    throw new FatalError(`cannot create --out ${printable(folder)}: ${reason(error)}`);
  });
}

/** Writes `chunks` to `stream` as they come, a batch at a time, waiting while the disk is behind; rejects on a write error. */
export async function writeChunks(stream: WriteStream, chunks: Iterable<string | Uint8Array>): Promise<void> {
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const closed = once(stream, 'close').catch(() => undefined);
  const write = async (data: string | Uint8Array): Promise<void> => {
    if (failure) throw failure;
    if (data.length > 0 && !stream.write(data)) await Promise.race([once(stream, 'drain'), closed]);
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
  if (failure) throw failure;
}

/** Pieces joined up to about this many characters per write. */
const WRITE_BATCH = 1 << 20;
