// The benchmark data and scorers are not part of the repository: they live in a `shared` folder
// beside it (benchmarks/, eval/), or wherever FACTSHEET_SHARED points.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SHARED = path.resolve(process.env.FACTSHEET_SHARED ?? path.join(ROOT, '..', 'shared'));

/** `relative` under the shared folder, or null after saying on stderr what is missing and what `without` loses. */
export function sharedPath(relative, without) {
  const found = path.join(SHARED, relative);
  if (existsSync(found)) return found;
  console.error(
    `${without}: ${found} is missing (the shared benchmark data is not in the repository; put it at ${SHARED} or set FACTSHEET_SHARED)`,
  );
  return null;
}
