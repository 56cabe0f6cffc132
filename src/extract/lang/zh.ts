import { currencyCodesAfter, currencySigns, percentSigns, qualifierSigns, unitSymbols } from './common.js';
import type { LanguageTables, MeasureUnit } from './types.js';

/** Chinese digits, everyday and financial (大写) forms, simplified and traditional. */
export const zhDigits: Array<[string, number]> = [
  ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5],
  ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['幺', 1],
  ['壹', 1], ['贰', 2], ['貳', 2], ['叁', 3], ['參', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['陸', 6],
  ['柒', 7], ['捌', 8], ['玖', 9],
];
/** Units inside a section of up to four digits. */
export const zhSmallUnits: Array<[string, number]> = [
  ['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000],
];
/** Section units: a number is a sum of sections times these. */
export const zhBigUnits: Array<[string, number]> = [
  ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8], ['兆', 1e12],
];

const unit = (u: string, kind: MeasureUnit['kind'], factor?: number): MeasureUnit =>
  factor === undefined ? { unit: u, kind } : { unit: u, kind, factor };

export const zh: LanguageTables = {
  lang: 'zh',
  scales: [
    ['万亿', 1e12], ['萬億', 1e12], ['亿', 1e8], ['億', 1e8], ['万', 1e4], ['萬', 1e4],
    ['千万', 1e7], ['千萬', 1e7], ['百万', 1e6], ['百萬', 1e6], ['十万', 1e5], ['十萬', 1e5],
    ['千', 1e3], ['百', 1e2], ['兆', 1e12],
  ],
  weakScales: [],
  currencyBefore: [...currencySigns, ['人民币', 'CNY'], ['美金', 'USD']],
  currencyAfter: [
    ...currencyCodesAfter,
    ['欧元', 'EUR'], ['歐元', 'EUR'], ['美元', 'USD'], ['美金', 'USD'], ['人民币', 'CNY'], ['人民幣', 'CNY'],
    ['元人民币', 'CNY'], ['元', 'CNY'], ['块钱', 'CNY'], ['块', 'CNY'], ['圆', 'CNY'],
    ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'], ['英镑', 'GBP'], ['英鎊', 'GBP'], ['日元', 'JPY'],
    ['日圆', 'JPY'], ['韩元', 'KRW'], ['韓元', 'KRW'], ['卢布', 'RUB'], ['瑞士法郎', 'CHF'], ['法郎', 'CHF'],
    ['加元', 'CAD'], ['澳元', 'AUD'], ['新加坡元', 'SGD'], ['新台币', 'TWD'], ['新台幣', 'TWD'], ['台币', 'TWD'],
    ['卢比', 'INR'], ['澳门元', 'MOP'], ['澳門元', 'MOP'], ['新西兰元', 'NZD'], ['泰铢', 'THB'], ['越南盾', 'VND'],
  ],
  currencySubunits: [['角', { code: 'CNY', factor: 0.1 }], ['毛', { code: 'CNY', factor: 0.1 }], ['分钱', { code: 'CNY', factor: 0.01 }]],
  units: [
    ['平方公里', unit('km^2', 'area')], ['平方千米', unit('km^2', 'area')], ['平方米', unit('m^2', 'area')],
    ['平米', unit('m^2', 'area')], ['平方英尺', unit('sqft', 'area')], ['平方英里', unit('sqmi', 'area')],
    ['公顷', unit('hectare', 'area')], ['亩', unit('m^2', 'area', 2000 / 3)], ['英亩', unit('acre', 'area')],
    ['立方米', unit('m^3', 'volume')], ['方', { unit: 'm^3', kind: 'volume', ambiguous: true }],
    ['万吨', unit('t', 'mass', 1e4)], ['吨', unit('t', 'mass')], ['公吨', unit('t', 'mass')],
    ['公斤', unit('kg', 'mass')], ['千克', unit('kg', 'mass')], ['克', unit('g', 'mass')], ['毫克', unit('mg', 'mass')],
    ['斤', unit('kg', 'mass', 0.5)], ['磅', unit('lb', 'mass')], ['盎司', unit('oz', 'mass')],
    ['公里', unit('km', 'length')], ['千米', unit('km', 'length')], ['米', unit('m', 'length')],
    ['厘米', unit('cm', 'length')], ['公分', unit('cm', 'length')], ['毫米', unit('mm', 'length')],
    ['英里', unit('mi', 'length')], ['海里', unit('nmi', 'length')], ['英尺', unit('ft', 'length')],
    ['英寸', unit('in', 'length')], ['码', unit('yd', 'length')], ['里', unit('m', 'length', 500)],
    ['公升', unit('l', 'volume')], ['升', unit('l', 'volume')], ['毫升', unit('ml', 'volume')],
    ['加仑', unit('gal', 'volume')], ['桶', { unit: 'bbl', kind: 'volume', ambiguous: true }],
    ['小时', unit('h', 'duration')], ['个小时', unit('h', 'duration')], ['分钟', unit('minute', 'duration')],
    ['秒钟', unit('s', 'duration')], ['秒', unit('s', 'duration')], ['天', unit('day', 'duration')],
    ['个星期', unit('week', 'duration')], ['星期', unit('week', 'duration')], ['周', unit('week', 'duration')],
    ['个月', unit('month', 'duration')], ['年', unit('year', 'duration')], ['多年', unit('year', 'duration')],
    ['摄氏度', unit('degC', 'temperature')], ['华氏度', unit('degF', 'temperature')],
    ['标准箱', unit('TEU', 'count')], ['千瓦时', unit('kWh', 'other')], ['度电', unit('kWh', 'other')],
    ['公里每小时', unit('km/h', 'speed')], ['公里/小时', unit('km/h', 'speed')],
    ...unitSymbols,
  ],
  percentAfter: [...percentSigns, ['个百分点', 'pp'], ['個百分點', 'pp'], ['百分点', 'pp']],
  qualifiersBefore: [
    ...qualifierSigns,
    ['约', 'approx'], ['約', 'approx'], ['大约', 'approx'], ['约为', 'approx'], ['大概', 'approx'],
    ['左右', 'approx'], ['近', 'less-than'], ['将近', 'less-than'], ['接近', 'less-than'], ['逾', 'more-than'],
    ['超', 'more-than'], ['超过', 'more-than'], ['超過', 'more-than'], ['多于', 'more-than'], ['高于', 'more-than'],
    ['不到', 'less-than'], ['不足', 'less-than'], ['少于', 'less-than'], ['低于', 'less-than'], ['未满', 'less-than'],
    ['至少', 'at-least'], ['最少', 'at-least'], ['不少于', 'at-least'], ['不低于', 'at-least'],
    ['最多', 'at-most'], ['至多', 'at-most'], ['不超过', 'at-most'], ['高达', 'at-most'], ['多达', 'at-most'],
  ],
  qualifiersAfter: [
    ['以上', 'more-than'], ['以下', 'less-than'], ['左右', 'approx'], ['上下', 'approx'], ['出头', 'more-than'],
    ['有余', 'more-than'], ['多', 'more-than'], ['余', 'more-than'], ['餘', 'more-than'], ['来', 'approx'],
  ],
  ratePer: [['每年', 'year'], ['每月', 'month'], ['每周', 'week'], ['每天', 'day'], ['每日', 'day'], ['每小时', 'h']],
  transitionTo: [
    ['增至', 'increase'], ['增加到', 'increase'], ['增加至', 'increase'], ['增长到', 'increase'], ['增长至', 'increase'],
    ['上升到', 'increase'], ['上升至', 'increase'], ['升至', 'increase'], ['提高到', 'increase'], ['提高至', 'increase'],
    ['扩大到', 'increase'], ['扩大至', 'increase'], ['攀升至', 'increase'], ['跃升至', 'increase'], ['达到', null],
    ['降至', 'decrease'], ['下降到', 'decrease'], ['下降至', 'decrease'], ['减少到', 'decrease'], ['减少至', 'decrease'],
    ['缩小到', 'decrease'], ['缩小至', 'decrease'], ['跌至', 'decrease'], ['回落至', 'decrease'], ['到', null], ['至', null],
  ],
  transitionFrom: ['从', '由'],
  rangeJoiners: ['至', '到', '-', '–', '—', '~', '～'],
  rankAfter: ['大', '多', '高', '位'],
  idioms: [
    '一些', '一起', '唯一', '统一', '統一', '一直', '一定', '万一', '一样', '一樣', '一切', '一般', '一致', '一旦',
    '之一', '一方面', '进一步', '進一步', '同一', '一带一路', '十分', '百姓', '千万别', '一再', '一向', '一同',
    '一道', '一律', '一概', '一味', '一贯', '一貫', '一手', '一面', '一边', '一下', '一点', '一時', '一时',
    '三农', '一国两制', '第一财经', '一线', '一举', '一流', '一体', '一系列', '百货', '千方百计', '万众', '万物',
    '万事', '一路', '一带', '一家人', '一番话', '两会', '两岸', '两国', '两党', '两地', '两者', '两边', '两人',
    '一句话', '一开始', '一度', '一旁', '一行', '一名', '一位', '一个', '一项', '一种', '一次', '一家', '一则',
    '一部分', '不一', '逐一', '第一时间', '一手', '三明治', '九州', '万里长城',
  ],
  nounStops: [
    '的', '是', '在', '和', '与', '與', '及', '被', '将', '將', '从', '從', '到', '为', '為', '了', '也', '都', '而',
    '并', '並', '或', '就', '对', '對', '向', '给', '給', '其', '中', '里', '裡', '上', '下', '前', '后', '後', '等',
    '以', '已', '由', '于', '於', '至', '比', '较', '較', '达', '達', '约', '約', '多', '余', '左', '右',
  ],
};

/** Classifiers (量词): between a number and the counted noun (3.26 亿件包裹 → 包裹). */
export const zhClassifiers: string[] = [
  '人次', '架次', '班次', '件', '个', '個', '家', '辆', '輛', '架', '人', '名', '位', '座', '条', '條', '项', '項', '次',
  '批', '艘', '台', '套', '只', '隻', '头', '頭', '款', '份', '所', '间', '間', '部', '种', '種', '类', '類', '起',
  '例', '户', '戶', '篇', '张', '張', '枚', '颗', '顆', '株', '棵', '趟', '班', '列', '票', '单', '單', '箱', '包',
  '盒', '瓶', '袋', '笔', '筆', '片', '块', '塊', '层', '層', '届', '屆', '支', '队', '隊', '场', '場', '轮', '輪',
];
