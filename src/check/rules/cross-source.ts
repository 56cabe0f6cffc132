import type { Figure } from '../../types.js';
import { example } from '../example.js';
import { comparable, contains, isAmount, measured, type Interval } from '../quantity.js';
import { defineRule, finding, type CheckFinding } from '../rule.js';
import { sentencesOf } from '../sentences.js';
import { sameSubject, subjectOf, type FigureSubject } from '../subject.js';

const rule = { id: 'cross-source' };

/** Values further apart than this share of the larger are a conflict worth an error. */
const ERROR_APART = 0.1;

interface Candidate {
  figure: Figure;
  subject: FigureSubject;
  value: number;
  interval: Interval;
}

/**
 * The same measure in two sources. Two figures from different files are about the same measure
 * when they are of one kind in comparable units (one currency: there are no exchange rates
 * here), name the same subject (their nouns, or the bilingual lexicon; a figure without a noun
 * takes the subject mentioned nearest to it), and state the same period when both state one.
 *
 * - `agree` (info): either value lies in the other's interval, so one reads as a rounding of the
 *   other ("about 326 million" and 3.26 亿); intervals that merely touch (€2bn, 30 亿欧元) do not.
 * - `conflict`: they cannot both be right. Reported only when each file has exactly one figure
 *   for that measure and neither agrees with any other, so a sub-total never "conflicts" with a
 *   total. An error when both nouns name the subject and the values are more than 10 % apart;
 *   a warning otherwise (a subject guessed from context, or a gap that rounding or a later
 *   update may explain).
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
  check({ figures }) {
    const byFile = new Map<string | null, Candidate[]>();
    for (const s of sentencesOf(figures)) {
      for (const p of s.figures) {
        const subject = isAmount(p.figure) ? subjectOf(s, p) : null;
        const m = measured(p.figure);
        if (!subject || !m) continue;
        const list = byFile.get(s.file) ?? [];
        list.push({ figure: p.figure, subject, ...m });
        byFile.set(s.file, list);
      }
    }
    const files = [...byFile.keys()];
    const findings: CheckFinding[] = [];
    files.forEach((fileA, i) => {
      for (const fileB of files.slice(i + 1)) findings.push(...compareFiles(byFile.get(fileA) ?? [], byFile.get(fileB) ?? []));
    });
    return findings;
  },
});

const sameMeasure = (a: Candidate, b: Candidate): boolean =>
  comparable(a.figure, b.figure) && sameSubject(a.subject, b.subject) && (!a.figure.period || !b.figure.period || a.figure.period === b.figure.period);

/** The findings between two files: every agreeing pair, and unambiguous conflicts. */
function compareFiles(as: Candidate[], bs: Candidate[]): CheckFinding[] {
  const matches = as.map((a) => bs.filter((b) => sameMeasure(a, b)));
  const agrees = (a: Candidate, b: Candidate): boolean => contains(a.interval, b.value) || contains(b.interval, a.value);
  const findings: CheckFinding[] = [];
  as.forEach((a, k) => {
    const partners = matches[k] ?? [];
    for (const b of partners.filter((b) => agrees(a, b))) {
      findings.push(finding(rule, 'agree', 'cross-agree', { a: a.figure.text, b: b.figure.text, file: b.figure.source.file, subject: label(a, b) }, [a.figure, b.figure]));
    }
    const [b] = partners;
    if (partners.length !== 1 || !b || agrees(a, b)) return;
    // the conflict must be mutual and alone: b measures nothing else in a's file
    const rivals = as.filter((x) => sameMeasure(x, b));
    if (rivals.length !== 1) return;
    const apart = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
    const severity = a.subject.byNoun && b.subject.byNoun && apart > ERROR_APART ? 'error' : 'warning';
    findings.push(finding(rule, 'conflict', 'cross-conflict', { a: a.figure.text, b: b.figure.text, file: b.figure.source.file, subject: label(a, b), apart }, [a.figure, b.figure], { severity }));
  });
  return findings;
}

/** The subject both figures share, for the message: the lexicon's name before a noun. */
function label(a: Candidate, b: Candidate): string {
  const shared = a.subject.keys.find((k) => b.subject.keys.includes(k)) ?? '';
  return shared.replace(/^(subject|noun):/, '');
}
