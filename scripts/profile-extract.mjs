#!/usr/bin/env node
// Top self-time functions of a V8 CPU profile (`node --cpu-prof …` writes *.cpuprofile).
//
//   node scripts/profile-extract.mjs FILE.cpuprofile [--top N] [--callers NAME]
//
// Prints each function's share of the samples (self time), with its file and line, and the
// share of garbage collection and idle time; with --callers, which functions the self time of
// the functions named NAME was spent for (their direct callers). Not a test: profiles depend on the machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const callersAt = args.indexOf('--callers');
const callersOf = callersAt >= 0 ? args[callersAt + 1] : undefined;
if (!file) {
  process.stderr.write('usage: node scripts/profile-extract.mjs FILE.cpuprofile [--top N]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n);
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const nameOf = (node) => {
  const f = node.callFrame;
  const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const self = new Map();
const callers = new Map();
let total = 0;
for (const [id, n] of counts) {
  const node = byId.get(id);
  if (!node) continue;
  const key = nameOf(node);
  self.set(key, (self.get(key) ?? 0) + n);
  total += n;
  if (callersOf !== undefined && node.callFrame.functionName === callersOf) {
    const parent = parentOf.get(id);
    const by = parent ? nameOf(parent) : '(root)';
    callers.set(by, (callers.get(by) ?? 0) + n);
  }
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
for (const [key, n] of rows) process.stdout.write(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}\n`);
process.stdout.write(`${total} samples\n`);
if (callersOf !== undefined) {
  process.stdout.write(`\nself time of ${callersOf}, by caller:\n`);
  for (const [key, n] of [...callers].sort((a, b) => b[1] - a[1])) process.stdout.write(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}
