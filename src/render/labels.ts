import type { FigureKind, Lang, Qualifier, Severity, Verdict } from '../types.js';

/*
 * Wording of the sheet, one table per enum of ../types.ts. Typed as `Record<Enum, …>` so that a
 * member added to types.ts fails to compile here until it has a label; the schema test compares
 * these keys with the JSON Schema enums, so the three stay in step.
 */

/** Kind labels, in the order the summary lists them. */
export const KIND_LABELS: Record<FigureKind, string> = {
  money: 'Money',
  area: 'Area',
  mass: 'Mass',
  length: 'Length',
  volume: 'Volume',
  duration: 'Duration',
  temperature: 'Temperature',
  speed: 'Speed',
  count: 'Count',
  percent: 'Percent',
  pp: 'Percentage points',
  fraction: 'Fraction',
  multiplier: 'Multiplier',
  ordinal: 'Ordinal',
  rank: 'Rank',
  rate: 'Rate',
  year: 'Year',
  date: 'Date',
  other: 'Other',
};

/** `exact` says nothing: the sheet shows no word for it. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  approx: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'at most',
};

export const QUALIFIER_WORDS_ZH: Record<Qualifier, string> = {
  exact: '',
  approx: '约',
  'more-than': '超过',
  'less-than': '不到',
  'at-least': '至少',
  'at-most': '至多',
};

export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

/** Severity words of the findings' badges. */
export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'note' },
  zh: { error: '错误', warning: '警告', info: '提示' },
};

/** Sort rank: errors first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const VERDICT_LABELS: Record<Verdict, string> = {
  holds: 'Holds',
  fails: 'Fails',
  mismatch: 'Mismatch',
  agree: 'Agree',
  conflict: 'Conflict',
  unverifiable: 'Unverifiable',
};

export const VERDICT_LABELS_ZH: Record<Verdict, string> = {
  holds: '成立',
  fails: '不成立',
  mismatch: '不符',
  agree: '一致',
  conflict: '矛盾',
  unverifiable: '无法核实',
};

/** Kind labels in Chinese, for a sheet read in Chinese. */
export const KIND_LABELS_ZH: Record<FigureKind, string> = {
  money: '金额',
  area: '面积',
  mass: '质量',
  length: '长度',
  volume: '体积',
  duration: '时长',
  temperature: '温度',
  speed: '速度',
  count: '数量',
  percent: '百分比',
  pp: '百分点',
  fraction: '比例',
  multiplier: '倍数',
  ordinal: '序数',
  rank: '排名',
  rate: '频率',
  year: '年份',
  date: '日期',
  other: '其他',
};

/** The sheet's own words in each reader language: headings, column heads, short phrases. */
export const UI_TEXT = {
  en: {
    eyebrow: 'Fact sheet',
    glance: 'At a glance',
    measure: 'What is measured',
    value: 'Value',
    written: 'As written',
    period: 'Period',
    sources: 'Sources',
    checks: 'Checks',
    findings: 'Findings',
    notes: 'Notes',
    conflict: 'conflict',
    of: 'of',
    noKey: 'No money, quantities, counts or percentages found.',
    transitions: 'Changes stated',
    corroboration: 'Which source states what',
    periods: 'Across periods',
    parts: 'A total and its parts',
    comparison: 'Side by side',
    appendix: 'Appendix',
    allFigures: 'Every figure',
    dates: 'Dates and years',
    quotes: 'The sentences quoted',
    sourceTable: 'Sources',
    file: 'File',
    title: 'Title',
    publisher: 'Publisher',
    date: 'Date',
    language: 'Language',
    address: 'Address',
    count: 'Figures',
    where: 'Where',
    verdict: 'Verdict',
    message: 'What was computed',
    corroborated: 'Stated alike in several sources',
    noFindings: 'No findings.',
    diagnostics: 'Diagnostics',
    stated: 'stated',
  },
  zh: {
    eyebrow: '事实核查单',
    glance: '要点一览',
    measure: '统计对象',
    value: '数值',
    written: '原文',
    period: '时期',
    sources: '来源',
    checks: '核查',
    findings: '核查结果',
    notes: '提示',
    conflict: '矛盾',
    of: '/',
    noKey: '未发现金额、数量、计数或百分比。',
    transitions: '所述变化',
    corroboration: '各来源所述',
    periods: '各时期',
    parts: '总量及其构成',
    comparison: '并列比较',
    appendix: '附录',
    allFigures: '全部数字',
    dates: '日期与年份',
    quotes: '引用的句子',
    sourceTable: '来源',
    file: '文件',
    title: '标题',
    publisher: '发布者',
    date: '日期',
    language: '语言',
    address: '网址',
    count: '数字',
    where: '位置',
    verdict: '结论',
    message: '计算',
    corroborated: '多个来源所述一致',
    noFindings: '无核查结果。',
    diagnostics: '诊断',
    stated: '所述',
  },
} satisfies Record<Lang, Record<string, string>>;

/** Counted words of the sheet's first line: [one, many]; Chinese uses a measure word and no plural. */
export const COUNT_WORDS = {
  en: {
    figures: ['figure', 'figures'],
    sources: ['source', 'sources'],
    errors: ['error', 'errors'],
    warnings: ['warning', 'warnings'],
    notes: ['note', 'notes'],
  },
  zh: {
    figures: ['个数字', '个数字'],
    sources: ['个来源', '个来源'],
    errors: ['个错误', '个错误'],
    warnings: ['个警告', '个警告'],
    notes: ['条提示', '条提示'],
  },
} satisfies Record<Lang, Record<string, readonly [string, string]>>;

/** `3 figures`, `1 error`, `3个数字`. */
export function counted(n: number, lang: Lang, word: keyof (typeof COUNT_WORDS)['en']): string {
  const [one, many] = COUNT_WORDS[lang][word];
  return lang === 'zh' ? `${n}${one}` : `${n} ${n === 1 ? one : many}`;
}

export type UiText = (typeof UI_TEXT)['en'];

/**
 * The words around what a statement says is measured, per source language, cut from a measure's
 * label: `lead` opens a clause ("said revenue", 将其仓库面积), `link` joins a measure to its
 * value ("Net profit was", 贸易总值为). A label that ends in one of `ends`, or has one of `inner`
 * anywhere, says who did what, not what is measured ("China's", 列日机场去年处理了, 直接将货物推入). `counters` say what a figure is counted in,
 * not what is counted (29697万人, 30.1万辆): the statement says that. `verbs` say who did what:
 * the measure is the words after the last of them ("Meridian Port Group reported revenue",
 * 子午港口集团去年实现营业收入). `spaced`: words are
 * separated by spaces, and matched whole and in any case.
 */
/** A table's words, written as one string, a space apart. */
const words = (list: string): string[] => list.split(' ');

export const MEASURE_WORDS: Record<
  Lang,
  {
    spaced: boolean;
    lead: string[];
    link: string[];
    verbs: string[];
    ends: string[];
    inner: string[];
    counters: string[];
  }
> = {
  en: {
    spaced: true,
    lead: words(
      'and but while or as so also said says that which whereas although of from in at to for by with on after before',
    ),
    link: words(
      'a an the is are was were be been has have had it its whom at of to from for by on in with up down over than ' +
        'now still already about around nearly some just only record stood stands worth reached reaches hit hits ' +
        'totaled totalled totals came comes amounted amounts accounted accounting cost costs covers covered spans ' +
        'spanned holds held handles handled employs employed',
    ),
    verbs: words('reported reports posted posts recorded records expects expected'),
    ends: words("'s ’s"),
    inner: [],
    counters: words('units pieces items times'),
  },
  zh: {
    spaced: false,
    lead: words('其中 另有 以及 同时 同時 将其 將其 而 则 則 将 將 其 据 據 但 并 並 且'),
    link: words(
      '为 為 是 达到 達到 达 達 约为 約為 约占 約佔 约 約 已 即 仅 僅 共有 共 有 将 將 预计 預計 的 占 佔 收于 收於 报收 報收 ' +
        '超过 超過 突破 逾 近 到 至 以 也',
    ),
    verbs: words('实现 實現 完成 录得 錄得 销售 銷售 接待'),
    ends: [],
    inner: words('了 将 將 把'),
    counters: words(
      '人 人次 名 个 個 位 辆 輛 件 只 隻 头 頭 条 條 所 家 座 张 張 台 艘 架 列 项 項 次 场 場 间 間 套 户 戶 班 剂次 例 宗 批 份 点 點 注',
    ),
  },
};
