import type { Prose } from './prose.js';

/** Schemes whose addresses appear in news text, before their `://`. */
const SCHEMES = new Set(['http', 'https', 'ftp']);
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** ASCII URL characters: an address glued to Chinese text stops at the first Chinese character. */
const isUrlChar = (c: number): boolean => c >= 0x21 && c <= 0x7e && c !== 0x22 && c !== 0x3c && c !== 0x3e;
const TRAILING = /[.,;:!?'")\]}>*]+$/;
const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/**
 * Masks URLs and e-mail addresses that stand in prose (their digits are no figures). Candidates
 * are found with indexOf (`://`, `www.`, `@`), which is far faster than a regex scan of every
 * position, and expanded by hand. Only positions where the prose is prose are masked.
 */
export function maskUrls(b: Prose): void {
  const text = b.text;
  for (let at = text.indexOf('://'); at !== -1;) {
    let start = at;
    while (start > 0 && at - start < 8 && isLetter(text.charCodeAt(start - 1))) start--;
    const next = SCHEMES.has(text.slice(start, at).toLowerCase()) ? maskAddress(b, start, at + 3) : at + 3;
    at = text.indexOf('://', next);
  }
  for (const www of ['www.', 'WWW.']) {
    for (let at = text.indexOf(www); at !== -1;) {
      // inside a word ("awww.") or part of a scheme's address already masked: not a start
      const before = at > 0 ? text.charCodeAt(at - 1) : 0x20;
      const next = !isLetter(before) && before !== 0x2f && before !== 0x2e ? maskAddress(b, at, at + 4) : at + 4;
      at = text.indexOf(www, next);
    }
  }
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && at - from < 64 && LOCAL_PART.test(text[from - 1] as string)) from--;
    let to = at + 1;
    while (to < text.length && to - at < 255 && DOMAIN.test(text[to] as string)) to++;
    while (to > at + 1 && text[to - 1] === '.') to--;
    const domain = text.slice(at + 1, to);
    if (from < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain) && b.isProse(from))
      b.maskProse(from, to, 'url');
  }
}

/** Masks the address from `start` (its body from `body`); returns where it ends. */
function maskAddress(b: Prose, start: number, body: number): number {
  const text = b.text;
  let end = body;
  while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
  const trail = TRAILING.exec(text.slice(Math.max(body, end - 16), end));
  if (trail) {
    // a closing parenthesis belongs to the address when it opened one ("…/Alibaba_(company)")
    const keep = trail[0].startsWith(')') && text.slice(start, end).includes('(') ? 1 : 0;
    end -= trail[0].length - keep;
  }
  if (end > body && b.isProse(start)) b.maskProse(start, end, 'url');
  return Math.max(end, body);
}
