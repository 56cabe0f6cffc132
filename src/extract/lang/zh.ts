import { currencyCodesAfter, currencySigns, percentSigns, qualifierSigns, unitSymbols } from './common.js';
import type { Qualifier } from '../../types.js';
import type { LanguageTables, MeasureUnit } from './types.js';

/** Chinese digits, everyday and financial (大写) forms, simplified and traditional. */
export const zhDigits: Array<[string, number]> = [
  ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5],
  ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['幺', 1], ['俩', 2], ['倆', 2],
  ['壹', 1], ['贰', 2], ['貳', 2], ['叁', 3], ['參', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['陸', 6],
  ['柒', 7], ['捌', 8], ['玖', 9],
];
/** Financial (大写) numeral characters: ordinary word characters too (大陆, 队伍, 拾取), so one standing alone is a figure only before a currency or unit. */
export const zhFinancialChars: string[] = ['壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟', '幺'];
/** Decimal points: 三点五 = 3.5. */
// a point between Chinese digits too: 三十四．一％, 六四〇．五億 (the full-width point is folded to '.')
export const zhDecimalPoints: string[] = ['点', '點', '.'];
/** Forms of "two" used before units only: never a digit of 二〇二一 nor an elided digit (一万两 is 10,000 taels). */
export const zhTwoForms: string[] = ['两', '兩', '俩', '倆'];
/** Negative signs before a number: 负三十二, 負0.2. */
export const zhNegative: string[] = ['负', '負'];
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
  // informal: 月薪15k, 年薪30w (w for 万)
  weakScales: [['k', 1e3], ['K', 1e3], ['w', 1e4]],
  // before the amount they name which yuan a 元 after it is: 新台幣7596.9億元, 港币100元
  currencyBefore: [
    ...currencySigns, ['人民币', 'CNY'], ['人民幣', 'CNY'], ['美金', 'USD'], ['港币', 'HKD'], ['港幣', 'HKD'], ['港元', 'HKD'],
    ['新台币', 'TWD'], ['新台幣', 'TWD'], ['台币', 'TWD'], ['台幣', 'TWD'], ['澳门元', 'MOP'], ['澳門元', 'MOP'], ['澳门币', 'MOP'], ['澳門幣', 'MOP'],
  ],
  currencyAfter: [
    ...currencyCodesAfter,
    ['欧元', 'EUR'], ['歐元', 'EUR'], ['美元', 'USD'], ['美金', 'USD'], ['人民币', 'CNY'], ['人民幣', 'CNY'],
    ['元人民币', 'CNY'], ['元人民幣', 'CNY'], ['元', 'CNY'], ['块钱', 'CNY'], ['块', 'CNY'], ['圆', 'CNY'],
    ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'], ['英镑', 'GBP'], ['英鎊', 'GBP'], ['日元', 'JPY'],
    ['日圆', 'JPY'], ['韩元', 'KRW'], ['韓元', 'KRW'], ['卢布', 'RUB'], ['瑞士法郎', 'CHF'], ['法郎', 'CHF'],
    ['加元', 'CAD'], ['澳元', 'AUD'], ['新加坡元', 'SGD'], ['新台币', 'TWD'], ['新台幣', 'TWD'], ['台币', 'TWD'],
    ['卢比', 'INR'], ['美圆', 'USD'], ['美刀', 'USD'], ['蚊', 'HKD'], ['澳幣', 'AUD'], ['加幣', 'CAD'],
    ['澳门元', 'MOP'], ['澳門元', 'MOP'], ['新西兰元', 'NZD'], ['泰铢', 'THB'], ['越南盾', 'VND'],
    // more currencies news names, with their traditional and Hong Kong / Taiwan forms
    ['澳门币', 'MOP'], ['澳門幣', 'MOP'], ['纽币', 'NZD'], ['紐幣', 'NZD'], ['泰銖', 'THB'], ['加拿大元', 'CAD'], ['加币', 'CAD'],
    ['澳大利亚元', 'AUD'], ['澳大利亞元', 'AUD'], ['澳币', 'AUD'], ['日圓', 'JPY'], ['日币', 'JPY'], ['日幣', 'JPY'], ['韩圆', 'KRW'],
    ['韓圓', 'KRW'], ['韩币', 'KRW'], ['韓幣', 'KRW'], ['台幣', 'TWD'], ['新加坡幣', 'SGD'], ['新币', 'SGD'], ['新幣', 'SGD'],
    ['英磅', 'GBP'], ['盧布', 'RUB'], ['盧比', 'INR'], ['印度卢比', 'INR'], ['印度盧比', 'INR'], ['印尼盾', 'IDR'],
    ['林吉特', 'MYR'], ['马来西亚林吉特', 'MYR'], ['馬來西亞林吉特', 'MYR'], ['令吉', 'MYR'], ['菲律宾比索', 'PHP'], ['菲律賓比索', 'PHP'],
    ['墨西哥比索', 'MXN'], ['阿根廷比索', 'ARS'], ['雷亚尔', 'BRL'], ['巴西雷亚尔', 'BRL'], ['雷亞爾', 'BRL'], ['兰特', 'ZAR'], ['南非兰特', 'ZAR'],
    ['蘭特', 'ZAR'], ['里拉', 'TRY'], ['土耳其里拉', 'TRY'], ['里亚尔', 'SAR'], ['沙特里亚尔', 'SAR'], ['里亞爾', 'SAR'], ['迪拉姆', 'AED'],
    ['瑞典克朗', 'SEK'], ['挪威克朗', 'NOK'], ['丹麦克朗', 'DKK'], ['丹麥克朗', 'DKK'], ['兹罗提', 'PLN'], ['茲羅提', 'PLN'],
    ['谢克尔', 'ILS'], ['謝克爾', 'ILS'], ['埃及镑', 'EGP'], ['埃及鎊', 'EGP'], ['块美金', 'USD'], ['塊美金', 'USD'],
    // not ISO 4217, but the code every exchange quotes
    ['比特币', 'BTC'], ['比特幣', 'BTC'],
  ],
  currencySubunits: [
    ['角', { code: 'CNY', factor: 0.1 }], ['毛', { code: 'CNY', factor: 0.1 }], ['分钱', { code: 'CNY', factor: 0.01 }],
    ['美分', { code: 'USD', factor: 0.01 }], ['欧分', { code: 'EUR', factor: 0.01 }], ['歐分', { code: 'EUR', factor: 0.01 }],
    ['便士', { code: 'GBP', factor: 0.01 }], ['港仙', { code: 'HKD', factor: 0.01 }],
  ],
  units: [
    ['平方公里', unit('km^2', 'area')], ['平方千米', unit('km^2', 'area')], ['平方米', unit('m^2', 'area')],
    ['平米', unit('m^2', 'area')], ['平方英尺', unit('sqft', 'area')], ['平方英里', unit('sqmi', 'area')],
    ['公顷', unit('hectare', 'area')], ['亩', unit('mu', 'area')], ['英亩', unit('acre', 'area')],
    ['立方米', unit('m^3', 'volume')], ['方', { unit: 'm^3', kind: 'volume', ambiguous: true }],
    ['万吨', unit('t', 'mass', 1e4)], ['吨', unit('t', 'mass')], ['公吨', unit('t', 'mass')],
    ['公斤', unit('kg', 'mass')], ['千克', unit('kg', 'mass')], ['克', unit('g', 'mass')], ['毫克', unit('mg', 'mass')],
    ['斤', unit('kg', 'mass', 0.5)], ['磅', unit('lb', 'mass')], ['盎司', unit('oz', 'mass')],
    ['公里', unit('km', 'length')], ['千米', unit('km', 'length')], ['米', unit('m', 'length')],
    ['厘米', unit('cm', 'length')], ['公分', unit('cm', 'length')], ['毫米', unit('mm', 'length')],
    ['英里', unit('mi', 'length')], ['海里', unit('nmi', 'length')], ['英尺', unit('ft', 'length')],
    ['英寸', unit('in', 'length')], ['码', unit('yd', 'length')], ['里', unit('m', 'length', 500)],
    ['公升', unit('l', 'volume')], ['升', unit('l', 'volume')], ['毫升', unit('ml', 'volume')],
    ['加仑', unit('gal', 'volume')], ['桶', { unit: 'oilbarrel', kind: 'volume', ambiguous: true }],
    ['小时', unit('h', 'duration')], ['个小时', unit('h', 'duration')], ['分钟', unit('minute', 'duration')],
    ['秒钟', unit('s', 'duration')], ['秒', unit('s', 'duration')], ['天', unit('day', 'duration')],
    ['个星期', unit('week', 'duration')], ['星期', unit('week', 'duration')], ['周', unit('week', 'duration')],
    ['个月', unit('month', 'duration')], ['日', unit('day', 'duration')], ['周年', unit('year', 'duration')], ['週年', unit('year', 'duration')], ['年', unit('year', 'duration')], ['多年', unit('year', 'duration')],
    ['摄氏度', unit('degC', 'temperature')], ['华氏度', unit('degF', 'temperature')], ['开尔文', unit('K', 'temperature')], ['開爾文', unit('K', 'temperature')],
    ['标准箱', unit('TEU', 'count')], ['标箱', unit('TEU', 'count')], ['標準箱', unit('TEU', 'count')], ['千瓦时', unit('kWh', 'other')], ['度电', unit('kWh', 'other')],
    ['公里每小时', unit('km/h', 'speed')], ['公里/小时', unit('km/h', 'speed')], ['千米每小时', unit('km/h', 'speed')], ['千米/小时', unit('km/h', 'speed')],
    ['米每秒', unit('m/s', 'speed')], ['米/秒', unit('m/s', 'speed')], ['立方米每秒', unit('m^3/s', 'other')], ['立方米/秒', unit('m^3/s', 'other')],
    ['微克', unit('ug', 'mass')], ['微克/立方米', unit('ug/m^3', 'other')], ['微克每立方米', unit('ug/m^3', 'other')], ['毫克/立方米', unit('mg/m^3', 'other')],
    ['平方厘米', unit('cm^2', 'area')], ['平方釐米', unit('cm^2', 'area')], ['立方厘米', unit('cm^3', 'volume')], ['立方釐米', unit('cm^3', 'volume')],
    ['吉瓦时', unit('GWh', 'other')], ['吉瓦時', unit('GWh', 'other')], ['太瓦', unit('TW', 'other')], ['太瓦时', unit('TWh', 'other')], ['太瓦時', unit('TWh', 'other')],
    ['品脱', unit('pint', 'volume')], ['品脫', unit('pint', 'volume')],
    ['纳米', unit('nm', 'length')], ['納米', unit('nm', 'length')], ['奈米', unit('nm', 'length')], ['微米', unit('um', 'length')],
    ['毫安时', unit('mAh', 'other')], ['毫安時', unit('mAh', 'other')], ['马力', unit('hp', 'other')], ['馬力', unit('hp', 'other')],
    // traditional and Hong Kong / Taiwan forms
    ['公尺', unit('m', 'length')], ['公裏', unit('km', 'length')], ['平方公裏', unit('km^2', 'area')], ['釐米', unit('cm', 'length')],
    ['平方呎', unit('sqft', 'area')], ['平方英呎', unit('sqft', 'area')], ['平方吋', unit('sqin', 'area')], ['立方呎', unit('cuft', 'volume')],
    ['英吋', unit('in', 'length')], ['吋', unit('in', 'length')], ['英呎', unit('ft', 'length')], ['呎', unit('ft', 'length')],
    ['英裏', unit('mi', 'length')], ['加侖', unit('gal', 'volume')], ['噸', unit('t', 'mass')], ['公噸', unit('t', 'mass')],
    ['萬噸', unit('t', 'mass', 1e4)], ['公克', unit('g', 'mass')], ['平方公尺', unit('m^2', 'area')], ['公頃', unit('hectare', 'area')],
    ['畝', unit('mu', 'area')], ['小時', unit('h', 'duration')], ['個小時', unit('h', 'duration')], ['分鐘', unit('minute', 'duration')],
    ['個月', unit('month', 'duration')], ['個星期', unit('week', 'duration')], ['毫米', unit('mm', 'length')],
    // age: 五岁, 十二周岁
    ['岁', unit('year', 'duration')], ['歲', unit('year', 'duration')], ['周岁', unit('year', 'duration')], ['週歲', unit('year', 'duration')],
    ['虚岁', unit('year', 'duration')],
    // temperature written after the number (37摄氏度 is above)
    ['摄氏°', unit('degC', 'temperature')], ['攝氏°', unit('degC', 'temperature')], ['攝氏度', unit('degC', 'temperature')],
    ['华氏°', unit('degF', 'temperature')], ['華氏°', unit('degF', 'temperature')], ['華氏度', unit('degF', 'temperature')],
    // power, frequency, energy, data: 兆 here is mega, not 10^12
    ['瓦', unit('W', 'other')], ['千瓦', unit('kW', 'other')], ['兆瓦', unit('MW', 'other')], ['吉瓦', unit('GW', 'other')],
    // grid voltage and transformer capacity: 110千伏, 17535万千伏安; a ship's deadweight, 31578载重吨
    ['伏', unit('V', 'other')], ['千伏', unit('kV', 'other')], ['伏安', unit('VA', 'other')], ['千伏安', unit('kVA', 'other')],
    ['载重吨', unit('t', 'mass')], ['載重噸', unit('t', 'mass')],
    ['瓦特', unit('W', 'other')], ['瓦时', unit('Wh', 'other')], ['瓦時', unit('Wh', 'other')], ['兆瓦时', unit('MWh', 'other')], ['千瓦時', unit('kWh', 'other')], ['亿千瓦时', unit('kWh', 'other', 1e8)],
    ['赫', unit('Hz', 'other')], ['赫兹', unit('Hz', 'other')], ['赫茲', unit('Hz', 'other')], ['千赫', unit('kHz', 'other')],
    ['兆赫', unit('MHz', 'other')], ['兆赫兹', unit('MHz', 'other')], ['兆赫茲', unit('MHz', 'other')], ['吉赫', unit('GHz', 'other')],
    ['卡', unit('cal', 'other')], ['卡路里', unit('cal', 'other')], ['千卡', unit('kcal', 'other')], ['大卡', unit('kcal', 'other')],
    ['焦耳', unit('J', 'other')], ['千焦', unit('kJ', 'other')], ['兆焦', unit('MJ', 'other')],
    ['比特', unit('bit', 'other')], ['字节', unit('B', 'other')], ['位元组', unit('B', 'other')], ['千字节', unit('kB', 'other')],
    ['兆字节', unit('MB', 'other')], ['吉字节', unit('GB', 'other')], ['兆比特', unit('Mbit', 'other')],
    ['帕', unit('Pa', 'other')], ['千帕', unit('kPa', 'other')], ['兆帕', unit('MPa', 'other')],
    ['茶匙', unit('ml', 'volume', 5)], ['汤匙', unit('ml', 'volume', 15)], ['湯匙', unit('ml', 'volume', 15)],
    // capital symbols as Chinese text writes them (168CM, 5KM)
    ['CM', unit('cm', 'length')], ['KM', unit('km', 'length')], ['KG', unit('kg', 'mass')], ['MM', unit('mm', 'length')],
    ['Km', unit('km', 'length')], ['Kg', unit('kg', 'mass')],
    ...unitSymbols,
  ],
  percentAfter: [
    ...percentSigns, ['‰', 'permille'], ['个百分点', 'pp'], ['個百分點', 'pp'], ['百分点', 'pp'], ['百分點', 'pp'],
    ['个基点', 'bp'], ['個基點', 'bp'], ['基点', 'bp'], ['基點', 'bp'],
  ],
  qualifiersBefore: [
    ...qualifierSigns,
    // a threshold crossed: 突破100亿元, 超越, 逾
    ['突破', 'more-than'], ['突破了', 'more-than'], ['超越', 'more-than'], ['超过了', 'more-than'], ['超過了', 'more-than'], ['跨越', 'more-than'], ['约', 'approx'], ['約', 'approx'], ['约有', 'approx'], ['約有', 'approx'], ['约合', 'approx'], ['約合', 'approx'],
    ['约占', 'approx'], ['大约有', 'approx'], ['将近有', 'less-than'], ['大约', 'approx'], ['约为', 'approx'], ['大概', 'approx'],
    ['左右', 'approx'], ['近', 'less-than'], ['将近', 'less-than'], ['接近', 'less-than'], ['逾', 'more-than'],
    ['超', 'more-than'], ['超过', 'more-than'], ['超過', 'more-than'], ['多于', 'more-than'], ['高于', 'more-than'],
    ['不到', 'less-than'], ['不足', 'less-than'], ['少于', 'less-than'], ['低于', 'less-than'], ['未满', 'less-than'],
    ['至少', 'at-least'], ['最少', 'at-least'], ['不少于', 'at-least'], ['不低于', 'at-least'],
    ['最多', 'at-most'], ['至多', 'at-most'], ['不超过', 'at-most'], ['高达', 'at-most'], ['多达', 'at-most'],
  ],
  qualifiersAfter: [
    ['以上', 'more-than'], ['以下', 'less-than'], ['及以上', 'at-least'], ['及以下', 'at-most'], ['或以上', 'at-least'],
    ['以内', 'at-most'], ['以內', 'at-most'], ['之内', 'at-most'], ['开外', 'more-than'], ['左右', 'approx'], ['上下', 'approx'], ['出头', 'more-than'],
    ['有余', 'more-than'], ['多', 'more-than'], ['余', 'more-than'], ['餘', 'more-than'], ['来', 'approx'],
  ],
  // 时速350公里: a speed stated before the distance it covers in an hour
  ratePer: [['每年', 'year'], ['每月', 'month'], ['每周', 'week'], ['每天', 'day'], ['每日', 'day'], ['每小时', 'h'], ['每小時', 'h'], ['每週', 'week'], ['每秒', 's'], ['每分钟', 'minute'], ['每分鐘', 'minute'], ['时速', 'h'], ['時速', 'h']],
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
    '一句话', '一开始', '一度', '一旁', '一行', '一部分', '不一', '逐一', '第一时间', '三明治', '九州', '万里长城',
    // "the year before", not a length of time
    '前一年', '上一年', '后一年', '後一年', '前一天', '后一天', '後一天', '前一日',
    // "a", not "one" (一个 alone at the end of a phrase is a count: see zhCountingOne)
    '一种', '一種', '一则', '一則', '一番', '一阵', '一陣', '一口气', '一把手', '一刀切', '一揽子', '一窝蜂', '一辈子',
    '一阵子', '一会儿', '一下子', '一大早', '一连串', '一心一意', '一模一样', '一无所有', '一清二楚', '一分为二',
    '一举两得', '两全其美', '一石二鸟', '三言两语', '一成不变', '三五成群', '十足', '十全十美', '独一无二', '万无一失',
    '五湖四海', '七上八下', '乱七八糟', '三心二意', '一五一十', '四面八方', '千军万马', '九死一生', '接二连三', '三番五次',
    '四分五裂', '五花八门', '七嘴八舌', '八九不离十', '九牛一毛', '十字', '万岁', '萬歲', '千秋', '百花齐放', '百家争鸣',
    '千载难逢', '一干二净', '说一不二', '五角大楼', '五角大樓', '一国', '一中', '二手', '三军', '八卦', '千禧', '万象',
    '成千上万', '成千上萬', '千千万万', '一二线', '一二線', '三四线', '三四線', '三八线', '千万别', '千万不要', '千万要',
    '千萬別', '千萬不要', '一时间', '一時間', '一言一行', '一朝一夕', '一蹴而就', '一波三折', '百分百',
    // plans and congresses named by number
    '十五规划', '十五計劃', '十五计划', '十一五', '十二五', '十三五', '十四五', '十五五',
    // period labels in words, no figures: 第四季度, 上半年 (第4季度 in digits is a date)
    '第一季度', '第二季度', '第三季度', '第四季度', '第一季', '第二季', '第三季', '第四季', '上半年', '下半年', '上半年度', '下半年度',
    // the river deltas: 长三角一体化 is no 3.1 jiao
    '长三角', '長三角', '珠三角', '金三角', '三角洲', '十八大', '十九大', '二十大', '二十一大', '九一一', '九一八', '五四运动',
    '双十一', '雙十一', '双十二', '雙十二', '双11', '雙11', '双12', '雙12', '7/24', '7×24', '7x24', '十一黄金周', '十一長假', '十一长假', '十一期间', '十一期間', '百年大计', '百年不遇',
    '百年一遇', '百年大变局', '百年未有之大变局', '万人空巷', '萬人空巷', '一家独大', '七国集团', '二十国集团', '十八罗汉',
    '伎俩', '伎倆', '三中全会', '四中全会',
    // placeholder names, birth order, lunar days and school years
    '张三', '張三', '李四', '王五', '赵六', '趙六', '老二', '老三', '老四', '老五', '老六', '老七', '老八', '老九', '小二',
    '初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十', '研一', '研二', '研三', '博一', '博二', '博三',
    '一年一度', '十成十', '一年四季', '不三不四', '万家灯火', '萬家燈火', '十万火急', '十萬火急', '百万雄师', '百萬雄師', '万人迷', '萬人迷',
    '万元户', '萬元戶', '百万富翁', '百萬富翁', '千万富翁', '千萬富翁', '亿万富翁', '億萬富翁', '千人计划', '千人計劃', '万人计划', '萬人計劃',
    // orders of magnitude, not amounts: 千亿级产业集群, 亿级用户
    '万亿级', '萬億級', '千亿级', '千億級', '百亿级', '百億級', '十亿级', '十億級', '亿级', '億級', '千万级', '千萬級', '百万级', '百萬級', '万级', '萬級',
    // 八成 as "most likely" after a pronoun (他八成是忘了; 八成受访者 is 80 %), 四周 as "all around"
    '他八成', '她八成', '你八成', '我八成', '四周都', '四周是', '四周有', '四周围', '四周圍', '四周环境', '四周環境', '四周一片',
    // reference distances, not distances travelled: 百公里油耗, 百米赛跑
    '百公里', '百米赛跑', '百米賽跑', '百米飞人', '百米飛人', '百米冲刺', '百米衝刺',
    // sayings that name distances, weights and ages figuratively
    '十万八千里', '十萬八千里', '百里挑一', '一日千里', '一分钱一分货', '一分錢一分貨', '三天打鱼两天晒网', '三天打魚兩天曬網',
    '半斤八两', '半斤八兩', '一年半载', '一年半載', '一千零一夜', '三十而立', '四十不惑', '五十知天命',
    // digits of a number, not a count: 两位数增长 is double-digit growth
    '一位数', '两位数', '三位数', '四位数', '五位数', '六位数', '七位数', '八位数', '九位数', '十位数', '双位数',
    '一位數', '兩位數', '三位數', '四位數', '五位數', '六位數', '七位數', '八位數', '九位數', '十位數', '雙位數', '五中全会', '六中全会', '七中全会', '二中全会', '一中全会',
    // the economy's three sectors are names, not ranks
    '第一产业', '第二产业', '第三产业', '第一產業', '第二產業', '第三產業',
    // 一X比一X: "better by the month", no count
    '一天比一天', '一年比一年', '一个月比一个月', '一個月比一個月', '一次比一次', '一代比一代', '一个比一个', '一個比一個', '一季比一季',
  ],
  changeBy: [
    '增加', '增长', '增長', '减少', '減少', '下降', '上升', '提高', '降低', '上涨', '上漲', '下跌', '回落', '扩大', '擴大', '缩小', '縮小',
    '增加了', '增长了', '减少了', '下降了', '上升了', '提高了', '降低了', '上涨了', '下跌了', '扩大了', '缩小了',
  ],
  periodLeads: ['在', '于', '於', '截至', '截止', '到', '今年', '去年', '本年', '在今年', '在去年'],
  nounStops: [
    '的', '是', '在', '和', '与', '與', '及', '被', '将', '將', '从', '從', '到', '为', '為', '了', '也', '都', '而',
    '并', '並', '或', '就', '对', '對', '向', '给', '給', '其', '中', '里', '裡', '上', '下', '前', '后', '後', '等',
    '以', '已', '由', '于', '於', '至', '比', '较', '較', '达', '達', '约', '約', '多', '余', '左', '右',
    '仍', '均', '曾', '亦', '皆', '却', '卻', '还', '還', '即', '又', '正',
  ],
};

/**
 * Words that end the noun after a classifier: Chinese writes no spaces, so 三家企业获得许可 needs
 * the verb to know the noun is 企业.
 */
export const zhNounEndWords: string[] = [
  '获得', '獲得', '签署', '簽署', '出席', '参加', '參加', '参与', '參與', '表示', '认为', '認為', '受伤', '受傷', '死亡', '遇难', '遇難',
  '进入', '進入', '完成', '发生', '發生', '发布', '發布', '提出', '成为', '成為', '实现', '實現', '增长', '增長', '下降', '上涨',
  '上漲', '超过', '超過', '达到', '達到', '位于', '位於', '来自', '來自', '包括', '其中', '同比', '共计', '共計', '累计', '累計',
  '接受', '遭到', '涉及', '涉嫌', '获批', '獲批', '入选', '入選', '参展', '參展', '落户', '落戶', '投产', '投產', '开业', '開業',
  '上市', '破产', '破產', '倒闭', '倒閉', '裁员', '裁員', '感染', '确诊', '確診', '失踪', '失蹤', '被捕', '获救', '獲救', '撤离', '撤離',
  '一审', '一審', '二审', '二審', '终审', '終審', '签约', '簽約', '宣布', '分别', '分別', '进行', '進行', '参赛', '參賽', '报名', '報名', '出现', '出現', '遭受', '已经', '已經', '通过', '通過', '申请', '申請', '面临', '面臨', '需要', '没有', '沒有', '共有', '拥有', '擁有',
];

/** Classifiers (量词): between a number and the counted noun (3.26 亿件包裹 → 包裹). */
export const zhClassifiers: string[] = [
  '人次', '架次', '班次', '件', '个', '個', '家', '辆', '輛', '架', '人', '名', '位', '座', '条', '條', '项', '項', '次',
  '批', '艘', '台', '套', '只', '隻', '头', '頭', '款', '份', '所', '间', '間', '部', '种', '種', '类', '類', '起',
  '例', '户', '戶', '篇', '张', '張', '枚', '颗', '顆', '株', '棵', '趟', '班', '列', '票', '单', '單', '箱', '包',
  '盒', '瓶', '袋', '笔', '筆', '片', '块', '塊', '层', '層', '届', '屆', '支', '队', '隊', '场', '場', '轮', '輪',
  '双', '雙', '对', '對', '副', '把', '本', '封', '栋', '棟', '幢', '处', '處', '扇', '道', '节', '節', '门', '門',
  '宗', '桩', '樁', '剂', '劑', '针', '針', '粒', '根', '匹', '尾', '章', '期', '回', '口', '席', '枪', '槍',
  '家次', '宗次', '例次', '户次', '架次', '辆次', '艘次', '人份', '剂次', '针次',
  // medals (9金4银2铜) and lottery bets (5注)
  '金', '银', '銀', '铜', '銅', '注',
];

/** Classifiers that name what they count (100人死亡: 死亡 is no noun; 9金4银: medals). */
export const zhSelfNamingClassifiers: string[] = ['人', '人次', '例', '金', '银', '銀', '铜', '銅'];
/** Money words that are also classifiers or nouns (两块石头, 三角形, 三毛): money only before 钱, a digit, 半 or the end of the phrase. */
export const zhColloquialMoney: string[] = ['块', '塊', '毛', '角', '蚊'];
/** Change after a sum of money: 五元三毛, 一块二, 两美元又三美分, 三蚊零四. */
export const zhMoneyTails: Array<[string, { code: string; factor: number }]> = [
  ['角', { code: 'CNY', factor: 0.1 }], ['毛', { code: 'CNY', factor: 0.1 }], ['分', { code: 'CNY', factor: 0.01 }],
  ['分钱', { code: 'CNY', factor: 0.01 }], ['美分', { code: 'USD', factor: 0.01 }], ['欧分', { code: 'EUR', factor: 0.01 }],
  ['便士', { code: 'GBP', factor: 0.01 }], ['仙', { code: 'HKD', factor: 0.01 }],
];
/** Hong Kong cents (每股派息30仙): after digits only, since 八仙 and 水仙 are no money. */
export const zhDigitSubunits: Array<[string, { code: string; factor: number }]> = [['仙', { code: 'HKD', factor: 0.01 }]];
/** Units after which a lone digit continues the amount one place down: 一米八 = 1.8 m, 一块二 = 1.2 元, 9秒83 = 9.83 s. */
export const zhElidedDecimalUnits: string[] = ['米', '公尺', '块', '塊', '元', '蚊', '斤', '秒'];
/** Words in a sentence that make a K after a number kelvin (冷却至4K), not thousands (月薪15K). */
export const zhTemperatureContext: string[] = ['温度', '溫度', '气温', '氣溫', '冷却', '冷卻', '低温', '低溫', '超导', '超導', '绝对零度', '絕對零度', '开尔文', '開爾文'];
/** Words before a number that give a 度 or ° after it its scale: 摄氏37度, 华氏温度98.6度. */
export const zhTemperatureBefore: Array<[string, string]> = [
  ['摄氏', 'degC'], ['攝氏', 'degC'], ['摄氏温度', 'degC'], ['攝氏溫度', 'degC'], ['零下', 'degC'],
  ['华氏', 'degF'], ['華氏', 'degF'], ['华氏温度', 'degF'], ['華氏溫度', 'degF'],
];
/**
 * A day of the month standing alone (国家统计局7日公布, 15号起) is a date; 日 after 连续, 近 or
 * before 内, 以来 counts days; 号 before a noun names a number (3号线, 1号文件).
 */
export const zhDayMarks = {
  date: ['日', '号', '號'],
  dateAfter: ['上午', '下午', '晚', '早', '凌晨', '中午', '起', '前', '后', '後', '至', '到', '举行', '舉行', '开始', '開始', '当天', '當天', '电', '電', '讯', '訊'],
  durationAfter: ['内', '內', '以内', '以內', '之内', '之內', '以来', '以來', '来', '來', '间', '間', '之久', '以上', '左右', '多', '有余'],
  durationBefore: ['连续', '連續', '近', '过去', '過去', '未来', '未來', '为期', '為期', '每', '长达', '長達', '历时', '歷時', '共', '仅', '僅', '只', '短短', '头', '頭', '最后', '最後', '前', '后', '後', '约', '約', '超过', '超過', '不到', '几', '幾', '数', '數'],
};
/** A fraction before these names a round, not a share: 1/4决赛 is the quarter-final. */
export const zhFractionNames: string[] = ['决赛', '決賽', '赛', '賽'];
/**
 * Terms and sessions are numbered without 第 in political news: 十四届全国人大二次会议 is the
 * second session of the 14th NPC, 十九届中央纪委五次全会 a plenum. N届 before a body, and N次
 * before a meeting right after a body, are ordinals; 召开了三次会议 still counts meetings.
 */
export const zhSessions = {
  bodies: [
    '全国人大', '全國人大', '全国人民代表大会', '全國人民代表大會', '全国政协', '全國政協', '中央', '人大', '政协', '政協', '纪委', '紀委',
    '党代会', '黨代會', '代表大会', '代表大會', '常委会', '常委會', '委员会', '委員會', '立法会', '立法會', '三中全会', '四中全会',
  ],
  meetings: ['会议', '會議', '全会', '全會', '全体会议', '全體會議'],
  /** after these N届 counts terms (连任两届人大代表); an ordinal is never written with 两 either */
  countAfter: ['连任', '連任', '连续', '連續', '蝉联', '蟬聯', '历任', '歷任', '担任', '擔任', '了', '过', '過', '共'],
};
/** Eras that count years from their own start: 民國112年 (Taiwan) is 2023. */
export const zhEras: Array<[string, number]> = [['民国', 1911], ['民國', 1911]];
/** 打 = a dozen (五打 = 60), at the end of a phrase only. */
export const zhDozen = { mark: '打', size: 12 };
/** Function words after which a lone numeral stands for itself (答案不是四而是五, 前三的品牌), not inside a word. */
export const zhStandaloneAfter: string[] = ['的', '而', '这', '這', '和', '与', '與', '或', '也', '就', '都', '呢', '吗', '嗎'];
/** Degree signs after a number that need a temperature word before it. */
export const zhDegreeSigns: string[] = ['度', '°'];
/** Nouns right before a number that make 度 after it Celsius, as a Chinese weather report means it: 气温30度. */
export const zhTemperatureNouns: string[] = ['气温', '氣溫', '温度', '溫度', '高温', '高溫', '低温', '低溫', '体温', '體溫', '水温', '水溫'];
/** Words in a sentence that make 度 after a number a kilowatt-hour: 用电量3830万度, 发电120亿度. */
export const zhElectricityContext: string[] = ['电量', '電量', '用电', '用電', '发电', '發電', '耗电', '耗電', '售电', '售電', '供电', '供電', '电力', '電力', '岸电', '岸電', '度电', '度電'];
/** 两 as the tael (50 g) after a number: 三千两百两, 3斤5两, 9两半. */
export const zhTael: { surface: string[]; grams: number } = { surface: ['两', '兩'], grams: 50 };
/** Words that start with 半 but are not "and a half" after a unit (两年半导体 does not occur; 三年半岛 might). */
export const zhHalfWords: string[] = [
  '半导体', '半導體', '半岛', '半島', '半径', '半徑', '半数', '半數', '半场', '半場', '半决赛', '半決賽', '半成品', '半自动',
  '半空', '半价', '半價', '半夜', '半路', '半山', '半身', '半官方', '半壁', '半边', '半邊', '半球',
];
/** Discounts: 八折 is 80 % of the price. Not before these (折合 = converted to, 折旧 = depreciation). */
export const zhDiscount = { mark: '折', notBefore: ['合', '算', '旧', '舊', '叠', '疊', '腾', '騰', '射', '返', '扣', '线', '線', '中', '服', '纸', '紙', '断', '斷', '磨', '损', '損', '价', '價'] };
/** 成 = tenths: 三成 is 30 %. Not when 成 starts a word (成员国, 成本, 成立). */
export const zhTenths = {
  mark: '成',
  notBefore: ['员', '員', '本', '交', '立', '绩', '績', '果', '就', '都', '长', '長', '熟', '品', '分', '型', '效', '功', '年', '了', '千', '百', '万', '萬', '群', '批', '片', '堆', '团', '團', '行', '套', '事', '語', '语', '龙', '龍', '名'],
};
/** Words after which 一 + classifier counts something (仅一家): otherwise 一家公司 is an article, "a company". */
export const zhCountingOne: string[] = ['仅', '僅', '只', '只有', '仅有', '僅有', '才', '共', '一共', '总共', '總共', '合计', '合計', '至少', '最多', '不到', '超过', '超過', '唯有', '每'];
/** Self-naming classifiers that keep 一 a count even without 仅 (一人死亡 is one death). */
export const zhCountingOneClassifiers: string[] = ['人', '人次', '例'];
/** Estimate words before a numeral that starts with its unit: 数十家, 几百人, 上万名, 成千上万 is an idiom. */
export const zhVagueBefore: Array<[string, Qualifier]> = [['数', 'more-than'], ['數', 'more-than'], ['几', 'more-than'], ['幾', 'more-than'], ['上', 'at-least']];
/**
 * Words before a round unit that ends the phrase (月薪过万, 销量破亿): only there are 过 and 破
 * "more than" (通过, 打破 before digits are verbs). The qualifiers before a number count too (近万。).
 */
export const zhRoundQualifiers: Array<[string, Qualifier]> = [['过', 'more-than'], ['過', 'more-than'], ['破', 'more-than']];
/** Units that stand for a round number on their own before a classifier (近百名, 上万人, 数十家). */
export const zhRoundUnits: Array<[string, number]> = [['十', 10], ['百', 100], ['千', 1000], ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8]];
/** Percent-like denominators that start with a unit: 百分之, 千分之, 万分之, 千万分之. */
export const zhPerDenominators: Array<[string, number]> = [
  ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000], ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8],
];
/** Clock times are not counts: 十二点, 下午三点半. */
export const zhClockMarks = { hour: ['点', '點', '时', '時'], before: ['上午', '下午', '晚上', '凌晨', '早上', '中午', '傍晚', '夜间', '夜間', '晚', '早', '日', '号', '號', '时间', '時間'], after: ['半', '钟', '鐘', '整', '许', '許', '一刻', '三刻'] };
