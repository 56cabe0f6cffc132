import type { Figure } from '../../types.js';
import { example } from '../example.js';
import { comparable, inside, isAmount, measured, type Interval } from '../quantity.js';
import { defineRule, finding, type CheckFinding } from '../rule.js';
import { compareFiles, type Placed, type SentenceFigures } from '../sentences.js';
import { sameSubject, subjectOf, type FigureSubject } from '../subject.js';

const rule = { id: 'cross-source' };

/** Values further apart than this share of the larger are a conflict worth an error. */
const ERROR_APART = 0.1;
/**
 * A subject stated by more figures than this names no single measure ("The port handled 17
 * ships" in 10,000 files); comparing them all would be quadratic in time and in findings.
 */
const MAX_SHARED = 100;

interface Candidate {
  figure: Figure;
  subject: FigureSubject;
  /** the figure's period, or the one year its sentence names */
  period: string | null;
  value: number;
  interval: Interval;
}

/**
 * The same measure in two sources. Two figures from different files are about the same measure
 * when they are of one kind in comparable units (one currency: there are no exchange rates
 * here), name the same subject (their nouns, or the bilingual lexicon; a figure without a noun
 * takes the subject mentioned nearest to it), and state the same period when both state one (a
 * figure's own, or the one year its sentence names).
 *
 * - `agree` (info): either value lies inside the other's interval, so one reads as a rounding of
 *   the other ("about 326 million" and 3.26 亿); a value on the edge (1.5 million against 200 万,
 *   which allows 1.5 to 2.5 million) does not.
 * - `conflict`: they cannot both be right. Reported only when each file has exactly one figure
 *   for that measure, so a sub-total never "conflicts" with a total. An error only when the measure is certain (both nouns name the subject, both state
 *   the same period) and the values are more than 10 % apart; a warning otherwise (a subject
 *   taken from context, an undated figure that a later update may explain, a rounding gap).
 */
export const crossSource = defineRule({
  id: rule.id,
  severity: 'warning',
  description: 'The same measure stated in two sources (in either language) agrees or conflicts.',
  examples: [
    {
      name: 'trade deficit in euros, English and Chinese, agree',
      figures: [
        ...example('en.txt', "Belgium's trade deficit with China was 9.1 billion euros in 2022.", [
          { text: '9.1 billion euros', value: 9.1e9, kind: 'money', unit: 'EUR', period: '2022' },
        ]),
        ...example('zh.txt', '比利时对华贸易逆差2022年为91亿欧元。', [{ text: '91亿欧元', value: 9.1e9, kind: 'money', unit: 'EUR', period: '2022' }]),
      ],
      verdicts: ['agree'],
    },
    {
      name: 'ventilators, 800 against 600',
      figures: [
        ...example('en.txt', 'A donation of 800 ventilators went through Liege.', [{ text: '800', value: 800, kind: 'count', noun: 'ventilators' }]),
        ...example('zh.txt', '600 台呼吸机经列日运抵欧洲。', [{ text: '600 台', value: 600, kind: 'count', noun: '呼吸机' }]),
      ],
      verdicts: ['conflict'],
    },
    {
      name: 'different periods are different measures',
      figures: [
        ...example('en.txt', 'The trade deficit was €3.7bn in 2021.', [{ text: '€3.7bn', value: 3.7e9, kind: 'money', unit: 'EUR', period: '2021' }]),
        ...example('zh.txt', '2022 年的贸易逆差为 91 亿欧元。', [{ text: '91 亿欧元', value: 9.1e9, kind: 'money', unit: 'EUR', period: '2022' }]),
      ],
      verdicts: [],
    },
    {
      name: 'bare counts are never compared',
      figures: [
        ...example('a.txt', 'They met 800 times.', [{ text: '800', value: 800, kind: 'count' }]),
        ...example('b.txt', 'It took 600.', [{ text: '600', value: 600, kind: 'count' }]),
      ],
      verdicts: [],
    },
  ],
  check({ sentences }) {
    const candidates: Candidate[] = [];
    for (const s of sentences) {
      for (const p of s.figures) {
        const subject = isAmount(p.figure) ? subjectOf(s, p) : null;
        const m = measured(p.figure);
        if (subject && m) candidates.push({ figure: p.figure, subject, period: periodOf(s, p), ...m });
      }
    }
    // only figures sharing a subject key can match: compare within those buckets, not all pairs
    const buckets = new Map<string, Candidate[]>();
    for (const c of candidates) {
      for (const key of c.subject.keys) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(c);
        else buckets.set(key, [c]);
      }
    }
    // each candidate's matches, by file
    const partners = new Map<Candidate, Map<string | null, Candidate[]>>();
    for (const a of candidates) {
      const byFile = new Map<string | null, Candidate[]>();
      const seen = new Set<Candidate>();
      for (const key of a.subject.keys) {
        const bucket = buckets.get(key) ?? [];
        if (bucket.length > MAX_SHARED) continue;
        for (const b of bucket) {
          if (seen.has(b) || b.figure.source.file === a.figure.source.file || !sameMeasure(a, b)) continue;
          seen.add(b);
          const list = byFile.get(b.figure.source.file);
          if (list) list.push(b);
          else byFile.set(b.figure.source.file, [b]);
        }
      }
      partners.set(a, byFile);
    }
    const findings: CheckFinding[] = [];
    for (const a of candidates) {
      for (const [file, bs] of partners.get(a) ?? []) {
        // each pair once, placed in the file that sorts first
        if (compareFiles(a.figure.source.file, file) >= 0) continue;
        for (const b of bs) {
          const params = { a: a.figure.text, b: b.figure.text, file, subject: label(a, b) };
          if (agrees(a, b)) {
            findings.push(finding(rule, 'agree', 'cross-agree', params, [a.figure, b.figure]));
            continue;
          }
          // a conflict must be mutual and alone: neither figure measures anything else in the other file
          if (bs.length !== 1 || partners.get(b)?.get(a.figure.source.file)?.length !== 1) continue;
          const apart = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
          const sure = a.subject.byNoun && b.subject.byNoun && a.period !== null && a.period === b.period;
          const severity = sure && apart > ERROR_APART ? 'error' : 'warning';
          findings.push(finding(rule, 'conflict', 'cross-conflict', { ...params, apart }, [a.figure, b.figure], { severity }));
        }
      }
    }
    return findings;
  },
});

const sameMeasure = (a: Candidate, b: Candidate): boolean =>
  comparable(a.figure, b.figure) && sameSubject(a.subject, b.subject) && (!a.period || !b.period || a.period === b.period);

/** "Liege handled 326 million parcels in 2022": a sentence with one year dates its figures. */
function periodOf(s: SentenceFigures, p: Placed): string | null {
  if (p.figure.period) return p.figure.period;
  const years = new Set(s.figures.filter((q) => q.figure.kind === 'year' && q.figure.iso).map((q) => q.figure.iso));
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** One value reads as a rounding of the other. */
const agrees = (a: Candidate, b: Candidate): boolean => inside(a.interval, b.value) || inside(b.interval, a.value);

/** The subject both figures share, for the message: the lexicon's name before a noun. */
function label(a: Candidate, b: Candidate): string {
  const shared = a.subject.keys.find((k) => b.subject.keys.includes(k)) ?? '';
  return shared.replace(/^(subject|noun):/, '');
}
