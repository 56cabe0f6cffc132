#!/usr/bin/env node
// Installs Debian's Chromium and CJK fonts when they are missing, so the browser tests (escaping
// checked in a real page, PDF output) run on a fresh machine. Needs root and apt-get; elsewhere it
// says what to install and the browser tests skip with that reason.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fonts = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
if (existsSync(chromium) && existsSync(fonts)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.warn(`ensure-chromium: ${chromium} or CJK fonts missing; install them with: apt-get install -y chromium fonts-noto-cjk`);
  process.exit(0);
}
console.error('ensure-chromium: installing chromium and fonts-noto-cjk with apt-get …');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
