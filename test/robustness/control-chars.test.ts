import { describe, expect, it } from 'vitest';
import { printable, formatMessage } from '../../src/cli/report.js';
import { runCli } from '../cli/run-cli.js';
import { ARTICLE, folder } from './helpers.js';

describe('control characters in human-readable lines (issue 13, item 12)', () => {
  it('a file name with a newline cannot forge a report line, and ESC never reaches the terminal', async () => {
    const forged = 'x.txt\nseeds/000.txt:1:1  error  forged finding  cross-source';
    const dir = folder('control', {
      [forged]: '',
      '\u001b[2J\u001b]0;pwned\u0007.txt': '',
      'fine.txt': ARTICLE,
      'rtl\u202etxt.exe': '',
    });
    const run = await runCli(['check', '--no-progress', dir]);
    expect(run.code, run.stderr).toBe(0);
    // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    expect(lines.filter((l) => l.startsWith('seeds/'))).toEqual([]);
    expect(lines).toContain(
      `${dir}/x.txt\\nseeds/000.txt:1:1  error  forged finding  cross-source: empty file skipped`,
    );
    expect(lines).toContain(`${dir}/\\x1b[2J\\x1b]0;pwned\\x07.txt: empty file skipped`);
    expect(lines).toContain(`${dir}/rtl\\u202etxt.exe: empty file skipped`);
  });

  it('escapes C0, DEL, C1, line separators and bidi overrides; keeps the rest', () => {
    expect(printable('a\tb\r\n\u0000\u007f\u0085\u2028\u2066 中文 €')).toBe(
      'a\\tb\\r\\n\\x00\\x7f\\x85\\u2028\\u2066 中文 €',
    );
    expect(formatMessage('a\nb', 1, 2, 'error', 'x\u001by', 'rule')).toBe('a\\nb:1:2  error  x\\x1by  rule');
  });
});
