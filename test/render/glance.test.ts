import { describe, expect, it } from 'vitest';
import { corroborationChart, periodChart, transitionChart } from '../../src/render/charts.js';
import { buildGlance, topN, TOP_MEASURES } from '../../src/render/glance.js';
import { claimsByFigure, isKeyFigure, measureOf } from '../../src/render/measure.js';
import { indexSheet, majorityLang } from '../../src/render/sheet-index.js';
import type { FactSheet, Figure, Statement } from '../../src/types.js';
import { renderHtml } from '../../src/render/index.js';
import { STORY_DIR, builtSheet, plainFigure, sampleSheet, textSheet } from './sheets.js';

const at = (file: string, start: number, over: Partial<Figure>): Figure =>
  plainFigure({ id: `${file}#${start}`, source: { file, start, end: start + 1, line: 1, column: start + 1 }, ...over });

/** The story as the figures alone group it: by noun, kind and unit. */
const withoutStatements = (): FactSheet => ({ ...builtSheet(STORY_DIR), statements: [] });

const sheetOf = (figures: Figure[], statements: Statement[] = []): FactSheet => ({
  title: 't',
  generated: null,
  sources: [],
  figures,
  statements,
  findings: [],
  diagnostics: [],
});

describe('isKeyFigure', () => {
  it('keeps money, quantities, percentages and counts of a thing; not years, dates, ranks or “the two nations”', () => {
    const key = (over: Partial<Figure>) => isKeyFigure(plainFigure(over), undefined);
    expect(key({ kind: 'money', unit: 'EUR', value: 5 })).toBe(true);
    expect(key({ kind: 'percent', unit: '%', value: 5 })).toBe(true);
    expect(key({ kind: 'count', noun: 'masks', value: 800 })).toBe(true);
    expect(key({ kind: 'count', unit: 'TEU', value: 1.46e7 })).toBe(true);
    expect(key({ kind: 'count', noun: 'nations', value: 2 })).toBe(false);
    expect(key({ kind: 'count', noun: null, value: 800 })).toBe(false);
    for (const kind of ['year', 'date', 'rank', 'ordinal'] as const) expect(key({ kind, value: 2021 })).toBe(false);
  });
});

describe('measureOf', () => {
  const revenue: Statement = {
    id: 'a.txt#s0.0',
    sentence: 'a.txt#s0',
    source: { file: 'a.txt', start: 0, end: 9, line: 1, column: 1 },
    lang: 'en',
    subject: 'Revenue',
    period: '2023',
    direction: 'up',
    basis: null,
    trigger: 'rose',
    figures: [{ role: 'new', figure: 'a.txt#1' }],
    links: [],
  };

  it('is the noun the figure counts, else the statement’s subject, else the kind and unit', () => {
    const claim = { statement: revenue, role: 'new' as const };
    expect(measureOf(at('a.txt', 1, { noun: 'Masks' }), claim)).toMatchObject({
      label: 'Masks',
      key: 'n\u0000masks\u0000',
    });
    expect(measureOf(at('a.txt', 1, { kind: 'money', unit: 'EUR' }), claim)).toMatchObject({
      key: 's\u0000revenue',
      label: 'Revenue',
    });
    expect(measureOf(at('a.txt', 1, { kind: 'money', unit: 'EUR' }), undefined)).toMatchObject({
      label: null,
      key: 'k\u0000money\u0000EUR',
    });
  });

  it('takes what the statement says is measured, not the words that join it to its value', () => {
    const labels = (text: string) => {
      const sheet = textSheet({ 'a.txt': text });
      const claims = claimsByFigure(sheet.statements);
      return sheet.figures.filter((f) => f.kind !== 'year').map((f) => [f.text, measureOf(f, claims.get(f.id)).label]);
    };
    // before: "Net profit was", "The trade surplus stood", 我国与东盟贸易总值为
    expect(labels('Net profit was 6.1 billion yuan.')).toEqual([['6.1 billion yuan', 'Net profit']]);
    expect(labels('The trade surplus stood at 5.78 trillion yuan.')).toEqual([
      ['5.78 trillion yuan', 'The trade surplus'],
    ]);
    expect(labels('我国与东盟贸易总值为6.41万亿元。')).toEqual([['6.41万亿元', '我国与东盟贸易总值']]);
    // before: 营方子午港口集团去年实现营业收入 (the subject cut at 16 characters)
    expect(labels('港口运营方子午港口集团去年实现营业收入382亿元。')).toEqual([['382亿元', '营业收入']]);
  });

  it('prefers the statement to a counter (人, 辆), and a later level’s own name to the clause’s subject', () => {
    const labels = (text: string) => {
      const sheet = textSheet({ 'a.txt': text });
      const claims = claimsByFigure(sheet.statements);
      return sheet.figures.map((f) => measureOf(f, claims.get(f.id)).label);
    };
    // before: 辆, 人 and 在校生's 人
    expect(labels('截至去年底，全国新能源汽车保有量达2472万辆。')).toEqual(['全国新能源汽车保有量']);
    expect(labels('全国共有各级各类学校49.83万所，在校生2.93亿人。')).toEqual(['全国共有各级各类学校', '在校生']);
    // before: 列日机场去年处理了 for the tonnes; the parcels keep their noun
    expect(labels('数据显示，列日机场去年处理了约 3.26 亿件包裹，吞吐量为 110 万吨。')).toEqual(['包裹', '吞吐量']);
    // a noun that names a thing stays: the clause around it says who, not what
    expect(labels('Its site near Maastricht is one of six global logistics centres.')).toEqual([
      'global logistics centres',
    ]);
    // an action names no measure: the kind and unit say it
    expect(labels('阿里巴巴为该地区陷入困境的经济注入了 1 亿欧元投资。')).toEqual([null]);
  });

  it('groups the sheet at a glance by subject once statements exist', () => {
    const figures = [
      at('a.txt', 1, { kind: 'money', unit: 'EUR', value: 9e9 }),
      at('b.txt', 1, { kind: 'money', unit: 'EUR', value: 2e6 }),
    ];
    const glance = buildGlance(indexSheet(sheetOf(figures, [revenue]), 'en'));
    expect(glance.map((m) => m.label)).toEqual(['Revenue', 'Money (EUR)']);
    expect(glance[0]!.rows[0]).toMatchObject({ value: '€9 billion', period: '2023' });
  });
});

describe('buildGlance', () => {
  it('makes one row of a value however many sources state it, and counts them', () => {
    const figures = ['a.txt', 'b.txt', 'c.txt'].map((file) =>
      at(file, 3, { kind: 'count', noun: 'masks', value: 800, text: '800' }),
    );
    const [measure] = buildGlance(
      indexSheet(sheetOf([...figures, at('c.txt', 9, { kind: 'count', noun: 'masks', value: 900 })]), 'en'),
    );
    expect(measure!.rows.map((row) => [row.value, row.agree, row.sources.map((s) => s.key)])).toEqual([
      ['800', 3, ['S1', 'S2', 'S3']],
      ['900', 1, ['S3']],
    ]);
  });

  it('shows at most the top measures, however large the sheet', () => {
    const figures = Array.from({ length: 500 }, (_, k) =>
      at(`f${k % 7}.txt`, k, { kind: 'count', noun: `thing ${k}`, value: k + 3 }),
    );
    expect(buildGlance(indexSheet(sheetOf(figures), 'en'))).toHaveLength(TOP_MEASURES);
  });

  it('ranks values stated in more sources and changes first', () => {
    const labels = buildGlance(indexSheet(withoutStatements(), 'en')).map((m) => m.label);
    expect(labels.slice(0, 3)).toEqual(['Count (TEU)', 'Money (CNY)', 'Money (USD)']);
  });

  it('joins a value that sources state under subjects worded their own way', () => {
    const [first] = buildGlance(indexSheet(builtSheet(STORY_DIR), 'en'));
    expect(first!.rows[0]).toMatchObject({ value: '14.6 million TEU', agree: 4 });
  });
});

describe('topN', () => {
  it('keeps the n best in order, the earlier of equals first', () => {
    expect(topN([5, 1, 9, 3, 9, 7], 3, (a, b) => b - a)).toEqual([9, 9, 7]);
    expect(topN([], 3, (a: number, b: number) => a - b)).toEqual([]);
  });
});

describe('charts', () => {
  const glance = buildGlance(indexSheet(withoutStatements(), 'en'));
  it('draws each change on its own scale, the numbers in text', () => {
    const chart = transitionChart(glance)!;
    expect(chart.marks[0]).toMatchObject({
      label: 'Count (TEU)',
      text: '12.4 million TEU → 14.6 million TEU (+17.7%)',
      up: true,
    });
    expect(chart.marks[0]!.fromX).toBeLessThan(chart.marks[0]!.toX);
    expect(chart.desc).toContain('Count (TEU): 12.4 million TEU → 14.6 million TEU (+17.7%)');
  });
  it('draws a measure across its periods in order, a change’s start among them', () => {
    const chart = periodChart(glance)!;
    expect(chart.label).toBe('Count (TEU)');
    expect(chart.bars.map((bar) => `${bar.period} ${bar.text}`)).toEqual([
      '2022 12.4 million TEU',
      '2023 14.6 million TEU',
      '2024 more than 16 million TEU',
      '2026 18 million TEU',
    ]);
    expect(chart.bars.at(-1)!.width).toBeGreaterThan(chart.bars[0]!.width);
  });

  it('marks which source states which value, and leaves out a sheet of one source', () => {
    const keys = [...indexSheet(withoutStatements(), 'en').sourceKeys.values()];
    const chart = corroborationChart(glance, keys, { of: 'of', sources: 'sources' })!;
    expect(chart.lines[0]!.dots.map((d) => d.stated)).toEqual([true, true, true, false, true]);
    expect(chart.lines[0]!.text).toBe('4/5');
    expect(chart.desc).toContain('Count (TEU): 14.6 million TEU: 4 of 5 sources (S1, S2, S3, S5)');
    expect(corroborationChart(glance, keys.slice(0, 1), { of: 'of', sources: 'sources' })).toBeNull();
  });
});

describe('majorityLang', () => {
  it('reads the sheet in the language of most sources, English on a tie', () => {
    expect(majorityLang(builtSheet(STORY_DIR))).toBe('en');
    expect(majorityLang(sampleSheet())).toBe('en');
    const zh = sampleSheet();
    zh.sources.push({ file: 'c.txt', lang: 'zh' });
    expect(majorityLang(zh)).toBe('zh');
  });
});

describe('at a glance with the statements of the checks', () => {
  const sheet = builtSheet(STORY_DIR);
  const id = (file: string, text: string) => sheet.figures.find((f) => f.source.file === file && f.text === text)!.id;
  const statement = (
    file: string,
    subject: string,
    figures: Statement['figures'],
    over: Partial<Statement> = {},
  ): Statement => ({
    id: `${file}#s1.0`,
    sentence: `${file}#s1`,
    source: { file, start: 0, end: 1, line: 1, column: 1 },
    lang: 'en',
    subject,
    period: '2023',
    direction: 'up',
    basis: null,
    trigger: 'rose',
    figures,
    links: [],
    ...over,
  });
  sheet.statements = [
    statement(
      '02_business.html',
      'container throughput',
      [
        { role: 'new', figure: id('02_business.html', '14.6 million TEU') },
        { role: 'rate', figure: id('02_business.html', '17.7%') },
      ],
      { basis: 'year-on-year' },
    ),
    statement('01_wire.md', 'Container throughput', [
      { role: 'old', figure: id('01_wire.md', '12.4 million TEU') },
      { role: 'new', figure: id('01_wire.md', '14.6 million TEU') },
    ]),
  ];
  const message = '`14.6 million TEU` against `1480万标准箱`';
  const { source } = sheet.figures[0]!;
  sheet.findings.push({
    ruleId: 'cross-source',
    severity: 'warning',
    verdict: 'conflict',
    message,
    reason: message,
    figures: [id('01_wire.md', '14.6 million TEU'), id('04_local.md', '1480万标准箱')],
    source,
    place: { start: { line: source.line, column: source.column, offset: source.start }, end: { offset: source.end } },
    url: '',
  });
  const glance = buildGlance(indexSheet(sheet, 'en'));
  const throughput = glance.find((m) => m.label === 'Container throughput')!;

  it('groups by subject, the stated rate on the level’s row, not a row of its own', () => {
    expect(throughput.rows[0]).toMatchObject({
      value: '14.6 million TEU',
      stated: 'stated +17.7% year-on-year',
      conflict: '1 conflict',
    });
    expect(throughput.rows[0]!.change).toMatchObject({ from: '12.4 million TEU', delta: '+17.7%' });
    expect(throughput.rows.map((r) => r.value)).not.toContain('17.7%');
  });

  it('renders it', () => {
    const html = renderHtml(sheet);
    expect(html).toContain('<span class="stated">stated +17.7% year-on-year</span>');
    expect(html).toContain('<span class="conflict">1 conflict</span>');
  });
});
