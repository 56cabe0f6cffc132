import type { Figure, Statement, StatementRole } from '../types.js';
import { comparable, endsOf } from './quantity.js';
import type { CheckContext } from './rule.js';

/** A statement's figures by role, with what its links bring in (a base, a referent, a total). */
export interface StatementView {
  statement: Statement;
  all(role: StatementRole): Figure[];
  /** the one figure in a role; undefined when none or several */
  one(role: StatementRole): Figure | undefined;
  /** the level the change ends at: `new`, else the one value or total */
  end(): Figure | undefined;
  /** the level the change starts from: `old`, else a base or referent that links bring in */
  start(): Figure | undefined;
}

/** A plain loop: every rule asks for roles many times, and flatMap's arrays per figure showed in profiles. */
function figuresOf(s: Statement, role: StatementRole, context: CheckContext): Figure[] {
  const out: Figure[] = [];
  for (const f of s.figures) {
    if (f.role !== role) continue;
    const figure = context.figures.get(f.figure);
    if (figure !== undefined && figure.interval !== null) out.push(figure);
  }
  return out;
}

const single = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

/**
 * Whether a statement states a change of its own level ("credits rose $557m (1%) to $41,293m"): a
 * change stated after it with no level ("Services credits fell $62m") is of a narrower measure.
 */
const changes = (s: Statement): boolean => s.figures.some((f) => f.role === 'change' || f.role === 'rate');

/** The one level a statement states: its `new`, or its only value or total. */
export function levelOf(s: Statement, context: CheckContext): Figure | undefined {
  // 春运前三天旅客发送量增加117.8万人次: with a change stated, a level is in the change's units
  const change = single(figuresOf(s, 'change', context));
  const fit = (list: Figure[]): Figure[] => (change ? list.filter((f) => comparable(f, change)) : list);
  return (
    single(fit(figuresOf(s, 'new', context))) ??
    single(fit([...figuresOf(s, 'value', context), ...figuresOf(s, 'total', context)]))
  );
}

/** A statement's view, made once for a run of the rules: every rule looks at every statement. */
export function viewOf(statement: Statement, context: CheckContext): StatementView {
  let view = context.views.get(statement);
  if (!view) context.views.set(statement, (view = makeView(statement, context)));
  return view;
}

function makeView(statement: Statement, context: CheckContext): StatementView {
  const byRole = new Map<StatementRole, Figure[]>();
  const all = (role: StatementRole): Figure[] => {
    let list = byRole.get(role);
    if (!list) byRole.set(role, (list = figuresOf(statement, role, context)));
    return list;
  };
  const linked = (type: 'refers-to' | 'base-of'): Statement[] =>
    statement.links.flatMap((l) =>
      l.type === type ? [context.statementsById.get(l.statement)].filter((x): x is Statement => x !== undefined) : [],
    );
  // a statement that states the base of this one: 上年投入 4.6 亿元 after 比上年增加 1.2 亿元
  const bases = context.basesOf.get(statement.id) ?? [];
  const referent = linked('refers-to')[0];
  // "from 4.1 million to 6.6 million" as one figure: its ends are the start and the end
  const range = statement.figures
    .filter((f) => f.transition)
    .map((f) => context.figures.get(f.figure))
    .find((f) => f !== undefined);
  const ends = range ? endsOf(range) : null;
  const ownEnd = (): Figure | undefined => ends?.[1] ?? levelOf(statement, context);
  const ownStart = (): Figure | undefined => ends?.[0] ?? single(all('old'));
  return {
    statement,
    all,
    one: (role) => single(all(role)),
    end: () => ownEnd() ?? (referent && !changes(referent) ? levelOf(referent, context) : undefined),
    start: () => {
      const own = ownStart();
      if (own) return own;
      const base = bases.map((s) => levelOf(s, context)).find((f) => f !== undefined);
      if (base) return base;
      return referent && ownEnd() ? levelOf(referent, context) : undefined;
    },
  };
}
