import type { Figure, Lang } from '../types.js';
import { isAmount, shift, type Interval } from './quantity.js';
import { en, zh, zhAmbiguousMultiplierVerbs, zhMultiplierTo, type Direction, type RelationWords } from './relation-words.js';
import { previousSentence, textAfter, textBefore, type Placed, type SentenceFigures } from './sentences.js';

/**
 * A relation a sentence states about figures:
 * - `change`: the end is the start times a ratio ("more than doubled", "rose 15%", 翻了一番);
 * - `times`: one figure is a multiple of another ("twice as many", 是……的三倍);
 * - `share`: a part is a fraction of a total ("less than half of the 800 ventilators").
 */
export interface Statement {
  type: 'change' | 'times' | 'share';
  figure: Figure;
  /** the words that state it, as the sentence has them ("rose 15%", 扩大两倍以上) */
  claim: string;
  /** the ratios the words allow (end / start, larger / smaller, part / total); two when ambiguous */
  readings: Interval[];
  /** the words read two ways, and the multipliers they may mean */
  ambiguity?: { words: string; values: [number, number] };
  /** a share's total, when the sentence names it */
  total?: Figure;
  /** index of the statement's sentence in the list it was found in */
  sentence: number;
  placed: Placed;
}

interface Patterns {
  before: Record<Direction, RegExp>;
  after: Record<Direction, RegExp>;
  multiplier: RegExp;
  comparison: { before: RegExp; after: RegExp };
  from: RegExp;
  to: RegExp;
  shareOf: RegExp;
  shareIn: RegExp;
  shareEarlier: RegExp;
}

const NEVER = /(?!)/;
const alternatives = (words: string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** A year between a marker and its figure: 从2019年的3万吨. */
const ZH_YEAR = '(?:\\d{4}\\s*年(?:底|末|初)?\\s*的?\\s*)?';

function compile(words: RelationWords, lang: Lang): Patterns {
  const endsWith = (list: string[], tail = ''): RegExp =>
    list.length === 0 ? NEVER : lang === 'en' ? new RegExp(`\\b(?:${alternatives(list)})${tail}\\s+$`, 'i') : new RegExp(`(?:${alternatives(list)})${tail}\\s*$`);
  const startsWith = (list: string[]): RegExp => (list.length === 0 ? NEVER : new RegExp(`^\\s*(?:${alternatives(list)})\\b`, 'i'));
  return {
    before: {
      // "rose by 15%", "an increase of 15%", 增长了15%
      increase: endsWith(words.changeBefore.increase, lang === 'en' ? '(?:\\s+(?:by|of))?' : '了?'),
      decrease: endsWith(words.changeBefore.decrease, lang === 'en' ? '(?:\\s+(?:by|of))?' : '了?'),
    },
    after: { increase: startsWith(words.changeAfter.increase), decrease: startsWith(words.changeAfter.decrease) },
    comparison: {
      before: words.comparisonBefore.length ? new RegExp(`(?:${alternatives(words.comparisonBefore)})\\s*$`) : NEVER,
      after: lang === 'en' ? startsWith(words.comparisonAfter) : words.comparisonAfter.length ? new RegExp(`^(?:${alternatives(words.comparisonAfter)})`) : NEVER,
    },
    multiplier: words.changeMultipliers.length ? new RegExp(`\\b(?:${alternatives(words.changeMultipliers)})$`, 'i') : NEVER,
    from: endsWith(words.from, lang === 'zh' ? ZH_YEAR : ''),
    to: endsWith(words.to, lang === 'zh' ? ZH_YEAR : ''),
    shareOf: words.shareOf.length ? new RegExp(`^\\s+(?:${alternatives(words.shareOf)})\\s+$`, 'i') : NEVER,
    shareIn: words.shareIn.length ? new RegExp(`^[\\u4e00-\\u9fff]{0,6}(?:${alternatives(words.shareIn)})[，,]?\\s*(?:有|只有|仅有)?\\s*$`) : NEVER,
    shareEarlier: words.shareEarlier.length ? new RegExp(`(?:${alternatives(words.shareEarlier)})(?:有|只有|仅有)?\\s*$`) : NEVER,
  };
}

const patterns: Record<Lang, Patterns> = { en: compile(en, 'en'), zh: compile(zh, 'zh') };
const zhAmbiguous = new RegExp(`(${alternatives(zhAmbiguousMultiplierVerbs)})了?$`);
const zhUnambiguous = new RegExp(`(${alternatives(zhAmbiguousMultiplierVerbs)})了?(?:${alternatives(zhMultiplierTo)})$`);

/** Every relation stated in the sentences, in sentence order. */
export function statementsOf(sentences: SentenceFigures[]): Statement[] {
  return sentences.flatMap((s, index) => s.figures.flatMap((p) => {
    const statement = read(sentences, index, p);
    return statement ? [statement] : [];
  }));
}

function read(sentences: SentenceFigures[], index: number, p: Placed): Statement | undefined {
  const s = sentences[index] as SentenceFigures;
  const f = p.figure;
  const words = patterns[f.lang];
  const before = textBefore(s, p);
  const after = textAfter(s, p);
  const at = { sentence: index, placed: p, figure: f };
  if (!f.interval || p.at < 0) return undefined;
  if (f.kind === 'multiplier') {
    if (f.lang === 'zh' && f.text.includes('番')) return { ...at, type: 'change', claim: f.text, readings: [f.interval] };
    if (f.lang === 'zh') {
      const ambiguous = zhAmbiguous.exec(before);
      const plain = zhUnambiguous.exec(before);
      if (plain) return { ...at, type: 'change', claim: plain[0] + f.text, readings: [f.interval] };
      if (ambiguous && f.value !== null) {
        const claim = ambiguous[0] + f.text;
        // 增加一倍 has no everyday ×1 reading: it is ×2
        if (f.value === 1) return { ...at, type: 'change', claim, readings: [shift(f.interval, 1)] };
        const stated = (ambiguous[1] ?? '') + f.text.replace(/以上|多|余/g, '');
        return {
          ...at, type: 'change', claim, readings: [f.interval, shift(f.interval, 1)],
          ambiguity: { words: stated, values: [f.value, f.value + 1] },
        };
      }
      return comparison(at, s, p, words);
    }
    const verb = words.before.increase.exec(before);
    if (words.multiplier.test(f.text)) return { ...at, type: 'change', claim: f.text, readings: [f.interval] };
    if (verb) return { ...at, type: 'change', claim: s.text.slice(p.at - verb[0].length, p.end).trim(), readings: [f.interval] };
    return comparison(at, s, p, words);
  }
  if (f.kind === 'percent' || f.kind === 'fraction') {
    const share = shareTotal(sentences, index, p, words);
    const [low, high] = f.kind === 'percent' ? [f.interval[0] / 100, f.interval[1] === null ? null : f.interval[1] / 100] : f.interval;
    if (share) return { ...at, type: 'share', claim: f.text, readings: [[low, high]], total: share };
    if (f.kind === 'fraction') return undefined;
    for (const direction of ['increase', 'decrease'] as const) {
      const verb = words.before[direction].exec(before);
      const noun = words.after[direction].exec(after);
      if (!verb && !noun) continue;
      const claim = verb ? s.text.slice(p.at - verb[0].length, p.end) : s.text.slice(p.at, p.end + (noun?.[0].length ?? 0));
      // +15% is ×1.15; −15% is ×0.85 (and "down more than 15%" is at most ×0.85)
      const reading: Interval = direction === 'increase' ? [1 + low, high === null ? null : 1 + high] : [Math.max(0, 1 - (high ?? 1)), 1 - low];
      return { ...at, type: 'change', claim: claim.trim(), readings: [reading] };
    }
  }
  return undefined;
}

/** "twice the 30,000 square metres", 是去年的三倍: a multiplier with comparison words; "twice a week" is none. */
function comparison(at: Pick<Statement, 'sentence' | 'placed' | 'figure'>, s: SentenceFigures, p: Placed, words: Patterns): Statement | undefined {
  const interval = p.figure.interval;
  if (!interval) return undefined;
  const after = words.comparison.after.exec(textAfter(s, p));
  const before = words.comparison.before.test(textBefore(s, p, 2));
  if (!after && !before) return undefined;
  return { ...at, type: 'times', claim: p.figure.text, readings: [interval] };
}

/**
 * The total a share is of: "half of the 800 ventilators" (the figure after "of"), 800 台呼吸机中
 * 不到一半 (the figure before 中), or 其中不到一半的包裹 (an earlier figure, in this sentence or the
 * one before, preferably the one whose noun follows the share).
 */
function shareTotal(sentences: SentenceFigures[], index: number, p: Placed, words: Patterns): Figure | undefined {
  const s = sentences[index] as SentenceFigures;
  const k = s.figures.indexOf(p);
  const next = s.figures[k + 1];
  if (next && next.at >= 0 && isAmount(next.figure) && words.shareOf.test(s.text.slice(p.end, next.at))) return next.figure;
  const previous = s.figures[k - 1];
  if (previous && previous.at >= 0 && isAmount(previous.figure) && words.shareIn.test(s.text.slice(previous.end, p.at))) return previous.figure;
  if (!words.shareEarlier.test(textBefore(s, p, 6))) return undefined;
  // nearest first: back through this sentence, then back through the one before
  const earlier = [...s.figures.slice(0, k).reverse(), ...[...(previousSentence(sentences, index)?.figures ?? [])].reverse()]
    .map((q) => q.figure)
    .filter(isAmount);
  const after = textAfter(s, p, 8);
  return earlier.find((f) => f.noun !== null && after.includes(f.noun)) ?? (earlier.length === 1 ? earlier[0] : undefined);
}

/** Whether the words before a figure mark it as the start or the end of a change. */
export function roleOf(s: SentenceFigures, p: Placed): 'from' | 'to' | undefined {
  const before = textBefore(s, p, 16);
  const words = patterns[p.figure.lang];
  if (words.from.test(before)) return 'from';
  if (words.to.test(before)) return 'to';
  return undefined;
}
