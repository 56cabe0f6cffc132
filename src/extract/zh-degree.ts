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
  const before = text.slice(Math.max(ctx.floor, c.start - 4), c.start);
  if (zhTemperatureNouns.some((w) => before.endsWith(w))) {
    c.unit = 'degC';
    c.kind = 'temperature';
    c.note = '度 after a temperature: read as °C';
  } else {
    const sentence = text.slice(ctx.floor, ctx.limit);
    if (!zhElectricityContext.some((w) => sentence.includes(w))) return;
    c.unit = 'kWh';
    c.kind = 'other';
  }
  c.end += 1;
}
