import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/cli/errors.js';
import { processPath } from '../../src/cli/workers.js';
import { tempDir } from '../cli/run-cli.js';
import { ARTICLE } from './helpers.js';

describe('a crash on one file (issue 13, item 11)', () => {
  it('a RangeError while processing a file skips that file with one line, and the batch goes on', () => {
    const file = path.join(tempDir('crash'), 'story.txt');
    writeFileSync(file, ARTICLE);
    // the sources look-up throws as a string too long for V8 would
    const sources = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new RangeError('Invalid string length');
        },
      },
    );
    expect(processPath(file, { sources })).toEqual({
      kind: 'unreadable',
      file,
      message:
        'could not be processed (out of memory or limits (Invalid string length); try --max-numbers, --max-bytes or fewer files): skipped',
    });
  });

  it('system errors are told in words, with their path', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      path: 'out/figures.json',
    });
    expect(describeError(full)).toBe('out/figures.json: no space left on the device');
    expect(describeError(new Error('first line\n    at frame'))).toBe('first line');
  });
});
