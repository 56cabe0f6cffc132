/**
 * Progress of a long run on stderr: a bar redrawn in place when stderr is a terminal, a plain
 * line every ten seconds otherwise (CI logs, `2> file`). Short runs print nothing: the bar waits
 * a second, plain lines ten, so a script over a handful of files sees a quiet stderr.
 * `--no-progress` (or FACTSHEET_PROGRESS=0) turns it off.
 *
 *     TTY:    build [##########··········]  52% 5,200/10,000 files 20.8/40.0 MB 9.6 MB/s ETA 2s
 *     plain:  factsheet build: 5,200/10,000 files (52%), 20.8 MB, 9.6 MB/s
 */

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** what is running, shown first (the command) */
  label: string;
  /** files in all */
  total: number;
  /** bytes in all, when known */
  totalBytes?: number;
  stream?: ProgressStream;
  /** nothing is shown before this much time has passed (default 1 s for a bar, 10 s for lines) */
  delayMs?: number;
  /** plain mode: at most one line this often (default 10 s) */
  intervalMs?: number;
  /** TTY mode: at most one redraw this often (default 100 ms) */
  redrawMs?: number;
  /** `true` bar, `false` plain lines; default: whether the stream is a terminal */
  tty?: boolean;
  /** false: never show anything */
  enabled?: boolean;
  /** milliseconds, for tests */
  now?: () => number;
}

const BAR_WIDTH = 20;
const MB = 1e6;

export class Progress {
  private readonly stream: ProgressStream;
  private readonly tty: boolean;
  private readonly now: () => number;
  private readonly started: number;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly redrawMs: number;
  private readonly enabled: boolean;
  private done = 0;
  private bytes = 0;
  private lastShown = -Infinity;
  /** whether anything was printed: a run that showed progress also says when it ends */
  private shown = false;
  /** a bar is on the screen now and must be cleared before any other output */
  private barOnScreen = false;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.tty = options.tty ?? Boolean(this.stream.isTTY);
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.delayMs = options.delayMs ?? (this.tty ? 1000 : 10_000);
    this.intervalMs = options.intervalMs ?? 10_000;
    this.redrawMs = options.redrawMs ?? 100;
    this.enabled = (options.enabled ?? true) && process.env.FACTSHEET_PROGRESS !== '0';
  }

  /** One more file done, of `bytes` bytes. */
  tick(bytes = 0): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.started < this.delayMs) return;
    if (now - this.lastShown < (this.tty ? this.redrawMs : this.intervalMs) && this.done < this.options.total) return;
    this.lastShown = now;
    this.show(now);
  }

  /** A line of other output (a bad file, a diagnostic): the bar steps aside for it. */
  write(line: string): void {
    this.clear();
    this.stream.write(line.endsWith('\n') ? line : `${line}\n`);
  }

  /** A new stage after the files (checking, rendering): said only when progress was shown. */
  stage(what: string): void {
    if (!this.shown) return;
    this.clear();
    this.stream.write(`factsheet ${this.options.label}: ${what} (${seconds(this.now() - this.started)})\n`);
  }

  /** Clears the bar; with `summary`, a run that showed progress ends with that line. */
  end(summary?: string): void {
    this.clear();
    if (this.shown && summary)
      this.stream.write(`factsheet ${this.options.label}: ${summary} (${seconds(this.now() - this.started)})\n`);
  }

  private clear(): void {
    if (!this.barOnScreen) return;
    this.stream.write('\r\x1b[K');
    this.barOnScreen = false;
  }

  private show(now: number): void {
    const { total, totalBytes, label } = this.options;
    const elapsed = (now - this.started) / 1000;
    const share = total > 0 ? this.done / total : 1;
    const rate = elapsed > 0 ? this.bytes / MB / elapsed : 0;
    const mb = totalBytes
      ? `${(this.bytes / MB).toFixed(1)}/${(totalBytes / MB).toFixed(1)} MB`
      : `${(this.bytes / MB).toFixed(1)} MB`;
    this.shown = true;
    if (this.tty) {
      const filled = Math.round(share * BAR_WIDTH);
      const left =
        totalBytes && this.bytes > 0
          ? ((totalBytes - this.bytes) / this.bytes) * elapsed
          : share > 0
            ? ((1 - share) / share) * elapsed
            : NaN;
      const eta = Number.isFinite(left) ? ` ETA ${Math.ceil(left)}s` : '';
      let line = `${label} [${'#'.repeat(filled)}${'·'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${count(this.done)}/${count(total)} files ${mb} ${rate.toFixed(1)} MB/s${eta}`;
      const width = this.stream.columns ?? 80;
      if (line.length > width - 1) line = line.slice(0, width - 1);
      this.stream.write(`\r\x1b[K${line}`);
      this.barOnScreen = true;
    } else {
      this.stream.write(
        `factsheet ${label}: ${count(this.done)}/${count(total)} files (${Math.floor(share * 100)}%), ${mb}, ${rate.toFixed(1)} MB/s\n`,
      );
    }
  }
}

const count = (n: number): string => n.toLocaleString('en-US');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
