import { constants, rmSync, writeSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
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

  /**
   * A new file in the staging folder, never one that exists, never through a link, written
   * through an `OutputFile`; `close` flushes it and closes it.
   */
  async openFile(name: OutputName): Promise<{ file: OutputFile; close: () => Promise<void> }> {
    const handle = await open(path.join(this.staging, name), EXCLUSIVE, 0o644);
    const file = new OutputFile(handle.fd);
    return {
      file,
      close: async () => {
        try {
          file.flush();
        } finally {
          await handle.close();
        }
      },
    };
  }

  /**
   * New files in the staging folder, filled by `fill` through an `OutputFile` each, and closed
   * whatever happens; resolves to the files, for their sizes.
   */
  async write<N extends OutputName>(
    names: readonly N[],
    fill: (files: Record<N, OutputFile>) => void,
  ): Promise<Record<N, OutputFile>> {
    const handles: FileHandle[] = [];
    try {
      const files = {} as Record<N, OutputFile>;
      for (const name of names) {
        const handle = await open(path.join(this.staging, name), EXCLUSIVE, 0o644);
        handles.push(handle);
        files[name] = new OutputFile(handle.fd);
      }
      fill(files);
      for (const name of names) files[name].flush();
      return files;
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
    }
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

/** Bytes of UTF-8 gathered before a write: a few writes per file, little held. */
const BUFFER_BYTES = 4 << 20;

/**
 * A file of the staging folder written through one buffer with synchronous writes: a sheet is
 * hundreds of MB in pieces of a few KB, and a stream's queue and callbacks cost more than the
 * writes. An error throws where it happens.
 */
export class OutputFile {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** bytes handed to the file so far */
  bytesWritten = 0;

  constructor(private readonly fd: number) {}

  /** `text` as UTF-8. */
  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (text.length * 3 > this.buffer.length - this.used) {
      this.flush();
      if (text.length * 3 > this.buffer.length) return this.put(Buffer.from(text));
    }
    this.used += this.buffer.write(text, this.used);
  }

  /** Bytes as they are: copied into the buffer, or written at once when larger than it. */
  writeBytes(bytes: Uint8Array): void {
    if (bytes.length > this.buffer.length - this.used) {
      this.flush();
      if (bytes.length > this.buffer.length) return this.put(bytes);
    }
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Whatever the buffer holds, to the file. */
  flush(): void {
    if (this.used === 0) return;
    this.put(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private put(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done);
    this.bytesWritten += bytes.length;
  }
}
