import type { Diagnostic, FactSheet, Lang, Severity } from '../types.js';
import { appendixGroups, type AppendixGroup } from './appendix.js';
import {
  corroborationChart,
  periodChart,
  transitionChart,
  type CorroborationChart,
  type PeriodChart,
  type TransitionChart,
} from './charts.js';
import { comparisonChart, type ComparisonChart } from './comparison.js';
import { buildFindings, type FindingsView } from './findings-view.js';
import { anchorId, readableUrl, safeHttpUrl } from './format.js';
import { buildGlance, type GlanceMeasure } from './glance.js';
import { counted, LANG_NAMES, UI_TEXT, type UiText } from './labels.js';
import { indexSheet, majorityLang, type SourceKey } from './sheet-index.js';

/*
 * FactSheet → the plain data factsheet.hbs walks. All selection, ordering, cross-referencing and
 * formatting happens here and in the modules it calls, so the templates only print. Optional
 * fields become null: the tests compile the templates in strict mode, where a missing field
 * throws instead of printing nothing.
 */

/** Columns of the sources table that some source fills; empty ones are left out. */
export interface SourceColumns {
  publisher: boolean;
  date: boolean;
  url: boolean;
}

export interface SourceView {
  anchor: string;
  key: string;
  /** the part of the appendix with this source's figures, when there is one */
  groupAnchor: string | null;
  file: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  lang: Lang | null;
  language: string | null;
  /** the address as written, percent-escapes decoded for reading */
  url: string | null;
  /** the address when it is http(s); anything else is shown as text, never linked */
  href: string | null;
  encoding: string | null;
  count: number;
  /** the table's columns (the same for every row) */
  columns: SourceColumns;
}

export interface SheetView {
  lang: Lang;
  ui: UiText;
  title: string;
  /** the line above the title ("Fact sheet"), unless the title says just that */
  eyebrow: string | null;
  generated: string | null;
  summary: { figures: number; dates: number; sources: number; findings: Record<Severity, number>; diagnostics: number };
  /** the first line under the title, counts in words: "48 figures", "1 warning" (null for none) */
  dek: {
    figures: string;
    sources: string;
    range: string | null;
    errors: string | null;
    warnings: string | null;
    notes: string | null;
  };
  /** the running header of each printed page */
  running: { title: string; date: string };
  glance: GlanceMeasure[];
  charts: {
    transitions: TransitionChart | null;
    corroboration: CorroborationChart | null;
    periods: PeriodChart | null;
    comparison: ComparisonChart | null;
    legend: SourceKey[];
  };
  findings: FindingsView;
  sources: SourceView[];
  sourceColumns: SourceColumns;
  groups: AppendixGroup[];
  diagnostics: Diagnostic[];
}

export interface ViewOptions {
  /** the reader's language; default: the sources' majority */
  lang?: Lang;
}

/** Builds the template's view of `sheet`. Pure: the same sheet gives the same view. */
export function buildView(sheet: FactSheet, options: ViewOptions = {}): SheetView {
  const lang = options.lang ?? majorityLang(sheet);
  const ui: UiText = UI_TEXT[lang];
  const index = indexSheet(sheet, lang);
  const glance = buildGlance(index);
  const keys = [...index.sourceKeys.values()];
  const counts = new Map(index.runs.map((run) => [run[0]?.source.file ?? null, run.length]));
  const sources = sourceViews(sheet, keys, counts);
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of sheet.findings) severities[finding.severity] += 1;
  let dates = 0;
  for (const figure of sheet.figures) if (figure.kind === 'date' || figure.kind === 'year') dates++;
  const days = sheet.sources.flatMap((source) => (source.date ? [source.date.slice(0, 10)] : [])).sort();
  const range = days.length === 0 ? null : days[0] === days.at(-1) ? (days[0] ?? null) : `${days[0]} – ${days.at(-1)}`;
  return {
    lang,
    ui,
    title: sheet.title,
    eyebrow: sheet.title.trim().toLowerCase() === ui.eyebrow.toLowerCase() ? null : ui.eyebrow,
    generated: sheet.generated,
    summary: {
      figures: sheet.figures.length,
      dates,
      sources: keys.length,
      findings: severities,
      diagnostics: sheet.diagnostics.length,
    },
    dek: {
      figures: counted(sheet.figures.length, lang, 'figures'),
      sources: counted(keys.length, lang, 'sources'),
      range,
      errors: severities.error ? counted(severities.error, lang, 'errors') : null,
      warnings: severities.warning ? counted(severities.warning, lang, 'warnings') : null,
      notes: severities.info ? counted(severities.info, lang, 'notes') : null,
    },
    running: { title: runningTitle(sheet.title), date: sheet.generated?.slice(0, 10) ?? days.at(-1) ?? '' },
    glance,
    charts: {
      transitions: transitionChart(glance),
      corroboration: corroborationChart(glance, keys, { of: ui.of, sources: ui.sources.toLowerCase() }),
      periods: periodChart(glance),
      comparison: comparisonChart(sheet.statements, index),
      legend: keys.length <= 12 ? keys : [],
    },
    findings: buildFindings(index),
    sources,
    sourceColumns: sources[0]?.columns ?? { publisher: false, date: false, url: false },
    groups: appendixGroups(index, new Set(sheet.sources.map((source) => source.file))),
    diagnostics: sheet.diagnostics,
  };
}

/** The sources table: the listed sources, with their keys and figure counts. */
function sourceViews(sheet: FactSheet, keys: SourceKey[], counts: Map<string | null, number>): SourceView[] {
  const columns: SourceColumns = {
    publisher: sheet.sources.some((source) => source.publisher),
    date: sheet.sources.some((source) => source.date),
    url: sheet.sources.some((source) => source.url),
  };
  const keyOf = new Map(keys.map((key) => [key.file, key.key]));
  return sheet.sources.map((source): SourceView => {
    const count = counts.get(source.file) ?? 0;
    return {
      anchor: anchorId('source', source.file),
      key: keyOf.get(source.file) ?? '',
      groupAnchor: count > 0 ? anchorId('figures', source.file) : null,
      file: source.file,
      title: source.title ?? null,
      publisher: source.publisher ?? null,
      date: source.date ?? null,
      lang: source.lang ?? null,
      language: source.lang ? (LANG_NAMES[source.lang] ?? source.lang) : null,
      url: source.url === undefined ? null : readableUrl(source.url),
      href: safeHttpUrl(source.url),
      encoding: source.encoding ?? null,
      count,
      columns,
    };
  });
}

/** The title cut to what fits a page's header line. */
function runningTitle(title: string): string {
  const chars = [...title];
  return chars.length <= 90 ? title : `${chars.slice(0, 89).join('')}…`;
}
