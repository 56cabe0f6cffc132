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

/** Any subject at all: a sentence or noun without a match here mentions none (most do not). */
const anySubject = new RegExp(patterns.map(({ pattern }) => pattern.source).join('|'), 'i');

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
    const named = subjectsNamedBy(figure.noun).filter((subject) => fits({ subject }));
    return {
      keys: [...named.map((subject) => `subject:${subject.id}`), `noun:${normalizeNoun(figure.noun)}`],
      byNoun: true,
    };
  }
  if (placed.at < 0) return null;
  let nearest: Subject[] = [];
  let best = Infinity;
  for (const { subject, start, end } of mentionsIn(sentence)) {
    if (!fits({ subject })) continue;
    const distance = end <= placed.at ? placed.at - end : Math.max(0, start - placed.end);
    if (distance < best) {
      best = distance;
      nearest = [subject];
    } else if (distance === best && !nearest.includes(subject)) {
      nearest.push(subject);
    }
  }
  if (nearest.length === 0) return null;
  return { keys: nearest.map((s) => `subject:${s.id}`), byNoun: false };
}

interface Mention {
  subject: Subject;
  start: number;
  end: number;
}

/** Subjects mentioned in a sentence, found once for all its figures (a sentence has several). */
const mentionCache = new WeakMap<SentenceFigures, Mention[]>();

function mentionsIn(sentence: SentenceFigures): Mention[] {
  let mentions = mentionCache.get(sentence);
  if (mentions) return mentions;
  mentions = [];
  if (anySubject.test(sentence.text)) {
    for (const { subject, pattern } of patterns) for (const [start, end] of matches(pattern, sentence.text)) mentions.push({ subject, start, end });
  }
  mentionCache.set(sentence, mentions);
  return mentions;
}

/** The subjects a noun names, by noun: the same nouns come back thousands of times in an archive. */
const namedByNoun = new Map<string, Subject[]>();

function subjectsNamedBy(noun: string): Subject[] {
  let named = namedByNoun.get(noun);
  if (named) return named;
  named = anySubject.test(noun) ? patterns.filter(({ pattern }) => matches(pattern, noun).length > 0).map(({ subject }) => subject) : [];
  // bounded: an archive of made-up nouns must not grow it without end
  if (namedByNoun.size >= NOUN_CACHE_SIZE) namedByNoun.clear();
  namedByNoun.set(noun, named);
  return named;
}

const NOUN_CACHE_SIZE = 50_000;

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
