import { isDigit } from './numbers.js';
import { opensLine } from './zh-numbers.js';

/** One-character Chinese numerals that number the items of a list: 一、 二. 十一、 */
const ITEM_NUMERALS = new Set('一二三四五六七八九十');

/**
 * Where a numeral that labels rather than counts ends, or -1. Two kinds:
 *
 *  - a list item's number opening a line: "1. Exports rose", "2) Imports", "(3) Prices", 一、农业,
 *    （二）工业, 三．服务业;
 *  - an item of an enumeration joined by 、 (二、三、四季度, 1、2月, 一、二年级): each elides the word
 *    after the last item, so it is no figure of its own, and a list label mid-line (一、… 二、…) too.
 */
export function labelEnd(text: string, pos: number): number {
  let i = pos;
  if (isDigit(text.charCodeAt(i))) {
    while (i - pos < 3 && isDigit(text.charCodeAt(i))) i++;
    if (isDigit(text.charCodeAt(i))) return -1;
  } else {
    while (i - pos < 3 && ITEM_NUMERALS.has(text[i] as string)) i++;
  }
  if (i === pos) return -1;
  const mark = text[i];
  if (mark === '、') return i + 1;
  const open = text[pos - 1] === '(' || text[pos - 1] === '（';
  if (!opensLine(text, open ? pos - 1 : pos)) return -1;
  const next = text[i + 1] ?? '';
  // "1. Exports", "一.概况": a point and no digit after it; "(1)", "（一）": closed brackets
  if (mark === '.' && !open && !isDigit(text.charCodeAt(i + 1)) && (next === ' ' || /[A-Za-z\u4e00-\u9fff]/.test(next)))
    return i + 1;
  if ((mark === ')' || mark === '）') && (open || isDigit(text.charCodeAt(pos)))) return i + 1;
  return -1;
}
