import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';

/**
 * An output file written while the run goes on, under a temporary name in the same folder, and
 * renamed into place only when the run succeeds: a build that fails half way leaves the outputs
 * of the last good build as they were. Writes are queued without waiting (the data is produced
 * no faster than a disk takes it); a write error surfaces at `commit`.
 */
export class StagedFile {
  private readonly temporary: string;
  private readonly stream: WriteStream;
  private error: Error | null = null;

  constructor(private readonly file: string) {
    this.temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
    this.stream = createWriteStream(this.temporary);
    this.stream.on('error', (error) => {
      this.error ??= error;
    });
  }

  write(data: string | Uint8Array): void {
    if (data.length > 0) this.stream.write(data);
  }

  /** Ends the file and moves it into place. */
  async commit(): Promise<void> {
    await this.close();
    if (this.error) throw this.error;
    await rename(this.temporary, this.file);
  }

  /** Drops the file. */
  async discard(): Promise<void> {
    await this.close();
    await rm(this.temporary, { force: true });
  }

  private async close(): Promise<void> {
    if (this.stream.closed) return;
    const closed = once(this.stream, 'close').catch(() => undefined);
    this.stream.end();
    await closed;
  }
}
