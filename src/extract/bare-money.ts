import type { Candidate } from './candidate.js';
import type { CompiledLanguage } from './lang/compiled.js';

/**
 * An amount whose currency word is left out: a bare scaled number ("105亿", "2.4 billion"), with
 * no unit and no counted noun, is money when the words before it name money (税金支出约105亿,
 * 纳税超百亿) or when the same amount is stated as money elsewhere in the text (a headline that
 * drops the 元 of its body). Anything else stays a count.
 */
/** A scale word, or a last stated digit at ten thousands or above (105亿 reads its 亿 as a numeral). */
const scaled = (c: Candidate): boolean => c.scale > 1 || c.place >= 4;
const bareAmount = (c: Candidate): boolean =>
  c.kind === 'count' && c.unit === '' && c.noun === null && scaled(c) && c.value !== null && !c.range;

/** Money by the words before it, in the language's currency for a bare amount (a sentence's figures). */
export function moneyByWords(text: string, lang: CompiledLanguage, floor: number, found: Candidate[]): void {
  if (lang.bareMoneyCurrency === null) return;
  for (let k = 0; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (!bareAmount(c) || startsRangeOfMoney(text, lang, c, found[k + 1])) continue;
    let end = c.start;
    while (end > floor && text[end - 1] === ' ') end--;
    const link = lang.moneyLinks.matchBefore(text, end, lang.wholeWord);
    if (link && link.end >= floor) end = link.end;
    const noun = lang.moneyNouns.matchBefore(text, end, lang.wholeWord);
    if (!noun || noun.end < floor) continue;
    c.kind = 'money';
    c.unit = lang.bareMoneyCurrency;
    c.note = 'no currency written: read in the currency of the text';
  }
}

/** 投资3000万至5000万美元: the first end of a range takes the currency of the second, not the text's. */
function startsRangeOfMoney(text: string, lang: CompiledLanguage, c: Candidate, next: Candidate | undefined): boolean {
  if (next?.kind !== 'money') return false;
  const gap = text.slice(c.end, next.start).trim();
  return gap !== '' && lang.rangeJoiners.match(gap, 0, lang.wholeWord)?.end === gap.length;
}

/** Money by restatement: a bare amount equal to a money figure of the same text takes its currency. */
export function moneyByRestatement(candidates: Candidate[]): void {
  const money = new Map<number, string>();
  for (const c of candidates) if (c.kind === 'money' && scaled(c) && c.value !== null) money.set(c.value, c.unit);
  if (money.size === 0) return;
  for (const c of candidates) {
    const unit = bareAmount(c) ? money.get(c.value as number) : undefined;
    if (unit === undefined) continue;
    c.kind = 'money';
    c.unit = unit;
    c.note = `no currency written: ${unit}, as the same amount is stated elsewhere in the text`;
  }
}
