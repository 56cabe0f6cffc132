#!/usr/bin/env node
// Rewrites test/golden/<seed>.json from the current extractor. Run on purpose only
// (`npm run golden:update`), then read the diff: every change is a behaviour change.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { processFile } from '../dist/pipeline.js';
import { goldenFigure } from './golden.mjs';

const seeds = 'seeds';
for (const name of readdirSync(seeds)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const file = path.join(seeds, name);
  const result = processFile({ path: file, bytes: readFileSync(file) });
  if ('reason' in result) throw new Error(`${file}: ${result.message}`);
  const out = path.join('test', 'golden', name.replace(/\.txt$/, '.json'));
  writeFileSync(out, `${JSON.stringify(result.figures.map(goldenFigure), null, 2)}\n`);
  console.log(`${out}: ${result.figures.length} figures`);
}
