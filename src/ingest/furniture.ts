import { furnitureWords } from './furniture-words.js';

/*
 * Page furniture: the rule that judges a short block against the words of buttons, widgets,
 * bylines, share bars and ad labels that scraped articles carry as lines of their own (per
 * language, in furniture-words.ts). Matching is on the whole block (folded, lower case), never
 * inside a sentence, so "Share prices fell 5%" stays prose while "Share" alone does not.
 */

const PHRASES = new Set(Object.values(furnitureWords).flatMap((words) => words.phrases));
/** Phrases by first and by last character, longest first ("share this article" before "share"). */
const BY_FIRST = index((p) => p[0] as string);
const BY_LAST = index((p) => p.at(-1) as string);

function index(key: (phrase: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of [...PHRASES].sort((a, b) => b.length - a.length)) map.set(key(p), [...(map.get(key(p)) ?? []), p]);
  return map;
}
/** First parts of a breadcrumb trail ("Home > Embassy News"). */
const TRAIL_HEADS = new Set(Object.values(furnitureWords).flatMap((words) => words.trailHeads));

/** Blocks longer than this, or with more words, are text, whatever they say. */
export const MAX_FURNITURE_CHARS = 40;
const MAX_WORDS = 6;

const ENDS_SENTENCE = /[.!?。！？…]["'”’」』）)]*$/;
const NUMBER_ONLY = /^[+-]?\d[\d,.]*\s?(?:[a-z×]{1,2})?$/i;
/** A slideshow's or a pager's counter alone: "1 / 5", "Page 2 of 12", "3/8" (the core is lower case). */
const COUNTER = /^(?:(?:page|photo|image|slide|picture) )?\d{1,3} ?(?:\/|of) ?\d{1,3}$/;
const NUMBERISH = /^\(?\d[\d,.]*\)?(?:\s*[a-z\u4e00-\u9fff]{1,8})?$/i;
const COUNT = /^\(?\d[\d,.]*\)?$/;
const SEPARATED = /^\s*[:：|｜]/;
const TRAIL = /\s*(?:>|»|›|\/|\||＞|→)\s*/;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const STAMP_TOKEN = [
  '\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?',
  '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}',
  '\\d{1,2}月\\d{1,2}日',
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?`,
  `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?(?:\\s+\\d{4})?`,
  '\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?',
  '\\d{1,2}\\s*[ap]\\.?m\\.?',
  '\\d{1,2}[时時点點]\\d{1,2}分',
  '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?',
  '(?:星期|周|週)[一二三四五六日天]',
  '(?:gmt|utc|hkt|cst|est|edt|pst|pdt|bst|cet|cest|jst|kst|sgt|ist|aest)(?:[+-]\\d{1,2}(?::?\\d{2})?)?',
  '[+-]\\d{2}:?\\d{2}',
].join('|');
/** A line that is nothing but a date and/or time (blocks are short: no backtracking risk). */
const TIMESTAMP = new RegExp(`^(?:(?:${STAMP_TOKEN})[\\s,\\-–—|·/()]*)+$`, 'i');

/** The first date and/or time inside a block ("发布时间：2016-8-29 15:01:39  点击率：114"). */
export const STAMP_RUN = new RegExp(`(?<![a-z\\d])(?:${STAMP_TOKEN})(?:[\\s,\\-–—|·/()]*(?:${STAMP_TOKEN}))*`, 'i');

/** A line that is only a date and/or time, such as a dateline `2021-05-07 14:12`. */
export function isTimestamp(core: string): boolean {
  return /\d/.test(core) && TIMESTAMP.test(core);
}

const DECORATION = new Set([...' \t[]【】()（）<>《》|｜•·*#=~_-'].map((c) => c.charCodeAt(0)));
const TRAIL_MARK = /[>»›/|＞→]/;

/** The block (spaces folded) without decoration around it, lower case. */
export function coreOf(block: string): string {
  let from = 0;
  let to = block.length;
  while (from < to && DECORATION.has(block.charCodeAt(from))) from++;
  while (to > from && DECORATION.has(block.charCodeAt(to - 1))) to--;
  return block.slice(from, to).toLowerCase();
}

/**
 * Whether a short block (spaces already folded) is furniture: a known phrase alone, or followed
 * by a colon and a value, a count, a time or another phrase ("Reading Time:3 minutes",
 * "来源：新华社", "Comments (17)", "分享到微信"); a multi-word phrase with a name after it ("Why
 * you can trust SCMP"); a number alone with at most a unit-like suffix ("17", "1.00x"); a lone
 * timestamp; a breadcrumb trail.
 */
export function isFurniture(block: string): boolean {
  if (block.length > MAX_FURNITURE_CHARS || ENDS_SENTENCE.test(block.trim())) return false;
  return isFurnitureCore(coreOf(block.replace(/\s+/g, ' ')));
}

/** isFurniture for a block already known short and unpunctuated, by its core (see coreOf). */
export function isFurnitureCore(core: string): boolean {
  if (core === '') return false;
  if (PHRASES.has(core)) return true;
  let words = 1;
  let digits = false;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c === 0x20 && ++words > MAX_WORDS) return false;
    if (c >= 0x30 && c <= 0x39) digits = true;
  }
  // numbers, timestamps and counts all need a digit: most blocks skip these tests
  if (digits && (NUMBER_ONLY.test(core) || COUNTER.test(core) || TIMESTAMP.test(core))) return true;
  if (TRAIL_MARK.test(core) && TRAIL_HEADS.has(core.split(TRAIL)[0] as string)) return true;
  for (const phrase of BY_FIRST.get(core[0] as string) ?? []) {
    if (!core.startsWith(phrase)) continue;
    const rest = core.slice(phrase.length);
    // a Latin phrase must end at a word's end: "share" is no prefix of "shareholders"
    if (/^[a-z0-9]/.test(rest) && /[a-z]$/.test(phrase)) continue;
    const value = rest.replace(SEPARATED, '').trim();
    if (SEPARATED.test(rest) || PHRASES.has(value) || (digits && (NUMBERISH.test(value) || isTimestamp(value))))
      return true;
    if (phrase.includes(' ') && rest.startsWith(' ') && value.split(' ').length <= 3) return true;
  }
  if (!digits) return false;
  for (const phrase of BY_LAST.get(core.at(-1) as string) ?? []) {
    if (phrase.length > 1 && core.endsWith(phrase) && COUNT.test(core.slice(0, core.length - phrase.length).trim()))
      return true;
  }
  return false;
}
