import { describe, expect, it } from 'vitest';
import { comparisonChart } from '../../src/render/comparison.js';
import { renderHtml } from '../../src/render/index.js';
import { indexSheet } from '../../src/render/sheet-index.js';
import type { FactSheet, Lang } from '../../src/types.js';
import { PAYLOADS, SEEDS_DIR, STORY_DIR, TRADE_DIR, builtSheet, textSheet } from './sheets.js';

const chartOf = (sheet: FactSheet, lang: Lang = 'en') => comparisonChart(sheet.statements, indexSheet(sheet, lang));

describe('comparable figures side by side', () => {
  it('draws a total and its parts (其中) that every source states, with each part’s share', () => {
    const chart = chartOf(builtSheet(TRADE_DIR))!;
    expect(chart).toMatchObject({ parts: true, period: '2023' });
    expect(chart.desc).toBe(
      '中國貨物貿易進出口總值: 41.76 trillion yuan; 出口: 23.77 trillion yuan (56.9%); 進口: 17.99 trillion yuan (43.1%)',
    );
    expect(chart.bars.map((bar) => [bar.total, bar.lang])).toEqual([
      [true, 'zh'],
      [false, 'zh'],
      [false, 'zh'],
    ]);
    // bars to scale: the parts of 41.76 are 23.77 and 17.99 of it
    const [total, exports, imports] = chart.bars.map((bar) => bar.width);
    expect(exports! / total!).toBeCloseTo(23.77 / 41.76, 5);
    expect(imports! / total!).toBeCloseTo(17.99 / 41.76, 5);
    // a label too long for its line is cut; the <desc> keeps it whole
    expect(chart.bars[0]!.label).toMatch(/^中國貨物貿易.*…$/);
    expect(chartOf(builtSheet(TRADE_DIR), 'zh')!.desc).toContain('出口: 23.77万亿元 (56.9%)');
  });

  it('sets the sides of a difference side by side: exports, imports and the surplus', () => {
    const sheet = textSheet({
      'a.txt': '其中，出口7.81万亿元，增长4.9%；进口6万亿元，增长6.8%；贸易顺差1.81万亿元，收窄1.5%。',
    });
    const chart = chartOf(sheet, 'zh')!;
    expect(chart.parts).toBe(false);
    expect(chart.desc).toBe('出口: 7.81万亿元; 进口: 6万亿元; 贸易顺差: 1.81万亿元');
    expect(chart.bars[0]!.width).toBe(chart.width - 2);
    expect(chart.bars[1]!.width / chart.bars[0]!.width).toBeCloseTo(6 / 7.81, 5);
  });

  it('names each measure as its statement does: revenue against net profit in the story', () => {
    expect(chartOf(builtSheet(STORY_DIR))!.desc).toBe('营业收入: 38.2 billion yuan; 净利润: 6.1 billion yuan');
  });

  it('is absent when nothing compares: different things, counters without names, the seeds', () => {
    const things = textSheet({
      'a.txt': 'A donation of 800 ventilators, 300,000 sets of protective clothing and 300,000 face shields arrived.',
    });
    expect(chartOf(things)).toBeNull();
    expect(chartOf(textSheet({ 'b.txt': 'BBC中文报道，这场火灾造成至少17人死亡，另有40多人受伤。' }), 'zh')).toBeNull();
    expect(chartOf(builtSheet(SEEDS_DIR))).toBeNull();
  });

  it('renders as an SVG with a title and the numbers in text, the source’s words escaped', () => {
    const sheet = builtSheet(TRADE_DIR);
    for (const statement of sheet.statements) if (statement.subject === '出口') statement.subject = PAYLOADS.script;
    const html = renderHtml(sheet);
    const chart = html.slice(
      html.indexOf('<title id="chart-comparison-title">'),
      html.indexOf('</svg>', html.indexOf('chart-comparison-title')),
    );
    expect(chart).toContain('<title id="chart-comparison-title">A total and its parts · 2023</title>');
    expect(chart).toContain('&lt;script&gt;alert(1)&lt;/script&gt;: 23.77 trillion yuan (56.9%)');
    expect(chart).toContain('>17.99 trillion yuan (43.1%)</text>');
    expect(chart).not.toContain('<script');
  });
});
