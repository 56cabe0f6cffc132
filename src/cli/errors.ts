import { printable } from './report.js';

/** A failure the user can act on: printed as one line, exit 2, never a stack trace. */
export class FatalError extends Error {
  override readonly name = 'FatalError';
}

/** What system errors mean to the user; the rest are told by their own message. */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'already exists',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
};

/** What a system error means, without its path. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (
    (code && SYSTEM_ERRORS[code]) ??
    printable(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))
  );
}

/** One line that says what went wrong, without a stack: `cannot write out/x: no space left on the device`. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return printable(String(error));
  const { code, path } = error as NodeJS.ErrnoException;
  const known = code ? SYSTEM_ERRORS[code] : undefined;
  if (known) return printable(path ? `${path}: ${known}` : known);
  if (error instanceof RangeError)
    return printable(`out of memory or limits (${error.message}); try --max-numbers, --max-bytes or fewer files`);
  return printable(error.message.split('\n')[0] ?? error.name);
}
