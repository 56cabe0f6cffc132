#!/usr/bin/env node
// Installs Debian's Chromium, the Noto fonts (Latin, mono, CJK) and poppler-utils (pdftotext)
// when they are missing, so the browser tests (escaping checked in a real page, PDF output read
// back) run on a fresh machine. Needs root and apt-get; elsewhere it
// says what to install and the browser tests skip with that reason.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needed = [
  chromium,
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf',
  '/usr/bin/pdftotext',
];
if (needed.every((path) => existsSync(path))) process.exit(0);
const packages = ['chromium', 'fonts-noto-cjk', 'fonts-noto-core', 'fonts-noto-mono', 'poppler-utils'];

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.warn(
    `ensure-chromium: ${needed.filter((path) => !existsSync(path)).join(', ')} missing; install with: apt-get install -y ${packages.join(' ')}`,
  );
  process.exit(0);
}
console.error(`ensure-chromium: installing ${packages.join(', ')} with apt-get …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
