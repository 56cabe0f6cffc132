import type { IngestedDocument } from '../ingest/types.js';
import { LineIndex } from '../location.js';
import type { Figure, NonFigure, RangeEnd, SourcePointer, Statement } from '../types.js';
import type { Candidate } from './candidate.js';
import type { DateOrder } from './dates.js';
import { figureDigest, hashText } from './digest.js';
import { explainNumerals } from './explain.js';
import { scan } from './scan.js';
import type { Sentence } from './sentences.js';
import { readStatements, type SentenceInput } from './statements/index.js';

/** A figure before normalization: no interval yet, and the stated precision to derive it from. */
export type ExtractedFigure = Omit<Figure, 'interval'> & {
  /** power of ten of the last stated digit (€3.7bn → 8) */
  place: number;
};

export interface Extraction {
  figures: ExtractedFigure[];
  /** numerals that are not figures, with the reason; filled when `explain` is asked for */
  nonFigures: NonFigure[];
  /** the claims those sentences make */
  statements: Statement[];
}

export interface ExtractOptions {
  dateOrder?: DateOrder | null;
  explain?: boolean;
  /**
   * read the statements the sentences make (default true): the checks need them; `extract
   * --jsonl` gives figures only and skips the cost (about a third of extraction's)
   */
  statements?: boolean;
}

/** Longest quote kept around a figure: a 5 MB line without full stops must not be copied per figure. */
const MAX_SENTENCE = 400;

/** Every figure in a document, with its source pointer, sentence and a stable id. */
export function extractDocument(doc: IngestedDocument, options: ExtractOptions = {}): Extraction {
  const { candidates, skipped, sentences, sentenceOf } = scan(doc.prose, {
    dateOrder: options.dateOrder ?? null,
    masked: doc.masked,
  });
  const lines = new LineIndex(doc.text);
  const fileName = doc.file === null ? 'text' : (doc.file.split(/[\\/]/).pop() ?? doc.file);
  const pointer = (start: number, end: number): SourcePointer => {
    const { line, column } = lines.locate(start);
    const p: SourcePointer = { file: doc.file, start, end, line, column };
    if (doc.byteOffset) {
      p.byteStart = doc.byteOffset(start);
      p.byteEnd = doc.byteOffset(end);
    }
    return p;
  };
  // occurrences so far by sentence, then by kind and text: the sentence string is the figure's
  // own, so no long key is built and kept per figure
  const seen = new SaidBySentence();
  // candidates come sentence by sentence: a sentence with many figures is quoted once (unless it
  // is long and quoted in windows)
  let quotedIndex = -1;
  let quoted = '';
  let quotedSaid: Said[] = [];
  let quotedHash = 0;
  const figures: ExtractedFigure[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const index = sentenceOf[k] ?? 0;
    let sentence = quoted;
    let said = quotedSaid;
    let sentenceHash = quotedHash;
    if (index !== quotedIndex) {
      const s = sentences[index];
      sentence = quote(doc.prose, s, c);
      said = seen.of(sentence);
      sentenceHash = hashText(sentence);
      if (s && s.end - s.start <= MAX_SENTENCE) {
        quotedIndex = index;
        quoted = sentence;
        quotedSaid = said;
        quotedHash = sentenceHash;
      }
    }
    const text = doc.text.slice(c.start, c.end);
    // the id hashes what the figure says and where in its sentence, never its offset, so
    // editing another paragraph leaves it unchanged
    const n = occurrence(said, c.kind, text);
    const digest = figureDigest(sentenceHash, c.kind, text, n);
    const figure = toFigure(c, `${fileName}#${digest}`, text, sentence, pointer(c.start, c.end));
    if (c.ends) figure.ends = [rangeEnd(c.ends[0], doc.text, pointer), rangeEnd(c.ends[1], doc.text, pointer)];
    figures.push(figure);
  }
  // links joined candidates; now they can name ids (the map only for a document with links)
  let figureOf: Map<Candidate, ExtractedFigure | undefined> | undefined;
  candidates.forEach((c, k) => {
    if (!c.link) return;
    figureOf ??= new Map(candidates.map((d, n) => [d, figures[n]]));
    const figure = figures[k];
    const other = figureOf.get(c.link.other);
    if (figure && other)
      figure.link = {
        type: c.link.type,
        role: c.link.role,
        other: other.id,
        ...(c.link.trigger ? { trigger: c.link.trigger } : {}),
      };
  });
  const nonFigures = options.explain ? explainNumerals(doc, candidates, skipped, pointer) : [];
  const statements =
    options.statements === false
      ? []
      : readStatements(doc.prose, sentenceInputs(figures, sentences, sentenceOf, fileName), pointer);
  return { figures, nonFigures, statements };
}

/** The sentences that hold figures, each with its figures placed, for the statement reader. */
function sentenceInputs(
  figures: ExtractedFigure[],
  sentences: Sentence[],
  sentenceOf: number[],
  fileName: string,
): SentenceInput[] {
  const inputs: SentenceInput[] = [];
  let current: SentenceInput | undefined;
  let currentIndex = -1;
  figures.forEach((f, k) => {
    const index = sentenceOf[k] ?? 0;
    const s = sentences[index];
    if (!s) return;
    if (index !== currentIndex || !current) {
      current = { id: `${fileName}#s${index}`, start: s.start, end: s.end, lang: s.lang, figures: [] };
      currentIndex = index;
      inputs.push(current);
    }
    const link = f.link
      ? { link: { role: f.link.role, other: f.link.other, ...(f.link.trigger ? { trigger: f.link.trigger } : {}) } }
      : {};
    current.figures.push({
      id: f.id,
      start: f.source.start,
      end: f.source.end,
      text: f.text,
      iso: f.iso,
      range: f.range !== undefined,
      kind: f.kind,
      unit: f.unit,
      noun: f.noun,
      qualifier: f.qualifier,
      value: f.value,
      period: f.period ?? null,
      ...link,
    });
  });
  return inputs;
}

/** What a sentence has said so far: each kind and text, and how often. */
interface Said {
  kind: string;
  text: string;
  n: number;
}

/**
 * What each sentence of a text has said so far, by its words. Sentences are looked up by length
 * first: most lengths are one sentence's, and no sentence is hashed then; a length many
 * sentences share gets a map of them.
 */
class SaidBySentence {
  private readonly byLength = new Map<number, Array<{ sentence: string; said: Said[] }> | Map<string, Said[]>>();

  /** What `sentence` has said so far, in this or an earlier sentence of the same words. */
  of(sentence: string): Said[] {
    const bucket = this.byLength.get(sentence.length);
    if (bucket instanceof Map) {
      let said = bucket.get(sentence);
      if (said === undefined) {
        said = [];
        bucket.set(sentence, said);
      }
      return said;
    }
    if (bucket !== undefined) for (const entry of bucket) if (entry.sentence === sentence) return entry.said;
    const said: Said[] = [];
    if (bucket === undefined) this.byLength.set(sentence.length, [{ sentence, said }]);
    else if (bucket.length < SENTENCES_PER_LENGTH) bucket.push({ sentence, said });
    else
      this.byLength.set(
        sentence.length,
        new Map([...bucket.map((entry): [string, Said[]] => [entry.sentence, entry.said]), [sentence, said]]),
      );
    return said;
  }
}

/** Sentences of one length compared one by one, before they get a map. */
const SENTENCES_PER_LENGTH = 8;

/** Counts one more `kind` `text` in a sentence; which occurrence it is. A sentence says little: a list beats a map. */
function occurrence(said: Said[], kind: string, text: string): number {
  for (const entry of said) if (entry.kind === kind && entry.text === text) return ++entry.n;
  said.push({ kind, text, n: 1 });
  return 1;
}

function toFigure(c: Candidate, id: string, text: string, sentence: string, source: SourcePointer): ExtractedFigure {
  const figure: ExtractedFigure = {
    id,
    text,
    value: c.value,
    unit: c.unit,
    kind: c.kind,
    noun: c.noun,
    qualifier: c.qualifier,
    iso: c.iso,
    lang: c.lang,
    sentence,
    source,
    place: c.place,
  };
  if (c.period) figure.period = c.period;
  if (c.note) figure.note = c.note;
  if (c.range) figure.range = c.range;
  return figure;
}

function rangeEnd(c: Candidate, text: string, pointer: (start: number, end: number) => SourcePointer): RangeEnd {
  return {
    text: text.slice(c.start, c.end),
    value: c.value ?? 0,
    qualifier: c.qualifier,
    source: pointer(c.start, c.end),
  };
}

/** The sentence with white space folded; a window around the figure when it is very long. */
function quote(prose: string, sentence: Sentence | undefined, c: Candidate): string {
  if (!sentence) return '';
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > MAX_SENTENCE) {
    // a window centred on the figure; a figure longer than the window (5 MB of digits) is cut too
    const middle = Math.floor((c.start + Math.min(c.end, c.start + MAX_SENTENCE)) / 2);
    start = Math.max(start, middle - MAX_SENTENCE / 2);
    end = Math.min(end, middle + MAX_SENTENCE / 2);
  }
  const raw = prose.slice(start, end);
  const body = (FOLDS_SPACE.test(raw) ? raw.replace(/[\s\u2029]+/g, ' ') : raw).trim();
  return `${start > sentence.start ? '…' : ''}${body}${end < sentence.end ? '…' : ''}`;
}

/** White space other than a single space, which `quote` folds to one space (U+2029 is `\s`). */
const FOLDS_SPACE = /[^\S ]| \s/;
