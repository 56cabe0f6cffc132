import type { Lang } from '../types.js';

/** A language tag (`zh-CN`, `en_US`, `zh-Hant`) as one of ours. */
export function langOf(tag: string | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'en' ? primary : undefined;
}

/** How many letters the guess reads: a language shows in the first paragraphs. */
const SAMPLE = 2048;

/** Han characters (1) and Latin letters (2) by char code: one table look-up per character. */
const LETTER_CLASS = new Uint8Array(0x10000);
LETTER_CLASS.fill(1, 0x3400, 0x4dc0);
LETTER_CLASS.fill(1, 0x4e00, 0xa000);
LETTER_CLASS.fill(2, 0x41, 0x5b);
LETTER_CLASS.fill(2, 0x61, 0x7b);

/**
 * The language of the prose when it is clear: Han characters against Latin letters, a Han
 * character weighing as much as a four-letter English word. Undefined for mixed or too little text.
 */
export function detectLang(prose: string): Lang | undefined {
  let han = 0;
  let latin = 0;
  // letters, not characters: a page's prose may start after kilobytes of blanked <head>
  for (let i = 0; i < prose.length && han + latin < SAMPLE; i++) {
    const kind = LETTER_CLASS[prose.charCodeAt(i)];
    if (kind === 1) han++;
    else if (kind === 2) latin++;
  }
  const words = han + latin / 4;
  if (words < 5) return undefined;
  if (han / words >= 0.6) return 'zh';
  if (han / words <= 0.2) return 'en';
  return undefined;
}
