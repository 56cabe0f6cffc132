import type { Figure, Finding, Statement } from '../../types.js';
import { say } from '../messages.js';
import { inside, si } from '../quantity.js';
import { defineRule, finding } from '../rule.js';
import { facets, genericNouns, partner, subjects, type Subject } from '../subjects.js';

const ID = 'cross-source';

/**
 * Roles that state a level of the measure, or its average (日均, "an average of"), which is
 * compared only with averages; a bound ("topped $1 trillion"), a base or a change is neither.
 */
const LEVELS = new Set(['value', 'new', 'total', 'average']);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every subject form, English whole words in any case, Chinese anywhere; longer forms first. */
const forms = subjects
  .flatMap((subject) => [
    ...subject.en.map((w) => ({ subject, w, re: `\\b${escape(w).replace(/ /g, '\\s+')}\\b` })),
    ...subject.zh.map((w) => ({ subject, w, re: escape(w) })),
  ])
  .sort((a, b) => b.w.length - a.w.length);
const anyForm = new RegExp(forms.map((f) => f.re).join('|'), 'gi');
/** A matched form, case and spaces folded, to its subjects (one form may name several: "exports"). */
const fold = (w: string): string => w.toLowerCase().replace(/\s+/g, ' ');
const byForm = new Map<string, Subject[]>();
for (const f of forms) byForm.set(fold(f.w), [...(byForm.get(fold(f.w)) ?? []), f.subject]);
const generic = new Set(genericNouns.map((n) => n.toLowerCase()));

const facetForms = facets.flatMap((facet) => [
  ...facet.en.map((w) => ({ id: facet.id, re: new RegExp(`\\b${escape(w).replace(/ /g, '\\s+')}\\b`, 'i') })),
  ...facet.zh.map((w) => ({ id: facet.id, re: new RegExp(escape(w)) })),
]);
/** Which part of its subject the words name (urban, goods), if any. */
const facetIn = (words: string): string => {
  const to = partner.exec(words);
  return to ? `to ${to[1] ?? to[2] ?? to[3]}` : (facetForms.find((f) => f.re.test(words))?.id ?? '');
};

/** The subject named nearest the end of `words` (the one closest to the figure), fit for its kind. */
function subjectIn(words: string | null | undefined, f: Figure, nearestLast: boolean): Subject | undefined {
  if (!words) return undefined;
  let found: Subject | undefined;
  anyForm.lastIndex = 0;
  for (let m = anyForm.exec(words); m !== null; m = anyForm.exec(words)) {
    const subject = byForm.get(fold(m[0]))?.find((x) => x.kinds.includes(f.kind));
    if (!subject) continue;
    found = subject;
    if (!nearestLast) break;
  }
  return found;
}

interface Candidate {
  figure: Figure;
  key: string;
  /** what it measures (subject or noun) */
  what: string;
  period: string;
  /** the part of its subject its words name (urban, goods), or '' */
  facet: string;
}

/** What a figure measures, by its noun, the words before it, or its statement's subject. */
function candidateOf(
  f: Figure,
  s: Statement,
  name: string | undefined,
  after: string | undefined,
  average: boolean,
): Candidate | null {
  if (f.qualifier !== 'exact' && f.qualifier !== 'approx') return null;
  const noun = f.noun && !generic.has(f.noun.toLowerCase()) ? f.noun : null;
  const found =
    subjectIn(noun, f, false) ??
    subjectIn(f.text, f, false) ??
    subjectIn(name, f, true) ??
    subjectIn(after, f, false) ??
    subjectIn(s.subject, f, true);
  // "Net profit for the quarter came to $421m": the name near the figure may say only the broader measure
  const narrower = found && subjectIn(s.subject, f, true);
  const subject = narrower?.of === found?.id ? narrower : found;
  // no subject in the lexicon: the counted noun itself ("six global logistics centres")
  const id = subject?.id ?? (noun ? `noun:${noun.toLowerCase()}` : null);
  if (id === null) return null;
  // the statement's period is in one notation for every language (2023 H1, M1-9)
  const period = s.period ?? '';
  const dimension = f.kind === 'money' ? f.unit : f.kind;
  return {
    figure: f,
    key: `${id}\u0000${dimension}${average ? '\u0000average' : ''}`,
    facet: [name, s.subject, after].map((words) => facetIn(words ?? '')).find(Boolean) ?? '',
    what: subject?.id ?? noun ?? id,
    period,
  };
}

const compare = (a: string | null, b: string | null): number => (a === b ? 0 : (a ?? '') < (b ?? '') ? -1 : 1);

/** Whether two figures can both be right: either value lies inside the other's interval, or within a last digit of it. */
const agree = (a: Figure, b: Figure): boolean => {
  const x = si(a);
  const y = si(b);
  const vx = (x[0] + (x[1] ?? x[0])) / 2;
  const vy = (y[0] + (y[1] ?? y[0])) / 2;
  // 3210亿 of 3210.6亿: a coarser figure may be cut, not rounded, so it may lie a whole last digit off
  const unit = Math.max((x[1] ?? x[0]) - x[0], (y[1] ?? y[0]) - y[0]);
  return inside(x, vy) || inside(y, vx) || vx === vy || Math.abs(vx - vy) < unit * (1 - 1e-9);
};

/**
 * The same measure across documents and languages, grouped by key (subject, dimension) and period:
 * one finding per group. All in one cluster: the sources agree. Otherwise each figure outside the
 * largest cluster, stated once in its file, conflicts with it. Cost: a sort per group.
 */
export const crossSource = defineRule({
  id: ID,
  scope: 'sources',
  description:
    'The same measure (subject, period, unit) stated in several sources, in either language, agrees or conflicts.',
  examples: [
    {
      name: '1440万标箱 and 14.4 million TEU agree',
      text: [
        { name: 'a.txt', text: '2023年,该港集装箱吞吐量为1440万标箱。' },
        { name: 'b.md', text: 'The port handled 14.4 million TEU in 2023.' },
      ],
      verdicts: ['agree'],
    },
    {
      name: 'a threshold is no value',
      text: [
        { name: 'a.txt', text: 'Online sales topped $1 trillion in 2023 for the first time.' },
        { name: 'b.md', text: 'Online sales totalled $1.14 trillion in 2023.' },
      ],
      verdicts: [],
    },
    {
      name: 'a conflict',
      text: [
        { name: 'a.txt', text: 'The airport handled 45.1 million passengers in 2023.' },
        { name: 'b.md', text: '2023年,该机场旅客吞吐量4150万人次。' },
      ],
      verdicts: ['conflict'],
    },
  ],
  check: (context) => {
    const groups = new Map<string, Candidate[]>();
    for (const s of context.statements) {
      for (const entry of s.figures) {
        const f = context.figures.get(entry.figure);
        if (!f || !LEVELS.has(entry.role) || f.interval === null || f.value === null) continue;
        const c = candidateOf(f, s, entry.name, entry.nameAfter, entry.role === 'average');
        if (!c) continue;
        const group = groups.get(c.key);
        if (group) group.push(c);
        else groups.set(c.key, [c]);
      }
    }
    return [...groups.values()].flatMap((group) =>
      byPart(group, (c) => c.period).flatMap((dated) => byPart(dated, (c) => c.facet).flatMap((same) => judge(same))),
    );
  },
});

/**
 * A measure's figures by period (or by facet: urban, rural). A figure whose period is not stated
 * joins the one period the others state; when they state several, it could be any of them and is
 * compared with none.
 */
function byPart(group: Candidate[], partOf: (c: Candidate) => string): Candidate[][] {
  const parts = new Map<string, Candidate[]>();
  for (const c of group) if (partOf(c)) parts.set(partOf(c), [...(parts.get(partOf(c)) ?? []), c]);
  const unnamed = group.filter((c) => !partOf(c));
  if (parts.size === 0) return [unnamed];
  if (parts.size === 1) return [[...unnamed, ...([...parts.values()][0] as Candidate[])]];
  return [...parts.values()];
}

function judge(group: Candidate[]): Finding[] {
  const files = new Set(group.map((c) => c.figure.source.file));
  if (files.size < 2) return [];
  const first = group[0] as Candidate;
  const label = [first.what, group.find((c) => c.period)?.period].filter(Boolean).join(', ');
  // by value, then by place: the same input in any order gives the same groups and findings
  const sorted = [...group].sort(
    (a, b) =>
      si(a.figure)[0] - si(b.figure)[0] ||
      compare(a.figure.source.file, b.figure.source.file) ||
      a.figure.source.start - b.figure.source.start,
  );
  const clusters: Figure[][] = [];
  for (const c of sorted) {
    const last = clusters[clusters.length - 1];
    // sorted by value: agreeing with the cluster's two ends is agreeing with all of it
    if (last && agree(last[0] as Figure, c.figure) && agree(last[last.length - 1] as Figure, c.figure))
      last.push(c.figure);
    else clusters.push([c.figure]);
  }
  const filesOf = (cluster: Figure[]): Set<string | null> => new Set(cluster.map((f) => f.source.file));
  const agreeing = (cluster: Figure[]): Finding[] =>
    filesOf(cluster).size < 2
      ? []
      : [
          finding(
            ID,
            'agree',
            say.agree(cluster, label),
            cluster,
            cluster[0]?.source as Figure['source'],
            cluster.find((f) => f.source.file !== cluster[0]?.source.file)?.source,
          ),
        ];
  if (clusters.length === 1) return agreeing(clusters[0] as Figure[]);
  // a conflict needs the measure certain: with no period stated, two values may be two dates
  if (!group.some((c) => c.period)) return [];
  const sizes = new Map(clusters.map((c) => [c, filesOf(c).size]));
  const consensus = clusters.reduce((best, c) => ((sizes.get(c) ?? 0) > (sizes.get(best) ?? 0) ? c : best));
  const consensusFiles = filesOf(consensus);
  const perFile = new Map<string | null, number>();
  for (const c of group) perFile.set(c.figure.source.file, (perFile.get(c.figure.source.file) ?? 0) + 1);
  // a figure whose period is not stated was only taken to be of the others': it agrees or is silent;
  // one that names no part of its subject may be of the whole, and one that names a part of it
  const dated = new Set(group.filter((c) => c.period).map((c) => c.figure));
  const facet = new Map(group.map((c) => [c.figure, c.facet]));
  const conflicts = clusters.flatMap((cluster) => {
    if (cluster === consensus) return [];
    // a file that states the measure twice may give a sub-total or an update: no conflict from it
    return cluster.flatMap((f) => {
      const other = consensus.find(
        (g) => g.source.file !== f.source.file && dated.has(g) && facet.get(g) === facet.get(f),
      );
      // one that agrees with a figure of the consensus (1440万 with 14.4 million) is not certain to differ
      if (consensus.some((g) => agree(g, f))) return [];
      if (!other || !dated.has(f) || perFile.get(f.source.file) !== 1 || consensusFiles.has(f.source.file)) return [];
      const apart =
        Math.abs((f.value ?? 0) - (other.value ?? 0)) /
        Math.max(Math.abs(f.value ?? 0), Math.abs(other.value ?? 0), 1e-12);
      return [
        finding(ID, 'conflict', say.conflict(f, other, label, apart, consensus), [f, other], f.source, other.source),
      ];
    });
  });
  // the other values all come from files that state the measure twice (a sub-total, an update, the
  // year before): what the sources share still agrees
  return conflicts.length > 0 ? conflicts : agreeing(consensus);
}
