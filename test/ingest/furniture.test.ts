import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../src/ingest/furniture.js';

describe('furniture: short blocks that are page widgets, labels and counters', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Select Voice',
    'Select Speed',
    '1.00x',
    '17',
    '2.5K',
    'Reading Time:3 minutes',
    '5 min read',
    'Why you can trust SCMP',
    '[ Suggest To A Friend ]',
    '[ Print ]',
    'Share',
    'Share this article',
    'Share on Facebook',
    'Follow us on Twitter',
    'Comments (17)',
    '17 comments',
    'Photo: Xinhua',
    'Skip Advertisement',
    'Listen to this article',
    'Updated: 3:15pm, 8 May, 2021',
    'Home > Embassy News',
    'Home » World » Europe',
    '分享 :',
    '分享到微信',
    '广告',
    '来源：新华社',
    '责任编辑：张三',
    '阅读 1234',
    '1234 阅读',
    '上一篇',
    '扫一扫',
    '首页 > 国际',
    '延伸閱讀',
    '2021-05-07 14:12',
    '05/10/2023 - 15:28',
    '2021年5月7日 14:12',
    'May 7, 2021',
    'Fri, 07 May 2021 21:12 GMT',
  ])('%s', (block) => {
    expect(isFurniture(block)).toBe(true);
  });
});

describe('not furniture: headlines, captions, bylines and sentences', () => {
  it.each([
    'Share prices fell 5%',
    'Shareholders approved 3 deals',
    'Alibaba',
    'BusinessCompanies',
    'Daniel Ren',
    'By Daniel Ren',
    'Photo: Xinhua.',
    'Print media lost 12% of readers',
    'Trade deficit widens to €9.1bn',
    'The hub handled 326 million parcels.',
    'Home sales rose 7%',
    '3.26 亿件包裹',
    '增长 5%',
    '广告业收入增长5%',
    '中国驻比利时大使馆网站截图',
    'Comments from the ministry',
    'Updated figures show a 3% rise in exports this year to date',
  ])('%s', (block) => {
    expect(isFurniture(block)).toBe(false);
  });
});
