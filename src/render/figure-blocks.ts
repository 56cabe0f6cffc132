import type { Figure, SourceInfo } from '../types.js';

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
