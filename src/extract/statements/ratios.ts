import type { StatementPatterns } from './compiled.js';
import type { RoledFigure } from './roles.js';

/**
 * A ratio the text names ("a turnout of 61.11 percent", 投票率71.86%): the percentage is a share,
 * and the figures of its clause named by its part and whole words (ballots, eligible voters) are those;
 * the whole may stand a clause before, as the total the part is of.
 */
export function markRatios(roled: RoledFigure[], p: StatementPatterns): void {
  for (const r of roled) {
    if (r.figure.kind !== 'percent' || (r.role !== 'value' && r.role !== null)) continue;
    const ratio = p.ratios.find((x) => x.name.test(r.before));
    if (!ratio) continue;
    // the words that name a figure: its noun and what follows it, or what stands before it
    const words = (x: RoledFigure): string =>
      p.words.nounAfter ? `${x.figure.noun ?? ''} ${x.after.split(/[,，;；]/)[0] ?? ''}` : x.before;
    const named = (x: RoledFigure, what: RegExp): boolean => x !== r && x.role === 'value' && what.test(words(x));
    const clause = roled.filter((x) => x.clause === r.clause);
    const part = clause.filter((x) => named(x, ratio.part) && !ratio.whole.test(words(x)));
    const whole = clause.filter((x) => named(x, ratio.whole) && !part.includes(x));
    // 常住人口1280万人,其中城镇人口1030万人,城镇化率为80.5%: the whole a clause before, the total its part is of
    const before = roled.filter(
      (x) => x.clause < r.clause && (x.role === 'total' ? ratio.whole.test(words(x)) : named(x, ratio.whole)),
    );
    if (part.length !== 1 || whole.length > 1 || (whole.length === 0 && before.length !== 1)) continue;
    r.role = 'share';
    (part[0] as RoledFigure).role = 'part';
    if (whole[0]) whole[0].role = 'whole';
  }
}
