import type { Figure, FigureLink, SourceInfo } from '../types.js';
import type { ClusterView, FigureRowView } from './view-model.js';

const ROLE_RANK: Record<FigureLink['role'], number> = { from: 0, low: 0, to: 1, high: 1 };

/** Figures in reading order: listed sources first, in their order, then other files by name. */
export function figureOrder(sources: SourceInfo[]): (a: Figure, b: Figure) => number {
  const listed = new Map(sources.map((source, index) => [source.file, index]));
  // one key per file, not two per comparison: sorting 100,000 figures compares millions of times
  const keys = new Map<string | null, [number, string]>();
  const fileKey = (file: string | null): [number, string] => {
    let key = keys.get(file);
    if (key === undefined) {
      key = file === null ? [2, ''] : listed.has(file) ? [0, String(listed.get(file)).padStart(9, '0')] : [1, file];
      keys.set(file, key);
    }
    return key;
  };
  return (a, b) => {
    const [ra, ka] = fileKey(a.source.file);
    const [rb, kb] = fileKey(b.source.file);
    return (
      ra - rb ||
      (ka < kb ? -1 : ka > kb ? 1 : 0) ||
      a.source.start - b.source.start ||
      a.source.end - b.source.end ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  };
}

/** Splits a group's rows into blocks of linked figures, each block where its first figure is. */
export function clusters(rows: FigureRowView[]): ClusterView[] {
  const byId = new Map(rows.map((row) => [row.figure.id, row]));
  const root = new Map<FigureRowView, FigureRowView>();
  const find = (row: FigureRowView): FigureRowView => {
    const parent = root.get(row) ?? row;
    return parent === row ? row : find(parent);
  };
  for (const row of rows) {
    // Only a link both ends agree on joins a block; a one-sided one is shown as "linked to".
    const link = row.figure.link;
    const partner = link ? byId.get(link.other) : undefined;
    const mutual = partner?.figure.link?.other === row.figure.id && partner.figure.link.type === link?.type;
    if (partner && mutual && find(partner) !== find(row)) root.set(find(partner), find(row));
  }
  const blocks = new Map<FigureRowView, FigureRowView[]>();
  for (const row of rows) blocks.set(find(row), [...(blocks.get(find(row)) ?? []), row]);
  return [...blocks.values()].map((members): ClusterView => {
    if (members.length === 1) return { linkType: null, label: null, trigger: null, rows: members };
    const rank = (row: FigureRowView) => (row.figure.link ? ROLE_RANK[row.figure.link.role] : 2);
    const ordered = members.slice().sort((a, b) => rank(a) - rank(b));
    const links = ordered.map((row) => row.figure.link).filter((link) => link !== undefined);
    for (const row of ordered) row.role = row.figure.link?.role ?? null;
    const linkType = links[0]?.type ?? null;
    return {
      linkType,
      label: linkType === 'range' ? 'Range' : 'Transition',
      trigger: links.find((link) => link.trigger !== undefined)?.trigger ?? null,
      rows: ordered,
    };
  });
}
