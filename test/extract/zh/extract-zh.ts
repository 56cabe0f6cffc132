import { extractDocument } from '../../../src/extract/index.js';
import type { IngestedDocument } from '../../../src/ingest/types.js';
import { normalizeFigures } from '../../../src/normalize/index.js';
import type { Figure } from '../../../src/types.js';

/** Figures of a plain Chinese text, as `extract --jsonl` gives them. */
export function extractChinese(text: string): Figure[] {
  const doc = {
    file: null,
    text,
    prose: text,
    format: 'text',
    encoding: 'utf-8',
    metadata: {},
    masked: [],
    diagnostics: [],
  } as unknown as IngestedDocument;
  return normalizeFigures(extractDocument(doc).figures);
}

const DIGITS = '零一二三四五六七八九';
const SMALL = ['', '十', '百', '千'];

/** A section below 10,000 in Chinese numerals; `leading` drops the 一 of 一十 (十五, not 一十五). */
function section(n: number, leading: boolean): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    if (!(d === 1 && p === 1 && out === '' && leading)) out += DIGITS[d];
    out += SMALL[p];
  }
  return out;
}

/**
 * A positive integer below 10^16 written the standard way: 三万四千, 一亿零五百万,
 * 十二万三千四百五十六亿七千八百九十万一千二百三十四.
 */
export function toChineseNumeral(n: number, leading = true): string {
  if (n === 0) return '零';
  if (n >= 1e8) {
    const high = Math.floor(n / 1e8);
    const low = n % 1e8;
    return `${toChineseNumeral(high, leading)}亿${low === 0 ? '' : `${low < 1e7 ? '零' : ''}${toChineseNumeral(low, false)}`}`;
  }
  if (n >= 1e4) {
    const high = Math.floor(n / 1e4);
    const low = n % 1e4;
    return `${section(high, leading)}万${low === 0 ? '' : `${low < 1000 ? '零' : ''}${section(low, false)}`}`;
  }
  return section(n, leading);
}
