#!/usr/bin/env node
// Scores factsheet against a shared benchmark with the shared scorers (see scripts/shared-data.mjs).
//
//   node scripts/score.mjs [extract|check] --cases SUITE|FILE [scorer options...]
//
// extract (the default) runs eval/score.mjs, check runs eval/check-score.mjs; a SUITE is a folder
// of benchmarks/ (recognizers-text → benchmarks/recognizers-text/dev.jsonl).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedPath } from './shared-data.mjs';

const args = process.argv.slice(2);
const mode = args[0] === 'check' || args[0] === 'extract' ? args.shift() : 'extract';
const scorer = sharedPath(path.join('eval', mode === 'check' ? 'check-score.mjs' : 'score.mjs'), 'score: cannot score');
const at = args.indexOf('--cases');
const cases = at >= 0 ? args[at + 1] : undefined;
if (cases && !existsSync(cases)) {
  const file = sharedPath(path.join('benchmarks', cases, 'dev.jsonl'), `score: no cases for ${cases}`);
  if (file) args[at + 1] = file;
  else process.exit(2);
}
if (!scorer) process.exit(2);
process.exit(spawnSync(process.execPath, [scorer, ...args], { stdio: 'inherit' }).status ?? 2);
