import type { Lang } from '../types.js';

/** A language tag (`zh-CN`, `en_US`, `zh-Hant`) as one of ours. */
export function langOf(tag: string | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'en' ? primary : undefined;
}

/** How many letters the guess reads: a language shows in the first paragraphs. */
const SAMPLE = 2048;

/**
 * The language of the prose when it is clear: Han characters against Latin letters, a Han
 * character weighing as much as a four-letter English word. Undefined for mixed or too little text.
 */
export function detectLang(prose: string): Lang | undefined {
  let han = 0;
  let latin = 0;
  // letters, not characters: a page's prose may start after kilobytes of blanked <head>
  for (let i = 0; i < prose.length && han + latin < SAMPLE; i++) {
    const c = prose.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
  }
  const words = han + latin / 4;
  if (words < 5) return undefined;
  if (han / words >= 0.6) return 'zh';
  if (han / words <= 0.2) return 'en';
  return undefined;
}
