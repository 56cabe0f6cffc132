import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { renderGroups, type GroupView } from '../render/index.js';

/**
 * Figure groups of factsheet.html rendered on a thread of their own while the main thread
 * renders the others: for a sheet of 100,000 figures the HTML is the longest stage that runs
 * after the checks. Groups are plain data and both threads use the same templates, so the page
 * is byte for byte what one thread gives. The groups go over in batches: the worker starts on
 * the first while the next are copied, and holds one batch at a time, not half the sheet. It
 * hands back UTF-8 bytes, transferred, not copied, so the main thread does not encode them.
 */

const ROLE = 'factsheet-html-worker';

/** Figures from which a build renders the HTML groups on a second thread (starting it costs ~0.2 s). */
export const PARALLEL_HTML_FIGURES = 2000;

/** Figures of groups sent to the worker in one message. */
const BATCH_FIGURES = 2000;

/** A message to the worker: groups to render, and whether the HTML of all so far is wanted now. */
interface Batch {
  groups: GroupView[];
  last: boolean;
}

export class HtmlWorker {
  /** Started at once, so that it has loaded the templates by the time the groups come. */
  private readonly worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });

  render(groups: GroupView[]): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.worker.once('message', (html: Uint8Array) => resolve(html));
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`HTML thread stopped (exit code ${code})`)));
      let batch: GroupView[] = [];
      let figures = 0;
      for (const group of groups) {
        batch.push(group);
        figures += group.count;
        if (figures < BATCH_FIGURES) continue;
        this.worker.postMessage({ groups: batch, last: false } satisfies Batch);
        batch = [];
        figures = 0;
      }
      this.worker.postMessage({ groups: batch, last: true } satisfies Batch);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** The index at which `groups` divide into two runs of about the same number of figures. */
export function halfway(groups: GroupView[]): number {
  const total = groups.reduce((n, g) => n + g.count, 0);
  let seen = 0;
  for (const [index, group] of groups.entries()) {
    if (seen >= total / 2) return index;
    seen += group.count;
  }
  return groups.length;
}

function serve(): void {
  const port = parentPort;
  if (!port) return;
  renderGroups([]).next(); // compiles the templates while the main thread still checks
  let pieces: Uint8Array[] = [];
  port.on('message', ({ groups, last }: Batch) => {
    pieces.push(...renderGroups(groups));
    if (!last) return;
    // one buffer of its own (never a slice of a larger one), so that it can be transferred
    const html = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
    let at = 0;
    for (const piece of pieces) {
      html.set(piece, at);
      at += piece.length;
    }
    pieces = [];
    port.postMessage(html, [html.buffer]);
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve();
