import type { Candidate } from './candidate.js';
import { scaleValue, type GrammarContext } from './grammar-base.js';
import { chineseClassifiers } from './lang/compiled.js';
import { zhTael } from './lang/zh.js';
import type { MeasureUnit } from './lang/types.js';
import { type NumberCore } from './numbers.js';
import { isZhNumeralChar } from './zh-numbers.js';
import {
  colloquialMoney,
  digitSubunits,
  elidedUnits,
  isCjk,
  moneyTails,
  numeralUnits,
  readAnyNumber,
  skipSpace,
  tael,
} from './zh-lexicons.js';

/*
 * Money words after a Chinese number: colloquial 块/毛/角, coins after digits (30仙), change after
 * a sum (五元三毛), elided decimals (一块二), the tael, and amounts per unit (每吨3000元).
 */

/** 块, 毛, 角 are money only before 钱, change, 半 or the end of the phrase: 两块石头, 三角形 are not. */
export function colloquialMoneyHolds(ctx: GrammarContext, c: Candidate, core: NumberCore): boolean {
  if (c.kind !== 'money') return true;
  const { text } = ctx;
  const word = text[c.end - 1] ?? '';
  if (!colloquialMoney.has(word) || c.end !== skipSpace(text, core.end, 1) + 1) return true;
  const next = text[c.end] ?? '';
  if (!isCjk(next.charCodeAt(0)) || next === '钱' || next === '錢' || next === '半' || isZhNumeralChar(next))
    return true;
  if (word === '块' || word === '塊') {
    // a classifier after all: 两块石头
    c.kind = 'count';
    c.unit = '';
    c.value = core.value;
    c.place = core.place;
    c.noun = text.slice(c.end, c.end + 2);
    return true;
  }
  return false;
}

/** 每股派息30仙: a coin word after a bare number in digits. */
export function readDigitSubunit(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  if (core.form !== 'digits' || c.kind !== 'count' || c.unit !== '' || c.end !== core.end || c.value === null) return;
  const coin = digitSubunits.match(ctx.text, skipSpace(ctx.text, c.end, 1));
  if (!coin) return;
  c.value = scaleValue(c.value, coin.value.factor);
  c.place += Math.log10(coin.value.factor);
  c.unit = coin.value.code;
  c.kind = 'money';
  c.noun = null;
  c.end = coin.end;
}

/** 五元三毛, 两角五分, 两美元又三美分, 三块零五, 一块二, 两毛五: change after a sum of money. */
export function readChange(ctx: GrammarContext, c: Candidate): void {
  if (c.kind !== 'money' || c.value === null) return;
  const { text } = ctx;
  let last = 1;
  if (text[c.end - 1] === '角' || text[c.end - 1] === '毛') last = 0.1;
  let value = c.value;
  for (let k = 0; k < 2; k++) {
    let at = c.end;
    const zero = text[at] === '零';
    if (text[at] === '又' || zero) at++;
    const n = readAnyNumber(text, at);
    if (!n || n.place < 0) break;
    const tail = moneyTails.match(text, n.end);
    if (tail && tail.value.factor < last && tail.value.code === c.unit) {
      value = Number((value + n.value * tail.value.factor).toFixed(8));
      c.end = tail.end;
      c.place = Math.log10(tail.value.factor);
      last = tail.value.factor;
      continue;
    }
    // 一块二 = 1.2, 三块零五 = 3.05: a lone digit after the word is the next coin down
    const lone =
      n.end - n.start === 1 &&
      n.value < 10 &&
      !isZhNumeralChar(text[n.end] ?? '') &&
      !chineseClassifiers.match(text, n.end) &&
      !ctx.lang.units.match(text, n.end);
    // … and so does one after 毛 or 角: 两毛五 = 0.25
    const elided = last === 1 ? elidedUnits.has(text[c.end - 1] ?? '') : last === 0.1 && !zero;
    if (lone && elided) {
      const factor = zero ? 0.01 : last / 10;
      value = Number((value + n.value * factor).toFixed(8));
      c.end = n.end;
      c.place = Math.log10(factor);
    }
    break;
  }
  c.value = value;
}

/** Kinds that become a rate when stated per unit: money, measures, and counts (每平方公里1334人). */
const PER_UNIT_KINDS: ReadonlySet<Candidate['kind']> = new Set(['money', 'mass', 'area', 'length', 'volume', 'count']);

/**
 * 3650元/吨, 5.2万元/平方米, 每升8.5元, 366.3公斤/亩, 每平方公里1334人: a quantity per unit is a
 * rate (CNY/t, kg/mu, 1/km^2). Units stated with a factor (13元/斤) stay as they are, as in
 * English: their per-unit value would not be the one written.
 */
export function readPerUnitRate(ctx: GrammarContext, c: Candidate): void {
  if (!PER_UNIT_KINDS.has(c.kind) || c.value === null || c.unit.includes('/')) return;
  const { text } = ctx;
  const usable = (m: { value: MeasureUnit } | undefined): boolean =>
    m !== undefined && !m.value.ambiguous && m.value.factor === undefined && m.value.kind !== 'count';
  if (text[c.end] === '/' || text[c.end] === '／') {
    const per = ctx.lang.units.match(text, c.end + 1);
    if (per && usable(per)) {
      perUnit(c, per.value);
      c.end = per.end;
    }
    return;
  }
  const per = ctx.lang.units.matchBefore(text, c.start);
  if (per && usable(per) && per.end - 1 >= ctx.floor && text[per.end - 1] === '每') {
    perUnit(c, per.value);
    c.start = per.end - 1;
    return;
  }
  // 每月1200英镑: a period word of the rate table before the amount (月 alone is no unit)
  const period = ctx.lang.ratePer.matchBefore(text, c.start);
  if (period && period.value !== '' && period.end >= ctx.floor) {
    perUnit(c, { unit: period.value, kind: 'duration' });
    c.start = period.end;
  }
}

/** Makes `c` a quantity per `per`: a speed for a length per time, else a rate ("1/km^2" for a count). */
function perUnit(c: Candidate, per: MeasureUnit): void {
  c.kind = c.kind === 'length' && per.kind === 'duration' ? 'speed' : 'rate';
  c.unit = `${c.unit || '1'}/${per.unit}`;
}

/** 一米八 = 1.8 m, 1米75 = 1.75 m, 一米七五: one or two digits after the unit are its decimals. */
export function readElidedDecimal(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  const { text } = ctx;
  if (c.value === null || c.kind === 'money' || c.kind === 'count' || core.value === 0 || core.place !== 0) return;
  // 度 is read by context (zh-degree.ts), not from the unit table
  const unitWord = ctx.lang.units.matchBefore(text, c.end)?.key ?? text[c.end - 1] ?? '';
  if (!elidedUnits.has(unitWord)) return;
  const n = readAnyNumber(text, c.end);
  if (!n || n.end - n.start > 2 || n.place !== 0 || n.value >= 100) return;
  // two Chinese digits read positionally (一米七五), never a numeral with units (一米十五)
  if (
    n.form === 'zh' &&
    n.value >= 10 &&
    (numeralUnits.has(text[n.start] ?? '') || numeralUnits.has(text[n.start + 1] ?? ''))
  )
    return;
  const after = text[n.end] ?? '';
  if (
    isZhNumeralChar(after) ||
    after === '点' ||
    chineseClassifiers.match(text, n.end) ||
    ctx.lang.units.match(text, n.end) ||
    text.startsWith('分之', n.end)
  )
    return;
  const digits = n.end - n.start;
  const factor = c.value / core.value;
  c.value = Number((c.value + (n.value / 10 ** digits) * factor).toFixed(8));
  c.place = -digits + Math.log10(factor);
  c.end = n.end;
}

/** 两 as the tael after a number (三千两百两, 9两半) and after 斤 (3斤5两). */
export function readTael(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  const { text } = ctx;
  if (c.value === null) return;
  // 3斤5两: taels after catties
  if (c.kind === 'mass' && text[c.end - 1] === '斤') {
    const n = readAnyNumber(text, c.end);
    if (n && n.place === 0 && n.value < 10 && tael.has(text[n.end] ?? '') && !isCjk(text.charCodeAt(n.end + 1))) {
      c.value = Number((c.value + (n.value * zhTael.grams) / 1000).toFixed(8));
      c.place = Math.log10(zhTael.grams / 1000);
      c.end = n.end + 1;
    }
    return;
  }
  if (!tael.has(text[c.end] ?? '')) return;
  const next = text[c.end + 1] ?? '';
  if (isCjk(next.charCodeAt(0)) && next !== '半') return;
  if (c.kind === 'count' && c.unit === '' && c.noun === null && c.end === core.end) {
    c.value = core.value * zhTael.grams;
    c.unit = 'g';
    c.kind = 'mass';
    c.place = core.place + Math.log10(zhTael.grams);
    c.end += 1;
  }
}
