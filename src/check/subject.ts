import type { Figure } from '../types.js';
import { genericNouns, subjects, type Subject } from './lexicon.js';
import type { Placed, SentenceFigures } from './sentences.js';

/** What a figure is about: keys two figures must share to be compared (`subject:…`, `noun:…`). */
export interface FigureSubject {
  keys: string[];
  /** named by the figure's own noun, not guessed from the words around it */
  byNoun: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per subject: English forms as whole words, any case; Chinese forms anywhere. */
const patterns: Array<{ subject: Subject; pattern: RegExp }> = subjects.map((subject) => {
  const en = subject.en.map((w) => `\\b${escape(w).replace(/ /g, '\\s+')}\\b`);
  const zh = subject.zh.map(escape);
  return { subject, pattern: new RegExp([...en, ...zh].join('|'), 'gi') };
});

const generic = new Set(genericNouns);

/** English plurals folded ("ventilators" → "ventilator"), so a noun matches its other number. */
const normalizeNoun = (noun: string): string =>
  noun.toLowerCase().split(/\s+/).map((w) => (w.length > 3 ? w.replace(/(?<!s)s$/, '') : w)).join(' ');

/**
 * The subject of a figure: the subjects its noun names and the noun itself; with no noun, or a
 * generic one ("people", 件), the subject mentioned nearest to it in its sentence. Null when
 * neither says anything.
 */
export function subjectOf(sentence: SentenceFigures, placed: Placed): FigureSubject | null {
  const { figure } = placed;
  const fits = ({ subject }: { subject: Subject }): boolean => subject.kinds.includes(figure.kind);
  if (figure.noun && !generic.has(figure.noun.toLowerCase())) {
    const named = patterns.filter(fits).filter(({ pattern }) => matches(pattern, figure.noun as string).length > 0);
    return {
      keys: [...named.map(({ subject }) => `subject:${subject.id}`), `noun:${normalizeNoun(figure.noun)}`],
      byNoun: true,
    };
  }
  if (placed.at < 0) return null;
  let nearest: Subject[] = [];
  let best = Infinity;
  for (const entry of patterns.filter(fits)) {
    for (const [start, end] of matches(entry.pattern, sentence.text)) {
      const distance = end <= placed.at ? placed.at - end : Math.max(0, start - placed.end);
      if (distance < best) {
        best = distance;
        nearest = [entry.subject];
      } else if (distance === best && !nearest.includes(entry.subject)) {
        nearest.push(entry.subject);
      }
    }
  }
  if (nearest.length === 0) return null;
  return { keys: nearest.map((s) => `subject:${s.id}`), byNoun: false };
}

function matches(pattern: RegExp, text: string): Array<[number, number]> {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether two figures' subjects share a key. */
export const sameSubject = (a: FigureSubject, b: FigureSubject): boolean => a.keys.some((k) => b.keys.includes(k));

/**
 * Whether two figures of one sentence may count the same thing: a relation between "500 masks"
 * and "2,000 gloves" is none. A figure without a noun, or a generic one, may be anything; nouns compare by
 * their first word ("ventilators arrived" and "ventilators").
 */
export function sameThing(a: Figure, b: Figure): boolean {
  if (a.noun === null || b.noun === null || generic.has(a.noun.toLowerCase()) || generic.has(b.noun.toLowerCase())) return true;
  const head = (noun: string): string => normalizeNoun(noun).split(' ')[0] ?? '';
  return head(a.noun) === head(b.noun);
}
