import type { ProseBuilder } from './prose-builder.js';

/**
 * Addresses written out in prose: scheme or `www.` first, then ASCII URL characters (an address
 * glued to Chinese text stops at the first Chinese character). A literal prefix anchors the
 * pattern, so the scan is linear.
 */
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[!#-;=?-~]+/gi;
const TRAILING = /[.,;:!?'")\]}>*]+$/;
const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/**
 * Masks URLs and e-mail addresses that stand in prose (their digits are no figures). Matches on
 * `text`, masks only where `b` has prose, so a URL inside markup is left as the markup it is.
 */
export function maskUrls(b: ProseBuilder): void {
  const text = b.text;
  for (const m of text.matchAll(URL)) {
    const start = m.index;
    if (!b.isProse(start)) continue;
    let url = m[0];
    const trail = TRAILING.exec(url);
    // a closing parenthesis belongs to the address when it opened one ("…/Alibaba_(company)")
    if (trail) url = url.slice(0, url.length - trail[0].length + (trail[0].startsWith(')') && url.includes('(') ? 1 : 0));
    b.maskProse(start, start + url.length, 'url');
  }
  // e-mail addresses: found from their `@`, expanded by hand (a regex would backtrack on long words)
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && at - from < 64 && LOCAL_PART.test(text[from - 1] as string)) from--;
    let to = at + 1;
    while (to < text.length && to - at < 255 && DOMAIN.test(text[to] as string)) to++;
    while (to > at + 1 && text[to - 1] === '.') to--;
    const domain = text.slice(at + 1, to);
    if (from < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain) && b.isProse(from)) b.maskProse(from, to, 'url');
  }
}
