import type { Candidate } from './candidate.js';
import type { GrammarContext } from './grammar-base.js';
import { zhElectricityContext, zhTemperatureNouns } from './lang/zh.js';

/**
 * What 度 after a bare count measures, by the sentence: a kilowatt-hour about electricity
 * (用电量3830万度, 发电120亿度), a degree Celsius after a temperature noun (气温30度, the way a
 * Chinese weather report means it). Elsewhere 度 stays unread (角度, a degree of an angle).
 */
export function readDegreeWord(ctx: GrammarContext, c: Candidate): void {
  const { text } = ctx;
  if (c.kind !== 'count' || c.unit !== '' || c.noun !== null || c.value === null || text[c.end] !== '度') return;
  // the temperature word may stand a verb away (气温将升至35度), or open the clause (气温从20度升至30度)
  const near = text.slice(Math.max(ctx.floor, c.start - 6), c.start);
  const sentence = text.slice(ctx.floor, ctx.limit);
  const electricity = zhElectricityContext.some((w) => sentence.includes(w));
  const clause = text.slice(clauseStart(text, c.start, ctx.floor), c.start);
  if (zhTemperatureNouns.some((w) => near.includes(w) || (!electricity && clause.includes(w)))) {
    c.unit = 'degC';
    c.kind = 'temperature';
    c.note = '度 after a temperature: read as °C';
  } else {
    if (!electricity) return;
    c.unit = 'kWh';
    c.kind = 'other';
  }
  c.end += 1;
}

/** Where the clause holding `pos` starts: after the last Chinese comma, semicolon or full stop. */
function clauseStart(text: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && !'，；。,;'.includes(text[i - 1] as string)) i--;
  return i;
}
