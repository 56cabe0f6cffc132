import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

/** A stream that records what is written, and a clock moved by hand. */
function setup(tty: boolean) {
  const written: string[] = [];
  let now = 0;
  const stream = { write: (s: string) => written.push(s), isTTY: tty, columns: 100 };
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  return { written, stream, clock };
}

describe('progress', () => {
  it('says nothing on a short run', () => {
    for (const tty of [true, false]) {
      const { written, stream, clock } = setup(tty);
      const p = new Progress({ label: 'build', total: 5, stream, now: clock.now });
      for (let k = 0; k < 5; k++) {
        clock.advance(100);
        p.tick(1000);
      }
      p.end('done');
      expect(written).toEqual([]);
    }
  });

  it('plain lines, not more often than the interval, when stderr is not a terminal', () => {
    const { written, stream, clock } = setup(false);
    const p = new Progress({
      label: 'build',
      total: 100,
      totalBytes: 100e6,
      stream,
      now: clock.now,
      delayMs: 1000,
      intervalMs: 5000,
    });
    for (let k = 0; k < 100; k++) {
      clock.advance(200); // 20 s in all
      p.tick(1e6);
    }
    p.stage('checking');
    p.end('42 figures');
    const lines = written.join('').trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('factsheet build: '))).toBe(true);
    expect(lines.some((l) => l.includes('100/100 files (100%)'))).toBe(true);
    // one line at 1 s, then at most one per 5 s, the last at 100 %; then the stage and the end
    expect(lines.length).toBeLessThanOrEqual(1 + 4 + 1 + 2);
    expect(lines.at(-2)).toMatch(/^factsheet build: checking \(20\.0 s\)$/);
    expect(lines.at(-1)).toMatch(/^factsheet build: 42 figures/);
    expect(written.join('')).not.toContain('\r');
  });

  it('a bar redrawn in place on a terminal, cleared for other output and at the end', () => {
    const { written, stream, clock } = setup(true);
    const p = new Progress({ label: 'build', total: 10, totalBytes: 10e6, stream, now: clock.now, delayMs: 1000 });
    for (let k = 0; k < 5; k++) {
      clock.advance(500);
      p.tick(1e6);
    }
    const bar = written.at(-1) ?? '';
    expect(bar.startsWith('\r\x1b[K')).toBe(true);
    expect(bar).toContain('5/10 files');
    expect(bar).toMatch(/\[#{10}·{10}\]\s+50%/);
    expect(bar.length).toBeLessThan(100);
    p.write('a.txt: binary file skipped');
    expect(written.slice(-2)).toEqual(['\r\x1b[K', 'a.txt: binary file skipped\n']);
    clock.advance(500);
    p.tick(1e6);
    p.end();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('can be turned off', () => {
    const { written, stream, clock } = setup(true);
    const p = new Progress({ label: 'build', total: 10, stream, now: clock.now, enabled: false });
    for (let k = 0; k < 10; k++) {
      clock.advance(5000);
      p.tick();
    }
    p.end('done');
    expect(written).toEqual([]);
  });
});
