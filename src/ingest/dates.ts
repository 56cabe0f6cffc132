const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The calendar date a metadata value states, as `YYYY-MM-DD`: the date as written when it leads
 * with year-month-day (`2021-05-07T02:00+08:00` is the 7th where it was written), else the UTC
 * date of what `Date` understands when it names a month (`Fri, 07 May 2021 21:12:54 GMT`).
 * All-numeric forms other than year first (`05/10/2023`) are ambiguous: undefined.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const ordered = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(v);
  if (ordered) return ymd(Number(ordered[1]), Number(ordered[2]), Number(ordered[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(v);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (!/[A-Za-z]{3}/.test(v)) return undefined;
  const time = Date.parse(v);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}
