import type { Figure, FigureLink, SourceInfo } from '../types.js';

const ROLE_RANK: Record<FigureLink['role'], number> = { from: 0, low: 0, to: 1, high: 1 };

/**
 * Figures in reading order, as one run per file: listed sources first, in their order, then
 * other files by name, then figures of no file; in a file by position. Each file is sorted on
 * its own: a sheet of 100,000 figures is then thousands of small sorts of figures mostly in order
 * already, comparing numbers, not one sort comparing file names millions of times.
 */
export function readingOrder(figures: Figure[], sources: SourceInfo[]): Figure[][] {
  const byFile = new Map<string | null, Figure[]>();
  // a file's figures mostly come one after another: a file name compared is cheaper than one hashed
  let file: string | null | undefined;
  let run: Figure[] = [];
  for (const figure of figures) {
    if (figure.source.file !== file) {
      file = figure.source.file;
      const started = byFile.get(file);
      run = started ?? [];
      if (!started) byFile.set(file, run);
    }
    run.push(figure);
  }
  const listed = new Map(sources.map((source, index) => [source.file, index]));
  const files = [...byFile.keys()].map((file) => ({
    file,
    place: file === null ? Infinity : (listed.get(file) ?? sources.length),
    name: file ?? '',
  }));
  files.sort((a, b) => a.place - b.place || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return files.map(({ file }) => inPlace(byFile.get(file) ?? []));
}

/** A file's figures by position: mostly in order already, then only checked. */
function inPlace(figures: Figure[]): Figure[] {
  let previous: Figure | undefined;
  for (const figure of figures) {
    if (previous && byPosition(previous, figure) > 0) return figures.sort(byPosition);
    previous = figure;
  }
  return figures;
}

function byPosition(a: Figure, b: Figure): number {
  return a.source.start - b.source.start || a.source.end - b.source.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Figures shown together: one figure, or the ends of a range or transition, from → to. */
export interface Block<T> {
  /** the link the ends share; null for a figure on its own */
  link: Pick<FigureLink, 'type' | 'trigger'> | null;
  members: T[];
}

/**
 * Splits a group's rows into blocks of linked figures, each block where its first figure is.
 * Only a link both ends agree on joins a block; a one-sided one is shown as "linked to".
 */
export function clusters<T extends { figure: Figure }>(rows: T[]): Block<T>[] {
  // most figures link to nothing and stand alone: only the linked ones go through the union-find
  const byId = new Map<string, T>();
  for (const row of rows) if (row.figure.link) byId.set(row.figure.id, row);
  const root = new Map<T, T>();
  const find = (row: T): T => {
    const parent = root.get(row) ?? row;
    return parent === row ? row : find(parent);
  };
  for (const row of rows) {
    const link = row.figure.link;
    const partner = link ? byId.get(link.other) : undefined;
    const mutual = partner?.figure.link?.other === row.figure.id && partner.figure.link.type === link?.type;
    if (partner && mutual && find(partner) !== find(row)) root.set(find(partner), find(row));
  }
  if (root.size === 0) return rows.map((row) => ({ link: null, members: [row] }));
  const blocks: Block<T>[] = [];
  const blockOf = new Map<T, Block<T>>();
  for (const row of rows) {
    const head = find(row);
    const block = blockOf.get(head);
    if (block) block.members.push(row);
    else {
      const started: Block<T> = { link: null, members: [row] };
      blockOf.set(head, started);
      blocks.push(started);
    }
  }
  for (const block of blocks) {
    if (block.members.length === 1) continue;
    const rank = (row: T) => (row.figure.link ? ROLE_RANK[row.figure.link.role] : 2);
    block.members.sort((a, b) => rank(a) - rank(b));
    const links = block.members.map((row) => row.figure.link).filter((link) => link !== undefined);
    const type = links[0]?.type;
    const trigger = links.find((link) => link.trigger !== undefined)?.trigger;
    block.link = type === undefined ? null : { type, trigger };
  }
  return blocks;
}
