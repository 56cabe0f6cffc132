import type { Figure } from '../types.js';
import type { Interval } from './quantity.js';

/**
 * What stated words allow, as an interval of a ratio or a share. A figure written in digits
 * allows what its digits allow (its normalized interval); a word ("doubled", 翻一番, "a third")
 * is a round figure, read within a tenth of itself; "nearly" and "almost" come up to it from
 * below, "more than" goes up from it.
 */
export function wordInterval(f: Figure): Interval | null {
  if (f.value === null || f.interval === null) return null;
  const v = f.value;
  const written = /\d/.test(f.text);
  switch (f.qualifier) {
    case 'more-than':
    case 'at-least':
      return [v, null];
    case 'less-than':
    case 'at-most':
      return [written ? v * 0.85 : v * 0.8, v];
    case 'approx':
      return written ? f.interval : [v * 0.85, v * 1.15];
    default:
      return written ? f.interval : [v * 0.9, v * 1.1];
  }
}

/** A stated rate of change as the ratio new / old it allows: up 15% → ×[1.145, 1.155]. */
export function rateRatio(f: Figure, direction: 'up' | 'down' | null): Interval | null {
  const stated = wordInterval(f);
  if (!stated || direction === null) return null;
  const scale = f.kind === 'fraction' ? 1 : 0.01;
  const low = stated[0] * scale;
  const high = stated[1] === null ? null : stated[1] * scale;
  return direction === 'up' ? [1 + low, high === null ? null : 1 + high] : [Math.max(0, 1 - (high ?? 1)), 1 - low];
}

/** A stated share as a fraction: 40% → [0.395, 0.405], "one in five" → 0.2, 七成 → 0.7. */
export function shareFraction(f: Figure): Interval | null {
  const stated = wordInterval(f);
  if (!stated) return null;
  const scale = f.kind === 'percent' ? 0.01 : 1;
  return [stated[0] * scale, stated[1] === null ? null : stated[1] * scale];
}
