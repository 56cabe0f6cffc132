import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from './figures.js';

const run = (files: Record<string, string>) => findingsOf('cross-source', files).map((f) => ({ ...summary(f, files), message: f.message, cause: f.cause?.file }));

const zhDeficit = '但根据比利时国家银行的数据，比利时对华贸易逆差从 2021 年的 37 亿欧元扩大到 2022 年的 91 亿欧元。';

describe('cross-source', () => {
  it('the trade deficit in English and Chinese agrees, period by period', () => {
    const files = { 'en.txt': "Belgium's trade deficit with China widened from 3.7 billion euros in 2021 to 9.1 billion euros in 2022.", 'zh.txt': zhDeficit };
    expect(run(files)).toEqual([
      { verdict: 'agree', code: 'cross-agree', severity: 'info', at: '3.7 billion euros', cause: 'zh.txt', message: '`3.7 billion euros` agrees with `37 亿欧元` in zh.txt (trade deficit)' },
      { verdict: 'agree', code: 'cross-agree', severity: 'info', at: '9.1 billion euros', cause: 'zh.txt', message: '`9.1 billion euros` agrees with `91 亿欧元` in zh.txt (trade deficit)' },
    ]);
  });

  it('a different 2022 deficit conflicts (a warning: the subject comes from the context)', () => {
    const files = { 'en.txt': "Belgium's trade gap with China widened from 3.7 billion euros in 2021 to 8.1 billion euros in 2022.", 'zh.txt': zhDeficit };
    expect(run(files)).toEqual([
      expect.objectContaining({ verdict: 'agree', at: '3.7 billion euros' }),
      expect.objectContaining({
        verdict: 'conflict', code: 'cross-conflict', severity: 'warning', at: '8.1 billion euros',
        message: '`8.1 billion euros` conflicts with `91 亿欧元` in zh.txt (trade deficit): 11% apart',
      }),
    ]);
  });

  it('parcels and 包裹 agree; a count far off is an error only when both nouns and the year match', () => {
    const zh = { 'zh.txt': '根据海关数据，列日机场 2022 年处理了约 3.26 亿件包裹。' };
    expect(run({ 'en.txt': 'Liege airport handled about 326 million parcels last year.', ...zh })).toMatchObject([
      { verdict: 'agree', at: 'about 326 million', message: '`about 326 million` agrees with `约 3.26 亿件` in zh.txt (parcels)' },
    ]);
    expect(run({ 'en.txt': 'Liege airport handled 200 million parcels in 2022.', ...zh })).toMatchObject([
      { verdict: 'conflict', severity: 'error', at: '200 million', message: '`200 million` conflicts with `约 3.26 亿件` in zh.txt (parcels): 39% apart' },
    ]);
    expect(run({ 'en.txt': 'Liege airport handled 200 million parcels last year.', ...zh })).toMatchObject([{ verdict: 'conflict', severity: 'warning' }]);
    expect(run({ 'en.txt': 'Liege airport handled 200 million parcels in 2021.', ...zh })).toEqual([]);
  });

  it('compares rates in a news unit with a base of its own (TEU), per year and per month', () => {
    const files = {
      'a.txt': 'The port handled 4.8 million TEU a year of container throughput in 2023.',
      'b.txt': 'In 2023 the port handled 400,000 TEU a month of container throughput.',
    };
    expect(run(files)).toMatchObject([{ verdict: 'agree', at: '4.8 million TEU a year' }]);
  });

  it('generic nouns say nothing: 800 people and 600 人 are not compared', () => {
    expect(run({ 'en.txt': 'About 800 people attended.', 'zh.txt': '约 600 人出席。' })).toEqual([]);
  });

  it('masks and ventilators are told apart', () => {
    const files = {
      'en.txt': 'China sent 800 ventilators and 2 million masks to Belgium.',
      'zh.txt': '中国向比利时运送了 800 台呼吸机和 200 万只口罩。',
    };
    expect(run(files).map((f) => [f.verdict, f.at])).toEqual([['agree', '800'], ['agree', '2 million']]);
  });

  it('no comparison across currencies, within one file, between periods, or of bare counts', () => {
    expect(run({ 'a.txt': 'The trade deficit was $35.5 billion.', 'b.txt': '贸易逆差为355亿欧元。' })).toEqual([]);
    expect(run({ 'a.txt': 'The trade deficit was €3.7bn. Later the trade deficit was €9.1bn.' })).toEqual([]);
    expect(run({ 'a.txt': 'The trade deficit was €3.7bn in 2021.', 'b.txt': 'The trade deficit was €9.1bn in 2022.' })).toEqual([]);
    expect(run({ 'a.txt': 'It took 800.', 'b.txt': 'It took 600.' })).toEqual([]);
  });

  it('intervals that only touch do not agree', () => {
    expect(run({ 'a.txt': 'Exports reached €2bn.', 'b.txt': '出口额为 30 亿欧元。' })).toMatchObject([{ verdict: 'conflict' }]);
  });

  it('no conflict when a file has two figures for the subject', () => {
    const files = { 'en.txt': 'Exports reached €5bn, and exports of machinery €2bn.', 'zh.txt': '出口额为 38 亿欧元。' };
    expect(run(files)).toEqual([]);
  });
});

describe('cross-source at scale', () => {
  it('a subject in thousands of files names no single measure, and costs no quadratic time', () => {
    const files = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`${String(i).padStart(5, '0')}.txt`, `The port handled ${i + 1} ships.`]));
    const started = performance.now();
    expect(run(files)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
