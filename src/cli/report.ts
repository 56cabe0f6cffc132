/**
 * Control characters as escapes: a file name or message with a newline would otherwise forge a
 * report line, and an ESC sequence would reach the terminal. C0, DEL, C1, the line and paragraph
 * separators and the bidirectional overrides are written as `\n`, `\t`, `\x1b`, `\u202e`.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => ESCAPES[c] ?? escapeCode(c.charCodeAt(0)));
}

// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escapeCode = (code: number): string =>
  code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;

/** One message as linters print it: `file:line:col  severity  message  rule-id`, on one line. */
export function formatMessage(
  file: string | null,
  line: number,
  column: number,
  severity: string,
  message: string,
  ruleId: string,
): string {
  return `${printable(file ?? '<input>')}:${line}:${column}  ${severity}  ${printable(message.replace(/\s+/g, ' '))}  ${ruleId}`;
}

/** `file: message`, the line of a file skipped or refused, on one line. */
export function fileLine(file: string | null, message: string): string {
  return `${printable(file ?? '<input>')}: ${printable(message)}`;
}
