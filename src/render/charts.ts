import type { Lang } from '../types.js';
import type { GlanceMeasure, GlanceRow } from './glance.js';
import type { SourceKey } from './sheet-index.js';

/*
 * The first page's charts as geometry: templates/partials/chart-*.hbs print it as inline SVG, so
 * the page needs no script and every label goes through Handlebars' escaping. Each chart says
 * its numbers in text too (labels beside the marks, and a <title>/<desc>), for print and for
 * screen readers. Coordinates are in SVG user units; the SVG scales to the column.
 */

export const CHART_WIDTH = 700;
const ROW = 18;
const TOP = 8;
const LABEL_END = 170;
const TRACK_START = 180;
const TRACK_END = 360;
const TEXT_START = 372;

/** A change from → to, each on a track scaled to the larger end of that change. */
export interface TransitionMark {
  y: number;
  label: string;
  lang: Lang | null;
  fromX: number;
  toX: number;
  /** the arrow's tip stops short of the dot */
  tipX: number;
  text: string;
  up: boolean;
  anchor: string | null;
}

export interface TransitionChart {
  width: number;
  height: number;
  trackStart: number;
  trackEnd: number;
  labelEnd: number;
  textStart: number;
  marks: TransitionMark[];
  /** the chart's numbers in one sentence, for <desc> */
  desc: string;
}

const scale = (value: number, max: number) =>
  TRACK_START + (max > 0 ? (Math.abs(value) / max) * (TRACK_END - TRACK_START) : 0);

/** The changes among the measures at a glance, at most `limit`; null when there is none. */
export function transitionChart(measures: GlanceMeasure[], limit = 6): TransitionChart | null {
  const changes: { measure: GlanceMeasure; row: GlanceRow }[] = [];
  for (const measure of measures)
    for (const row of measure.rows) if (row.change && changes.length < limit) changes.push({ measure, row });
  if (changes.length === 0) return null;
  const marks = changes.map(({ measure, row }, k): TransitionMark => {
    const from = row.numbers.from ?? 0;
    const to = row.numbers.to ?? 0;
    const max = Math.max(Math.abs(from), Math.abs(to));
    const fromX = scale(from, max);
    const toX = scale(to, max);
    const change = row.change as NonNullable<GlanceRow['change']>;
    const delta = change.delta ? ` (${change.delta})` : '';
    return {
      y: TOP + k * ROW + ROW / 2,
      label: fit(measure.label, LABEL_END - 4),
      lang: measure.lang,
      fromX,
      toX,
      tipX: toX + (toX >= fromX ? -5 : 5),
      text: `${change.from} → ${row.value}${delta}`,
      up: change.up,
      anchor: row.anchor,
    };
  });
  return {
    // a long change widens the chart, which the page then scales to the column
    width: Math.max(CHART_WIDTH, ...marks.map((mark) => Math.ceil(TEXT_START + textWidth(mark.text)))),
    height: TOP * 2 + marks.length * ROW,
    trackStart: TRACK_START,
    trackEnd: TRACK_END,
    labelEnd: LABEL_END,
    textStart: TEXT_START,
    marks,
    desc: changes.map(({ measure }, k) => `${measure.label}: ${marks[k]?.text ?? ''}`).join('; '),
  };
}

/** One value and which sources state it: a dot per source. */
export interface CorroborationLine {
  y: number;
  label: string;
  lang: Lang | null;
  dots: { x: number; stated: boolean; key: string }[];
  text: string;
  anchor: string | null;
}

export interface CorroborationChart {
  width: number;
  height: number;
  labelEnd: number;
  textStart: number;
  columns: { x: number; key: string }[];
  lines: CorroborationLine[];
  desc: string;
}

const CELL = 26;
/** The dot matrix is narrower than a full-width chart, so that the periods chart fits beside it. */
const DOTS_LABEL_END = 170;
const DOTS_START = 180;

/**
 * Which source states which value at a glance, for sheets of at most `maxSources` sources (a
 * dot matrix of more is noise; the table's counts say it then); null without a value stated
 * in two or more sources or when the sources are too many.
 */
export function corroborationChart(
  measures: GlanceMeasure[],
  sources: SourceKey[],
  words: { of: string; sources: string },
  limit = 6,
  maxSources = 8,
): CorroborationChart | null {
  if (sources.length < 2 || sources.length > maxSources) return null;
  const rows = measures.flatMap((measure) => measure.rows.map((row) => ({ measure, row })));
  if (!rows.some(({ row }) => row.agree > 1)) return null;
  const chosen = rows.slice(0, limit);
  const columns = sources.map((source, k) => ({ x: DOTS_START + CELL / 2 + k * CELL, key: source.key }));
  const textStart = DOTS_START + sources.length * CELL + 10;
  const lines = chosen.map(({ measure, row }, k): CorroborationLine => {
    const stated = new Set(row.sources.map((s) => s.key));
    return {
      y: TOP + 16 + k * ROW + ROW / 2,
      // the value says what it is ("14.6 million TEU"); the measure is in the table and the <desc>
      label: fit(row.value, DOTS_LABEL_END - 4),
      lang: measure.lang,
      dots: columns.map((column) => ({ x: column.x, stated: stated.has(column.key), key: column.key })),
      text: `${row.agree}/${sources.length}`,
      anchor: row.anchor,
    };
  });
  return {
    width: textStart + 36,
    height: TOP * 2 + 16 + lines.length * ROW,
    labelEnd: DOTS_LABEL_END,
    textStart,
    columns,
    lines,
    desc: chosen
      .map(
        ({ measure, row }) =>
          `${measure.label}: ${row.value}: ${row.agree} ${words.of} ${sources.length} ${words.sources} (${row.sources.map((s) => s.key).join(', ')})`,
      )
      .join('; '),
  };
}

/** One measure's values by period, a bar each: what a figure was, is and is expected to be. */
export interface PeriodChart {
  width: number;
  height: number;
  label: string;
  lang: Lang | null;
  barStart: number;
  bars: {
    y: number;
    textY: number;
    period: string;
    width: number;
    textX: number;
    text: string;
    anchor: string | null;
  }[];
  desc: string;
}

const PERIOD_WIDTH = 228;
const BAR_START = 42;
const BAR_END = 130;

/**
 * The first measure at a glance stated for three periods or more (a change's two ends count),
 * in period order; null when there is none. Only periods that start with a year are ordered.
 */
export function periodChart(measures: GlanceMeasure[]): PeriodChart | null {
  for (const measure of measures) {
    const points = new Map<string, { value: number; text: string; anchor: string | null }>();
    for (const row of measure.rows) {
      const { change, numbers } = row;
      if (change?.fromPeriod && numbers.from !== null && !points.has(change.fromPeriod))
        points.set(change.fromPeriod, { value: numbers.from, text: change.from, anchor: row.anchor });
      if (row.period && numbers.to !== null && !points.has(row.period))
        points.set(row.period, { value: numbers.to, text: row.value, anchor: row.anchor });
    }
    const years = [...points]
      .filter(([period]) => /^\d{4}/.test(period))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (years.length < 3) continue;
    const max = Math.max(...years.map(([, p]) => Math.abs(p.value)));
    const bars = years.map(([period, point], k) => {
      const width = max > 0 ? (Math.abs(point.value) / max) * (BAR_END - BAR_START) : 0;
      return {
        y: TOP + k * ROW + 3,
        textY: TOP + k * ROW + ROW / 2,
        period,
        width,
        textX: BAR_START + width + 5,
        text: point.text,
        anchor: point.anchor,
      };
    });
    return {
      width: Math.max(PERIOD_WIDTH, ...bars.map((bar) => Math.ceil(bar.textX + textWidth(bar.text)) + 4)),
      height: TOP * 2 + bars.length * ROW,
      label: measure.label,
      lang: measure.lang,
      barStart: BAR_START,
      bars,
      desc: `${measure.label}: ${bars.map((bar) => `${bar.period} ${bar.text}`).join(', ')}`,
    };
  }
  return null;
}

/** `text` cut with "…" to what sets within `width` (the full text is in the table and the <desc>). */
export function fit(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = '';
  for (const c of text) {
    if (textWidth(`${out}${c}…`) > width) break;
    out += c;
  }
  return `${out}…`;
}

/** About how wide `text` sets at the charts' 11 px bold: a CJK character is a full em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += (c.codePointAt(0) ?? 0) >= 0x2e80 ? 11 : 6.6;
  return width;
}
