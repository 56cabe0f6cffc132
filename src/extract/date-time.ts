import type { Candidate } from './candidate.js';

// a time of day after a full date, and a zone or UTC offset after the time (a feed's stamp:
// "09 Aug 2022 14:29:53 GMT", "16-07-2021 11:07:55 +05:30"): left unread, each would be a figure
const CLOCK_AFTER = /[ \t]{1,3}([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])/y;
const ZONE_AFTER = /[ \t]{0,2}(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-](?:0\d|1[0-4]):?[0-5]\d)(?![\dA-Za-z])/y;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date with the time of day and the zone written after it, read as one figure. */
export function withClock(text: string, date: Candidate): Candidate {
  if (date.iso === null) return date;
  if (FULL_DATE.test(date.iso)) {
    CLOCK_AFTER.lastIndex = date.end;
    const m = CLOCK_AFTER.exec(text);
    if (!m) return date;
    date.iso += `T${(m[1] as string).padStart(2, '0')}:${m[2]}${m[3] === undefined ? '' : `:${m[3]}`}`;
    date.end = CLOCK_AFTER.lastIndex;
  }
  if (!date.iso.includes('T')) return date;
  ZONE_AFTER.lastIndex = date.end;
  if (ZONE_AFTER.exec(text)) date.end = ZONE_AFTER.lastIndex;
  return date;
}
