/** One message as linters print it: `file:line:col  severity  message  rule-id`. */
export function formatMessage(file: string | null, line: number, column: number, severity: string, message: string, ruleId: string): string {
  return `${file ?? '<input>'}:${line}:${column}  ${severity}  ${message.replace(/\s+/g, ' ')}  ${ruleId}`;
}
