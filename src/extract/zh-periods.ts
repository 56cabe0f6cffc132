import { type Candidate, plainCandidate } from './candidate.js';
import { isDigit, readChineseNumeral, readDigits } from './numbers.js';
import { isZhNumeralCode } from './zh-numbers.js';

/**
 * Periods of a statistical year in Chinese, dates with no year: 前三季度 (January to September), 前七个月,
 * 首三季, 1-7月, 1季度. A period label in words alone (一季度, 三季度) is no figure; with 前 or 首, or
 * written in digits, it is a date. The iso has no year (--01/--09, --Q1): the text states it elsewhere.
 */
export function readChinesePeriod(text: string, pos: number): Candidate | undefined {
  const cumulative = text[pos] === '前' || text[pos] === '首';
  const at = cumulative ? pos + 1 : pos;
  // what follows a short numeral says at once whether a period can be here (most numbers: no)
  let j = at;
  while (j - at < 3 && (isDigit(text.charCodeAt(j)) || isZhNumeralCode(text.charCodeAt(j)))) j++;
  if (j === at || !AFTER_NUMERAL.has(text[j] as string)) return undefined;
  const n = part(text, at);
  if (!n || n.value < 1) return undefined;
  // 1-7月, 1~2月, 1月至12月: a span of months
  const monthFirst = text[n.end] === '月' && MONTH_JOINERS.has(text[n.end + 1] as string);
  const sep = monthFirst ? text[n.end + 1] : text[n.end];
  if (!cumulative && MONTH_JOINERS.has(sep as string)) {
    const m = part(text, n.end + (monthFirst ? 2 : 1));
    if (m && text[m.end] === '月' && text[m.end + 1] !== '份' && n.value < m.value && m.value <= 12)
      return period(pos, m.end + 1, `--${pad(n.value)}/--${pad(m.value)}`);
    return undefined;
  }
  let i = n.end;
  if (text[i] === '个' || text[i] === '個') i++;
  const quarter = text.startsWith('季度', i) ? 2 : text[i] === '季' ? 1 : 0;
  if (quarter && n.value <= 4 && (cumulative || n.digits)) {
    return period(pos, i + quarter, cumulative ? `--Q1/--Q${n.value}` : `--Q${n.value}`);
  }
  if (cumulative && text[i] === '月' && i > n.end && n.value <= 12) return period(pos, i + 1, `--01/--${pad(n.value)}`);
  return undefined;
}

/** A small whole number in digits or Chinese numerals, and whether it was digits. */
function part(text: string, pos: number): { value: number; end: number; digits: boolean } | undefined {
  const digits = isDigit(text.charCodeAt(pos));
  const core = digits ? readDigits(text, pos) : readChineseNumeral(text, pos);
  if (!core || core.place < 0 || !Number.isInteger(core.value) || core.value > 12) return undefined;
  return { value: core.value, end: core.end, digits };
}

const MONTH_JOINERS = new Set(['-', '–', '~', '～', '至', '到']);

/** What may follow the numeral of a period: a joiner of months, 季(度), 个月. */
const AFTER_NUMERAL = new Set([...MONTH_JOINERS, '季', '个', '個', '月']);

const pad = (n: number): string => String(n).padStart(2, '0');

function period(start: number, end: number, iso: string): Candidate {
  return plainCandidate(start, end, null, 'date', 'zh', iso);
}
