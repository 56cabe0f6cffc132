/**
 * The shapes every stage agrees on. They follow docs/contract.md: fields may be added,
 * never renamed or dropped.
 */

export type Lang = 'en' | 'zh';

export type FigureKind =
  | 'money'
  | 'area'
  | 'mass'
  | 'length'
  | 'volume'
  | 'duration'
  | 'temperature'
  | 'speed'
  | 'count'
  | 'percent'
  | 'pp'
  | 'fraction'
  | 'multiplier'
  | 'ordinal'
  | 'rank'
  | 'rate'
  | 'year'
  | 'date'
  | 'other';

/** Kinds that state an amount of something (not a percentage, a ratio, a date or a rank). */
export const AMOUNT_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'money',
  'area',
  'mass',
  'length',
  'volume',
  'duration',
  'temperature',
  'speed',
  'count',
  'rate',
  'other',
]);

export type Qualifier = 'exact' | 'approx' | 'more-than' | 'less-than' | 'at-least' | 'at-most';

/** Half-open UTF-16 span `[start, end)` into a file's decoded text, with 1-based line/column. */
export interface SourcePointer {
  file: string | null;
  start: number;
  end: number;
  line: number;
  column: number;
  /** Offsets into the raw bytes, for files not in UTF-8. */
  byteStart?: number;
  byteEnd?: number;
}

/**
 * Two figures of one sentence that belong together: the ends of a transition ("from €3.7bn in
 * 2021 to €9.1bn in 2022"), or of a range whose ends are each a whole figure ("from $1.2 million
 * to $23.5 million").
 */
export interface FigureLink {
  type: 'range' | 'transition';
  role: 'from' | 'to' | 'low' | 'high';
  /** id of the figure at the other end */
  other: string;
  /** the words that state the change ("rose", "扩大到"), when stated */
  trigger?: string;
}

export interface Figure {
  /** `<file name>#<hash>`: stable across runs and across unrelated edits elsewhere in the file */
  id: string;
  /** exactly `raw.slice(source.start, source.end)` */
  text: string;
  /** the number after scale words; null for dates */
  value: number | null;
  /** ISO 4217 for money, a mathjs unit string for measures and rates, % / pp, "" otherwise */
  unit: string;
  kind: FigureKind;
  /** the counted or measured thing, when stated */
  noun: string | null;
  qualifier: Qualifier;
  /**
   * what the stated precision, widened by the qualifier, allows; an open end is null
   * ("more than 800" → [800, null])
   */
  interval: [number, number | null] | null;
  /** ISO form of dates and years */
  iso: string | null;
  lang: Lang;
  /** the sentence the figure stands in, whitespace folded */
  sentence: string;
  source: SourcePointer;
  /** the period the figure refers to when the sentence states it ("in 2021", "去年") */
  period?: string | null;
  link?: FigureLink;
  /**
   * a stated range whose first end is bare ("between 3 and 5 km", "5-7%", "$3-4bn") is one
   * figure: `value` null, `range` its two values, low first, and `ends` where each is written
   */
  range?: [number, number];
  ends?: [RangeEnd, RangeEnd];
  /** a doubt the extractor wants a human to see (an ambiguous scale, a guessed unit) */
  note?: string;
}

/** One end of a stated range, in reading order: "3" and "5 km" of "between 3 and 5 km". */
export interface RangeEnd {
  /** exactly `raw.slice(source.start, source.end)` */
  text: string;
  /** after the unit and scale it borrows from the other end ("3-4 million": 3000000) */
  value: number;
  qualifier: Qualifier;
  source: SourcePointer;
}

export type Severity = 'error' | 'warning' | 'info';
export type Verdict = 'holds' | 'fails' | 'mismatch' | 'agree' | 'conflict' | 'unverifiable';

/**
 * A check's finding, in vfile-message's shape (reason, place with start and end, ruleId, cause,
 * url) plus what a fact-checker needs: the verdict and the figures. `source` is the finding's
 * position (kept from the first contract); `place` is the same position as vfile-message gives it.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  verdict: Verdict;
  message: string;
  /** the message, under vfile-message's name */
  reason: string;
  /** ids of the figures the finding is about */
  figures: string[];
  source: SourcePointer;
  place: { start: { line: number; column: number; offset: number }; end: { offset: number } };
  /** the second place of a cross-check */
  cause?: SourcePointer;
  /** the rule's documentation */
  url: string;
}

/** Why a numeral in a file is not a figure (`extract --explain`). */
export type NonFigureReason =
  | 'markup'
  | 'url'
  | 'comment'
  | 'front-matter'
  | 'code'
  | 'furniture'
  | 'name'
  | 'idiom'
  | 'identifier'
  /** a numeral character inside an ordinary word (万一, 统一) */
  | 'word'
  /** no rule accounts for it: a gap in the grammar, reported so it is never silently lost */
  | 'unclassified';

export interface NonFigure {
  text: string;
  reason: NonFigureReason;
  source: SourcePointer;
}

/** What the files say about themselves (front matter, <title>, <time>). */
export interface DocumentMetadata {
  title?: string;
  date?: string;
  author?: string;
  url?: string;
  lang?: Lang;
}

/** A problem with an input file (ingest) or a document (check), as a linter reports it. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string | null;
  line: number;
  column: number;
}

/** A source file as the sheet cites it: what the file says, or `sources.json` beside it. */
export interface SourceInfo {
  file: string;
  title?: string;
  publisher?: string;
  date?: string;
  lang?: Lang;
  url?: string;
  encoding?: string;
}

/**
 * What a figure does in the claim its sentence makes:
 * - `value`: a level (the measure is this much); `new` / `old`: the ends of a change;
 * - `change`: an absolute change ("up 300,000 tonnes"); `rate`: a relative change (% or pp);
 * - `multiplier`: a change or comparison as a factor (doubled, 翻一番, twice as many);
 * - `share` / `whole`: a part as a fraction of a whole, and the whole it is of;
 * - `total` / `part`: a total and the parts that sum to it (其中, "of which");
 * - `average`: a mean ("an average of"); `threshold`: a bound passed or stayed under (突破, topping);
 * - `conversion`: the same quantity in another currency or unit ("38.2 trillion yuan ($5.4 trillion)").
 */
export type StatementRole =
  | 'value'
  | 'new'
  | 'old'
  | 'change'
  | 'rate'
  | 'multiplier'
  | 'share'
  | 'whole'
  | 'total'
  | 'part'
  | 'average'
  | 'threshold'
  | 'conversion';

export interface StatementFigure {
  role: StatementRole;
  /** figure id */
  figure: string;
  /**
   * how a multiplier reads: `times` ×N; `plus-one` ×(N+1), the increase counted (增长了两倍 is
   * ×3); `either` read both ways in use (扩大两倍: ×2 or ×3)
   */
  reading?: 'times' | 'plus-one' | 'either';
  /**
   * a side of a difference the text names: the result (a surplus), what it adds (exports) and
   * what it takes away (imports); `group` ties the three of one sentence; a `negated` result is
   * what it takes away less what it adds (a deficit of a group that names exports and imports)
   */
  balance?: { group: string; side: 'result' | 'plus' | 'minus'; negated?: boolean };
  /** the words that state a rate or multiplier, as written ("rose 15%", 扩大两倍以上) */
  claim?: string;
  /** a part named as the rest of its total (其他, 非税收入, "the remainder"): the list is whole */
  complement?: boolean;
  /** a range figure written as a change ("from 4.1 million to 6.6 million"): its ends are old and new */
  transition?: boolean;
  /** a rate in percentage points ("up 4.6 points", 提高1.5个百分点), not a percent of the base */
  points?: boolean;
  /** the direction a rate in points states by its own words (扩大0.3个百分点, "a slowdown of 0.3 point") */
  direction?: 'up' | 'down';
  /**
   * the two figures (ids) a share or a multiplier is the ratio of, when its own clause does not
   * give them in roles: a share's part listed under its total sentences before and named again
   * (玉米 … 占粮食总产量的近40%), or the two named sides of 城镇是农村的2.5倍
   */
  ratio?: { numerator: string; denominator: string };
  /** the words right before it that say what it is ("imports of", 进口额), when any */
  name?: string;
  /** the few words right after it, when they may say what it counts ("of grain") */
  nameAfter?: string;
}

/** A claim a sentence makes about one measure, with its figures in roles. */
export interface Statement {
  /** `<sentence id>.<index>` */
  id: string;
  /** the sentence it is made in */
  sentence: string;
  source: SourcePointer;
  lang: Lang;
  /** what is measured, in the source language ("exports", "集装箱吞吐量"); null when not stated */
  subject: string | null;
  /** the period it is about ("2023", "上半年"), when stated */
  period: string | null;
  direction: 'up' | 'down' | null;
  /** what a change is measured against: "year-on-year", "month-on-month", or the words that say it */
  basis: string | null;
  /** the words that state the relation ("rose", "增长", "accounting for"), when stated */
  trigger: string | null;
  figures: StatementFigure[];
  /**
   * the length of time its figures cover, when the text states it ("for October 31 to November 6",
   * 共40天): what an average per day is multiplied by
   */
  span?: { days: number; figures: string[] };
  /**
   * statements this one is tied to: its total (其中, "of which"), the figure it points back to
   * ("That figure"), or the change it states the base of (上年投入 4.6 亿元)
   */
  links: Array<{ type: 'parts-of' | 'refers-to' | 'base-of'; statement: string }>;
}

/** Everything the renderers need: one value, built by the pipeline, written by render/. */
export interface FactSheet {
  title: string;
  /** ISO time of the build, from SOURCE_DATE_EPOCH; null when not set (keeps output reproducible) */
  generated: string | null;
  sources: SourceInfo[];
  figures: Figure[];
  /** the claims the sentences make, figures in roles (checks read these) */
  statements: Statement[];
  findings: Finding[];
  diagnostics: Diagnostic[];
}
