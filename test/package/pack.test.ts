import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'factsheet-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: string, args: string[]): string =>
  execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The README's library example, as the consumer's source. */
function readmeExample(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const example = /## Library\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error('README.md has no js example under "## Library"');
  return example;
}

describe('the packed package, installed in a project of its own', () => {
  it("runs the README's example, type-checked against the shipped declarations", () => {
    // dist/ is built by `npm test` before vitest: no prepare here, it would rewrite dist/ under the other tests
    const tarball = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as { filename: string }[];
    const typesNode = (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }
    ).version;
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      path.join(dir, tarball[0]!.filename),
      `@types/node@${typesNode}`,
    ]);

    writeFileSync(path.join(dir, 'consumer.ts'), readmeExample());
    const compilerOptions = {
      module: 'node20',
      target: 'es2022',
      types: ['node'],
      strict: true,
      skipLibCheck: false,
      outDir: 'out',
    };
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);

    const stdout = run(process.execPath, ['out/consumer.js']);
    expect(stdout).toContain('€9.1bn money 9100000000 EUR');
    expect(stdout).toMatch(/^holds holds: Stated `up 5%`/m);
    expect(stdout).toContain('"noun":"包裹"');
    expect(readFileSync(path.join(dir, 'factsheet.html'), 'utf8')).toContain('3.26 million tonnes');
  }, 300_000);
});
