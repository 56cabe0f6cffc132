/**
 * Every message a check writes, in one place (publint's `shared/message.js` model): rules report
 * a code and its parameters; the wording lives here, so it can change without touching a rule
 * and tests assert codes, not sentences.
 */

/** `3.7` → "3.7", 2.1875 → "2.19": numbers in messages are short. */
const short = (x: number, digits = 2): string => String(Number(x.toFixed(digits)));
const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${short(Math.abs(x), 1)}%`;
const quote = (text: string): string => `\`${text}\``;
const base = (file: string | null): string => (file === null ? 'text' : (file.split(/[\\/]/).pop() ?? file));
/** "; 扩大两倍 may mean ×2 or ×3" when the stated words have two readings. */
const why = (note: string | undefined): string => (note ? `; ${note}` : '');

export const messages = {
  'units-comparable': (p: { a: string; b: string; unit: string }) =>
    `${quote(p.a)} and ${quote(p.b)} are in the same unit (${p.unit || 'count'})`,
  'units-incomparable': (p: { a: string; aUnit: string; b: string; bUnit: string }) =>
    `${quote(p.a)} (${p.aUnit}) and ${quote(p.b)} (${p.bUnit}) are not in comparable units`,

  'relation-ratio': (p: { claim: string; ratio: number; from: string; to: string; note?: string }) =>
    `Stated ${quote(p.claim)}, computed ×${short(p.ratio)} from ${quote(p.from)} to ${quote(p.to)}${why(p.note)}`,
  'relation-times': (p: { claim: string; ratio: number; larger: string; smaller: string; note?: string }) =>
    `Stated ${quote(p.claim)}, computed ×${short(p.ratio)} between ${quote(p.larger)} and ${quote(p.smaller)}${why(p.note)}`,
  'relation-change': (p: { claim: string; change: number; from: string; to: string }) =>
    `Stated ${quote(p.claim)}, computed ${signed(p.change)} from ${quote(p.from)} to ${quote(p.to)}`,
  'relation-share': (p: { claim: string; share: number; part: string; total: string }) =>
    `Stated ${quote(p.claim)}, computed ${short(p.share * 100, 1)}% (${quote(p.part)} of ${quote(p.total)})`,
  'relation-no-operands': (p: { claim: string }) =>
    `Stated ${quote(p.claim)}, but no two comparable figures stand with it to compute it from`,
  'relation-many-operands': (p: { claim: string; count: number }) =>
    `Stated ${quote(p.claim)}, but ${p.count} comparable figures stand near it: which two it compares is unclear`,
  'relation-direction': (p: { claim: string; a: string; b: string }) =>
    `Stated ${quote(p.claim)}, but no word says whether it runs from ${quote(p.a)} to ${quote(p.b)} or the other way`,
  'relation-no-part': (p: { claim: string; total: string }) =>
    `Stated ${quote(p.claim)} of ${quote(p.total)}, but no part is given to compute it from`,
  'relation-units': (p: { claim: string; a: string; b: string }) =>
    `Stated ${quote(p.claim)}, but ${quote(p.a)} and ${quote(p.b)} are not in comparable units`,

  'cross-agree': (p: { a: string; b: string; file: string | null; subject: string }) =>
    `${quote(p.a)} agrees with ${quote(p.b)} in ${base(p.file)} (${p.subject})`,
  'cross-conflict': (p: { a: string; b: string; file: string | null; subject: string; apart: number }) =>
    `${quote(p.a)} conflicts with ${quote(p.b)} in ${base(p.file)} (${p.subject}): ${short(p.apart * 100, 0)}% apart`,

  'arithmetic-sum': (p: { total: string; parts: string[]; sum: number; unit: string }) =>
    `The parts ${p.parts.map(quote).join(' + ')} add up to ${short(p.sum, 2)}${p.unit ? ` ${p.unit}` : ''}, stated total ${quote(p.total)}`,
} satisfies Record<string, (params: never) => string>;

export type MessageCode = keyof typeof messages;
export type MessageParams<C extends MessageCode> = Parameters<(typeof messages)[C]>[0];

/** The wording of a code with its parameters. */
export function formatMessage<C extends MessageCode>(code: C, params: MessageParams<C>): string {
  return (messages[code] as (p: MessageParams<C>) => string)(params);
}
