import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/types.js';
import { extractChinese } from './extract-zh.js';

interface Extra {
  qualifier?: string;
  noun?: string;
  iso?: string;
  period?: string;
}
type Expected = [text: string, value: number | null, unit: string, kind: string, extra?: Extra];
interface Case {
  text: string;
  figures: Expected[];
}

const cases = JSON.parse(
  readFileSync(new URL('../../fixtures/extract/zh/news.json', import.meta.url), 'utf8'),
) as Case[];

function row(f: Figure): Expected {
  const out: Expected = [f.text, f.value === null ? null : Number(f.value.toPrecision(12)), f.unit, f.kind];
  const extra: Extra = {};
  if (f.qualifier !== 'exact') extra.qualifier = f.qualifier;
  if (f.noun) extra.noun = f.noun;
  if (f.iso) extra.iso = f.iso;
  if (f.period) extra.period = f.period;
  if (Object.keys(extra).length > 0) out.push(extra);
  return out;
}

/**
 * Chinese news sentences in the style of 新华社, 财新, 法广, BBC中文 and Hong Kong / Taiwan
 * outlets: every figure with its unit, kind, counted noun, qualifier and period, and nothing
 * else — names and idioms with numerals (一带一路, 第一财经, 三星, 七国集团, 双十一), list markers
 * (一是), the article 一 (一家公司) and words like 统一, 唯一, 十分, 千万不要 are no figures.
 */
describe('Chinese news sentences', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const figures = extractChinese(c.text);
    expect(figures.map(row)).toEqual(c.figures);
    for (const f of figures) expect(c.text.slice(f.source.start, f.source.end)).toBe(f.text);
  });
});

describe('Chinese figures one by one', () => {
  const one = (text: string): Expected[] => extractChinese(text).map(row);
  it.each([
    ['三万四千', 34000],
    ['一千二百万', 12_000_000],
    ['两', 2],
    ['一万零五', 10005],
    ['四百零五亿零四百零四万', 40_504_040_000],
    ['一万五', 15000],
    ['百二萬', 1_200_000],
    ['十五点七', 15.7],
    ['三点五亿', 350_000_000],
    ['零点五', 0.5],
    ['壹佰贰拾万', 1_200_000],
    ['一万万', 1e8],
    ['负三十二', -32],
    ['負0.2', -0.2],
    ['1,100万', 11_000_000],
    ['３２６', 326],
    ['3万5', 35000],
    ['1亿2', 120_000_000],
    ['3万4000', 34000],
    ['倆千两百贰拾二', 2222],
  ] as const)('%s = %d', (text, value) => {
    const figures = extractChinese(text);
    expect(figures).toHaveLength(1);
    expect(figures[0]?.value).toBe(value);
    expect(figures[0]?.text).toBe(text);
  });

  it('reads money with its change, and 块 as money only where it is money', () => {
    expect(one('五元三毛')).toEqual([['五元三毛', 5.3, 'CNY', 'money']]);
    expect(one('一块二')).toEqual([['一块二', 1.2, 'CNY', 'money']]);
    expect(one('两美元又三美分')).toEqual([['两美元又三美分', 2.03, 'USD', 'money']]);
    expect(one('他搬来两块石头。')).toEqual([['两块', 2, '', 'count', { noun: '石头' }]]);
    expect(one('人民币3500元')).toEqual([['人民币3500元', 3500, 'CNY', 'money']]);
    expect(one('4人民币5美元')).toEqual([
      ['4人民币', 4, 'CNY', 'money'],
      ['5美元', 5, 'USD', 'money'],
    ]);
  });

  it('reads percentages, tenths, discounts and points apart', () => {
    expect(one('百分之二十')).toEqual([['百分之二十', 20, '%', 'percent']]);
    expect(one('千分之五')).toEqual([['千分之五', 0.5, '%', 'percent']]);
    expect(one('三成')).toEqual([['三成', 30, '%', 'percent']]);
    expect(one('不足半成')).toEqual([['不足半成', 5, '%', 'percent', { qualifier: 'less-than' }]]);
    expect(one('半成品')).toEqual([]);
    expect(one('打八五折')).toEqual([['八五折', 85, '%', 'percent']]);
    expect(one('下降0.1个百分点')).toEqual([['0.1个百分点', 0.1, 'pp', 'pp']]);
    expect(one('加息25个基点')).toEqual([['25个基点', 0.25, 'pp', 'pp']]);
  });

  it('reads fractions and multipliers', () => {
    expect(one('五分之一')).toEqual([['五分之一', 0.2, '', 'fraction']]);
    expect(one('一半')).toEqual([['一半', 0.5, '', 'fraction']]);
    expect(one('三百五又三分之一')).toEqual([['三百五又三分之一', 350.333333333, '', 'fraction']]);
    expect(one('销量翻了一番')).toEqual([['翻了一番', 2, '', 'multiplier']]);
    expect(one('翻两番')).toEqual([['翻两番', 4, '', 'multiplier']]);
    expect(one('增长两倍')).toEqual([['两倍', 2, '', 'multiplier']]);
    expect(one('四分一')).toEqual([['四分一', 0.25, '', 'fraction']]);
    expect(one('一又十分一')).toEqual([['一又十分一', 1.1, '', 'fraction']]);
    expect(one('表现十分一般')).toEqual([]);
    expect(one('约1/3')).toEqual([['约1/3', 0.333333333333, '', 'fraction', { qualifier: 'approx' }]]);
    expect(one('半打')).toEqual([['半打', 6, '', 'count', { noun: '打' }]]);
  });

  it('reads halves and compound measures', () => {
    expect(one('两年半')).toEqual([['两年半', 2.5, 'year', 'duration']]);
    expect(one('一个半小时')).toEqual([['一个半小时', 1.5, 'h', 'duration']]);
    expect(one('3斤半')).toEqual([['3斤半', 1.75, 'kg', 'mass']]);
    expect(one('3斤5两')).toEqual([['3斤5两', 1.75, 'kg', 'mass']]);
    expect(one('一米八')).toEqual([['一米八', 1.8, 'm', 'length']]);
    expect(one('一米七五')).toEqual([['一米七五', 1.75, 'm', 'length']]);
    expect(one('两毛五')).toEqual([['两毛五', 0.25, 'CNY', 'money']]);
    expect(one('半公升')).toEqual([['半公升', 0.5, 'l', 'volume']]);
    expect(one('最高時速320公里')).toEqual([['時速320公里', 320, 'km/h', 'speed']]);
    expect(one('每小時300公里')).toEqual([['每小時300公里', 300, 'km/h', 'speed']]);
  });

  it('keeps mega apart from 10^12, and units apart from scale words', () => {
    expect(one('装机容量5兆瓦')).toEqual([['5兆瓦', 5, 'MW', 'other']]);
    expect(one('五十兆字节')).toEqual([['五十兆字节', 50, 'MB', 'other']]);
    expect(one('323千卡')).toEqual([['323千卡', 323, 'kcal', 'other']]);
    expect(one('一兆元')).toEqual([['一兆元', 1e12, 'CNY', 'money']]);
  });

  it('reads estimates as round numbers with their qualifier', () => {
    expect(one('十余万人')).toEqual([['十余万人', 100000, '', 'count', { qualifier: 'more-than', noun: '人' }]]);
    expect(one('一千多万元')).toEqual([['一千多万元', 10_000_000, 'CNY', 'money', { qualifier: 'more-than' }]]);
    expect(one('数十家企业')).toEqual([['数十家', 10, '', 'count', { qualifier: 'more-than', noun: '企业' }]]);
    expect(one('近百名学生')).toEqual([['近百名', 100, '', 'count', { qualifier: 'less-than', noun: '学生' }]]);
    expect(one('三四十人')).toEqual([]);
    expect(one('十几')).toEqual([['十几', 10, '', 'count', { qualifier: 'more-than' }]]);
    expect(one('销量破亿')).toEqual([['破亿', 1e8, '', 'count', { qualifier: 'more-than' }]]);
  });

  it('reads dates, years, weekdays and times as dates', () => {
    expect(one('2021年5月7日')).toEqual([['2021年5月7日', null, '', 'date', { iso: '2021-05-07' }]]);
    expect(one('二〇二一年')).toEqual([['二〇二一年', 2021, '', 'year', { iso: '2021' }]]);
    expect(one('周四')[0]?.[3]).toBe('date');
    expect(one('星期天')[0]?.[3]).toBe('date');
    expect(one('每周三次')).toEqual([['三次', 3, '1/week', 'rate', { noun: '次' }]]);
    expect(one('下午三点半')).toEqual([['三点半', null, '', 'date', { iso: 'T15:30' }]]);
    expect(one('第五大')).toEqual([['第五大', 5, '', 'rank']]);
  });

  it('links ranges and transitions, with the period of each end', () => {
    const figures = extractChinese('贸易逆差从 2021 年的 37 亿欧元扩大到 2022 年的 91 亿欧元。');
    const from = figures.find((f) => f.text === '37 亿欧元');
    const to = figures.find((f) => f.text === '91 亿欧元');
    expect(from?.link).toMatchObject({ type: 'transition', role: 'from', other: to?.id });
    expect(from?.period).toBe('2021');
    expect(to?.period).toBe('2022');
    // a range is one figure; its ends, each with its own pointer, are nested in it
    const [range, ...rest] = extractChinese('建设周期为3至5年。');
    expect(rest).toEqual([]);
    expect(range).toMatchObject({ text: '3至5年', value: null, unit: 'year', kind: 'duration', range: [3, 5] });
    expect(range?.ends?.map((end) => [end.text, end.value, end.source.start, end.source.end])).toEqual([
      ['3', 3, 5, 6],
      ['5年', 5, 7, 9],
    ]);
  });
});
