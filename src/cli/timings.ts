/**
 * Wall time per stage on stderr when FACTSHEET_TIMINGS is set (`npm run bench` reads it): a line
 * as each stage ends, so a run stopped midway still says how far it got, then all as one JSON
 * line. Each line also gives the CPU time of the stage (all threads): on a shared machine wall
 * time measures the other work too. Otherwise nothing.
 */
export class Timings {
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
