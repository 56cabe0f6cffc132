import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../cli/run-cli.js';
import { ARTICLE, folder } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
/** A network namespace of its own (no network at all) when the tests run as root. */
const unshare = process.getuid?.() === 0 && spawnSync('unshare', ['-n', 'true']).status === 0;

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: Record<string, unknown> }[];
}

describe('--pdf: Chromium looks up no host (issue 13, item 16)', () => {
  it.skipIf(!existsSync(CHROMIUM))('its own net log shows no DNS query and no name resolved', () => {
    const dir = tempDir('offline');
    const log = path.join(dir, 'netlog.json');
    // Chromium as the build starts it, with its net log on
    const wrapper = path.join(dir, 'chromium');
    writeFileSync(wrapper, `#!/bin/sh\nexec ${CHROMIUM} --log-net-log=${log} --net-log-capture-mode=Everything "$@"\n`);
    chmodSync(wrapper, 0o755);
    const input = folder('offline-in', {
      'story.txt': `${ARTICLE}<img src="https://example.com/a.png"> See https://example.org/x.\n`,
    });
    const args = [
      path.join(ROOT, 'bin', 'factsheet.js'),
      'build',
      '--no-progress',
      '--pdf',
      input,
      '--out',
      path.join(dir, 'out'),
    ];
    execFileSync(unshare ? 'unshare' : process.execPath, unshare ? ['-n', process.execPath, ...args] : args, {
      env: { ...process.env, CHROMIUM_PATH: wrapper },
      stdio: 'ignore',
    });
    expect(existsSync(path.join(dir, 'out', 'factsheet.pdf'))).toBe(true);
    const netLog = JSON.parse(readFileSync(log, 'utf8')) as NetLog;
    const names = Object.fromEntries(Object.entries(netLog.constants.logEventTypes).map(([name, id]) => [id, name]));
    const kinds = new Set(netLog.events.map((e) => names[e.type]));
    for (const lookup of [
      'DNS_TRANSACTION',
      'HOST_RESOLVER_SYSTEM_TASK',
      'HOST_RESOLVER_DNS_TASK',
      'HOST_RESOLVER_MANAGER_DNS_TASK',
    ])
      expect(kinds.has(lookup), lookup).toBe(false);
    const hosts = netLog.events
      .filter((e) => names[e.type] === 'HOST_RESOLVER_MANAGER_REQUEST' && e.params?.host)
      .map((e) => String(e.params?.host));
    expect(hosts.filter((h) => !h.endsWith('~notfound'))).toEqual([]);
  });
});
