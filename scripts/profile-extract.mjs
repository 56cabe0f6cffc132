#!/usr/bin/env node
// Top self-time functions of a V8 CPU profile (`node --cpu-prof …` writes *.cpuprofile).
//
//   node scripts/profile-extract.mjs FILE.cpuprofile [--top N] [--callers NAME] [--total] [--within NAME]
//
// Prints each function's share of the samples (self time), with its file and line, and the
// share of garbage collection and idle time; with --callers, which functions the self time of
// the functions named NAME was spent for (their direct callers); with --total, each function's
// total time (the samples with it anywhere on the stack) instead of its self time; with
// --within, where the total time of the functions named NAME went (self, or which callee). Not a test: profiles depend on the machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const callersAt = args.indexOf('--callers');
const callersOf = callersAt >= 0 ? args[callersAt + 1] : undefined;
const inclusive = args.includes('--total');
const withinAt = args.indexOf('--within');
const within = withinAt >= 0 ? args[withinAt + 1] : undefined;
const inside = new Map();
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
  total += n;
  if (within !== undefined) {
    // the outermost frame of `within` on the stack, and the frame it called
    let callee;
    let found;
    for (let at = node, below; at; below = at, at = parentOf.get(at.id)) {
      if (at.callFrame.functionName === within) {
        found = at;
        callee = below;
      }
    }
    if (found) {
      const key = callee ? nameOf(callee) : '(self)';
      inside.set(key, (inside.get(key) ?? 0) + n);
    }
  }
  if (inclusive) {
    const onStack = new Set();
    for (let at = node; at; at = parentOf.get(at.id)) onStack.add(nameOf(at));
    for (const key of onStack) self.set(key, (self.get(key) ?? 0) + n);
  } else self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + n);
  if (callersOf !== undefined && node.callFrame.functionName === callersOf) {
    const parent = parentOf.get(id);
    const by = parent ? nameOf(parent) : '(root)';
    callers.set(by, (callers.get(by) ?? 0) + n);
  }
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
for (const [key, n] of rows) process.stdout.write(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}\n`);
process.stdout.write(`${total} samples\n`);
if (within !== undefined) {
  process.stdout.write(`\ntotal time of ${within}, by callee:\n`);
  for (const [key, n] of [...inside].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}
if (callersOf !== undefined) {
  process.stdout.write(`\nself time of ${callersOf}, by caller:\n`);
  for (const [key, n] of [...callers].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}
