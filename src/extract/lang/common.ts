import type { Qualifier } from '../../types.js';
import type { MeasureUnit } from './types.js';

/**
 * Signs, codes and unit symbols that read the same in English and Chinese text. The language
 * tables add their words on top of these.
 */

/** Currency signs and ISO 4217 codes written before a number. Longest forms win (US$ over $). */
export const currencySigns: Array<[string, string]> = [
  ['€', 'EUR'],
  ['$', 'USD'],
  ['US$', 'USD'],
  // Australian and New Zealand papers put the country after the sign: $US1.2 billion
  ['$US', 'USD'],
  ['$A', 'AUD'],
  ['$NZ', 'NZD'],
  ['U.S.$', 'USD'],
  ['USD', 'USD'],
  ['US $', 'USD'],
  ['HK$', 'HKD'],
  ['HKD', 'HKD'],
  ['NT$', 'TWD'],
  ['S$', 'SGD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['NZ$', 'NZD'],
  ['£', 'GBP'],
  ['GBP', 'GBP'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['EUR', 'EUR'],
  ['JPY', 'JPY'],
  ['CHF', 'CHF'],
  ['CAD', 'CAD'],
  ['AUD', 'AUD'],
  ['SGD', 'SGD'],
  ['INR', 'INR'],
  ['₹', 'INR'],
  ['Rs', 'INR'],
  ['Rs.', 'INR'],
  ['₩', 'KRW'],
  ['KRW', 'KRW'],
  ['₽', 'RUB'],
  ['RUB', 'RUB'],
  ['BRL', 'BRL'],
  ['R$', 'BRL'],
  ['SEK', 'SEK'],
  ['NOK', 'NOK'],
  ['DKK', 'DKK'],
  ['PLN', 'PLN'],
  ['TWD', 'TWD'],
  ['MXN', 'MXN'],
  ['ZAR', 'ZAR'],
  ['TRY', 'TRY'],
  ['₺', 'TRY'],
  ['AED', 'AED'],
  ['SAR', 'SAR'],
  ['NZD', 'NZD'],
  ['HUF', 'HUF'],
  ['CZK', 'CZK'],
  ['ILS', 'ILS'],
  ['₪', 'ILS'],
  ['THB', 'THB'],
  ['VND', 'VND'],
  ['₫', 'VND'],
  ['IDR', 'IDR'],
  ['MYR', 'MYR'],
  ['PHP', 'PHP'],
  ['₱', 'PHP'],
  ['EGP', 'EGP'],
  ['NGN', 'NGN'],
  ['₦', 'NGN'],
  ['KWD', 'KWD'],
  ['QAR', 'QAR'],
  ['BGN', 'BGN'],
  ['UAH', 'UAH'],
  ['₴', 'UAH'],
  ['LBP', 'LBP'],
  ['MNT', 'MNT'],
  ['PKR', 'PKR'],
  ['LKR', 'LKR'],
  ['BDT', 'BDT'],
  ['KES', 'KES'],
  ['CLP', 'CLP'],
  ['COP', 'COP'],
  ['ARS', 'ARS'],
  ['PEN', 'PEN'],
  ['RM', 'MYR'],
  ['Mex$', 'MXN'],
  ['MX$', 'MXN'],
  ['MXN$', 'MXN'],
  ['AUD$', 'AUD'],
  ['CAD$', 'CAD'],
  ['NZD$', 'NZD'],
  ['SGD$', 'SGD'],
  ['HKD$', 'HKD'],
  ['US $', 'USD'],
  ['HK $', 'HKD'],
  ['C $', 'CAD'],
  // no 'A $': "A $2.5 million grant" is the article
  ['S $', 'SGD'],
  ['NZ $', 'NZD'],
  ['NT $', 'TWD'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['INR', 'INR'],
];

/**
 * Prefixes written in lower case in tokenized or lower-cased newswire ("c $ 16.4 million",
 * "hk $ 10.05 billion"). Only forms ending in a currency sign: a lower-case code alone ("try",
 * "pen") is an ordinary word.
 */
export const currencySignsLower: Array<[string, string]> = currencySigns
  .filter(([sign]) => /[$€£¥]$/.test(sign) && /[A-Z]/.test(sign))
  .map(([sign, code]): [string, string] => [sign.toLowerCase(), code]);

/** Signs also written after the number in some styles ("20€", "10 $", "3.14US$"). */
export const currencySignsAfter: Array<[string, string]> = [
  ['€', 'EUR'],
  ['$', 'USD'],
  ['US$', 'USD'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₫', 'VND'],
  ['₱', 'PHP'],
  ['₦', 'NGN'],
  ['₴', 'UAH'],
];

/**
 * The same codes are also written after a number ("100 EUR", "5 million USD"). Codes that are
 * English words (TRY, PEN, COP, ALL) are left out: "5 try" is not money.
 */
const WORD_CODES = new Set(['TRY', 'PEN', 'COP', 'ALL', 'CUP', 'MOP']);
export const currencyCodesAfter: Array<[string, string]> = currencySigns.filter(
  ([sign]) => /^[A-Z]{3}$/.test(sign) && !WORD_CODES.has(sign),
);

/** Unit symbols written the same in both languages. `ambiguous` ones need context. */
export const unitSymbols: Array<[string, MeasureUnit]> = [
  ['km²', { unit: 'km^2', kind: 'area' }],
  ['km2', { unit: 'km^2', kind: 'area' }],
  ['m²', { unit: 'm^2', kind: 'area' }],
  ['m2', { unit: 'm^2', kind: 'area' }],
  ['sq m', { unit: 'm^2', kind: 'area' }],
  ['sq km', { unit: 'km^2', kind: 'area' }],
  ['sq ft', { unit: 'sqft', kind: 'area' }],
  ['sq. ft', { unit: 'sqft', kind: 'area' }],
  ['sq. ft.', { unit: 'sqft', kind: 'area' }],
  ['sq mi', { unit: 'sqmi', kind: 'area' }],
  ['ha', { unit: 'hectare', kind: 'area' }],
  ['m³', { unit: 'm^3', kind: 'volume' }],
  ['m3', { unit: 'm^3', kind: 'volume' }],
  ['cm³', { unit: 'cm^3', kind: 'volume' }],
  ['km', { unit: 'km', kind: 'length' }],
  ['cm', { unit: 'cm', kind: 'length' }],
  ['mm', { unit: 'mm', kind: 'length' }],
  ['m', { unit: 'm', kind: 'length', ambiguous: true }],
  ['mi', { unit: 'mi', kind: 'length' }],
  ['ft', { unit: 'ft', kind: 'length' }],
  ['kms', { unit: 'km', kind: 'length' }],
  ['yd', { unit: 'yd', kind: 'length' }],
  ['yds', { unit: 'yd', kind: 'length' }],
  ['nm', { unit: 'nm', kind: 'length' }],
  ['dm', { unit: 'dm', kind: 'length' }],
  ['µm', { unit: 'um', kind: 'length' }],
  ['′', { unit: 'ft', kind: 'length' }],
  ['″', { unit: 'in', kind: 'length' }],
  ['in', { unit: 'in', kind: 'length', ambiguous: true }],
  ['"', { unit: 'in', kind: 'length', ambiguous: true }],
  ["''", { unit: 'in', kind: 'length', ambiguous: true }],
  ['kgs', { unit: 'kg', kind: 'mass' }],
  ['k.g.', { unit: 'kg', kind: 'mass' }],
  ['kt', { unit: 'kt', kind: 'mass' }],
  ['Mt', { unit: 'Mt', kind: 'mass' }],
  ['mcg', { unit: 'ug', kind: 'mass' }],
  ['µg', { unit: 'ug', kind: 'mass' }],
  ['cl', { unit: 'cl', kind: 'volume' }],
  ['dl', { unit: 'dl', kind: 'volume' }],
  ['mls', { unit: 'ml', kind: 'volume' }],
  ['gals', { unit: 'gal', kind: 'volume' }],
  ['bn cu m', { unit: 'm^3', kind: 'volume', factor: 1e9 }],
  ['km^2', { unit: 'km^2', kind: 'area' }],
  ['km^3', { unit: 'km^3', kind: 'volume' }],
  ['m^2', { unit: 'm^2', kind: 'area' }],
  ['m^3', { unit: 'm^3', kind: 'volume' }],
  ['cm^3', { unit: 'cm^3', kind: 'volume' }],
  ['km³', { unit: 'km^3', kind: 'volume' }],
  ['ft²', { unit: 'sqft', kind: 'area' }],
  ['sqft', { unit: 'sqft', kind: 'area' }],
  ['acres', { unit: 'acre', kind: 'area' }],
  ['°', { unit: '', kind: 'temperature', ambiguous: true }],
  ['°c', { unit: 'degC', kind: 'temperature' }],
  ['°f', { unit: 'degF', kind: 'temperature' }],
  ['° C', { unit: 'degC', kind: 'temperature' }],
  ['° F', { unit: 'degF', kind: 'temperature' }],
  ['C', { unit: 'degC', kind: 'temperature', ambiguous: true }],
  ['F', { unit: 'degF', kind: 'temperature', ambiguous: true }],
  ['K', { unit: 'K', kind: 'temperature', ambiguous: true }],
  ['h', { unit: 'h', kind: 'duration', ambiguous: true }],
  ['hrs', { unit: 'h', kind: 'duration' }],
  ['ms', { unit: 'ms', kind: 'duration', ambiguous: true }],
  ['W', { unit: 'W', kind: 'other' }],
  ['Wh', { unit: 'Wh', kind: 'other' }],
  ['TWh', { unit: 'TWh', kind: 'other' }],
  ['kV', { unit: 'kV', kind: 'other' }],
  ['V', { unit: 'V', kind: 'other', ambiguous: true }],
  ['Hz', { unit: 'Hz', kind: 'other' }],
  ['kHz', { unit: 'kHz', kind: 'other' }],
  ['MHz', { unit: 'MHz', kind: 'other' }],
  ['GHz', { unit: 'GHz', kind: 'other' }],
  ['kB', { unit: 'kB', kind: 'other' }],
  ['KB', { unit: 'kB', kind: 'other' }],
  ['kb', { unit: 'kb', kind: 'other' }],
  ['Mb', { unit: 'Mb', kind: 'other' }],
  ['Gb', { unit: 'Gb', kind: 'other' }],
  ['PB', { unit: 'PB', kind: 'other' }],
  ['kJ', { unit: 'kJ', kind: 'other' }],
  ['J', { unit: 'J', kind: 'other', ambiguous: true }],

  ['kg', { unit: 'kg', kind: 'mass' }],
  ['mg', { unit: 'mg', kind: 'mass' }],
  ['g', { unit: 'g', kind: 'mass' }],
  ['t', { unit: 't', kind: 'mass', ambiguous: true }],
  ['lb', { unit: 'lb', kind: 'mass' }],
  ['lbs', { unit: 'lb', kind: 'mass' }],
  ['oz', { unit: 'oz', kind: 'mass' }],
  ['ml', { unit: 'ml', kind: 'volume' }],
  ['mL', { unit: 'ml', kind: 'volume' }],
  ['l', { unit: 'l', kind: 'volume', ambiguous: true }],
  ['L', { unit: 'l', kind: 'volume' }],
  ['gal', { unit: 'gal', kind: 'volume' }],
  ['TEU', { unit: 'TEU', kind: 'count' }],
  ['TEUs', { unit: 'TEU', kind: 'count' }],
  ['°C', { unit: 'degC', kind: 'temperature' }],
  ['℃', { unit: 'degC', kind: 'temperature' }],
  ['°F', { unit: 'degF', kind: 'temperature' }],
  ['℉', { unit: 'degF', kind: 'temperature' }],
  ['km/h', { unit: 'km/h', kind: 'speed' }],
  ['kph', { unit: 'km/h', kind: 'speed' }],
  ['mph', { unit: 'mi/h', kind: 'speed' }],
  ['m/s', { unit: 'm/s', kind: 'speed' }],
  ['kWh', { unit: 'kWh', kind: 'other' }],
  ['MWh', { unit: 'MWh', kind: 'other' }],
  ['GWh', { unit: 'GWh', kind: 'other' }],
  ['MW', { unit: 'MW', kind: 'other' }],
  ['GW', { unit: 'GW', kind: 'other' }],
  ['kW', { unit: 'kW', kind: 'other' }],
  ['GB', { unit: 'GB', kind: 'other' }],
  ['TB', { unit: 'TB', kind: 'other' }],
  ['MB', { unit: 'MB', kind: 'other' }],
];

export const percentSigns: Array<[string, 'percent' | 'pp']> = [
  ['%', 'percent'],
  ['％', 'percent'],
  ['pp', 'pp'],
  ['ppt', 'pp'],
  ['ppts', 'pp'],
];

export const qualifierSigns: Array<[string, Qualifier]> = [
  ['~', 'approx'],
  ['≈', 'approx'],
  // a tolerance: "±2%" is 2% either way, not a sign
  ['±', 'approx'],
  ['>', 'more-than'],
  ['<', 'less-than'],
  ['≥', 'at-least'],
  ['>=', 'at-least'],
  ['≤', 'at-most'],
  ['<=', 'at-most'],
  ['+/-', 'approx'],
];

/**
 * Units that combine into one measure when written largest first ("5 ft 2 in", "2 kilometres
 * 1 metre", "1 hour 30 minutes"): each unit's size in a base unit of its group.
 */
export const compoundUnits: Array<[string, { group: string; size: number }]> = [
  ['mi', { group: 'length', size: 1609.344 }],
  ['yd', { group: 'length', size: 0.9144 }],
  ['ft', { group: 'length', size: 0.3048 }],
  ['in', { group: 'length', size: 0.0254 }],
  ['km', { group: 'length', size: 1000 }],
  ['m', { group: 'length', size: 1 }],
  ['dm', { group: 'length', size: 0.1 }],
  ['cm', { group: 'length', size: 0.01 }],
  ['mm', { group: 'length', size: 0.001 }],
  ['t', { group: 'mass', size: 1000 }],
  ['kg', { group: 'mass', size: 1 }],
  ['g', { group: 'mass', size: 0.001 }],
  ['stone', { group: 'mass', size: 6.35029318 }],
  ['lb', { group: 'mass', size: 0.45359237 }],
  ['oz', { group: 'mass', size: 0.028349523125 }],
  ['l', { group: 'volume', size: 1 }],
  ['cl', { group: 'volume', size: 0.01 }],
  ['ml', { group: 'volume', size: 0.001 }],
  ['year', { group: 'time', size: 12 }],
  ['month', { group: 'time', size: 1 }],
  ['week', { group: 'clock', size: 604800 }],
  ['day', { group: 'clock', size: 86400 }],
  ['h', { group: 'clock', size: 3600 }],
  ['minute', { group: 'clock', size: 60 }],
  ['s', { group: 'clock', size: 1 }],
];

/**
 * Words that set a text in a place whose own currency a bare "$" or 元 names (an Australian
 * story's "$41m" is AUD, a Hong Kong story's 48.5億元 is HKD). The default reading, USD or CNY,
 * has cues too, so that a text naming both places is left undecided and says so.
 */
export const dollarPlaces: Array<[string, string[]]> = [
  ['USD', ['United States', 'U.S.', 'America', 'Washington', 'Federal Reserve', 'Wall Street', '美国', '美國']],
  [
    'AUD',
    [
      'Australia',
      'Canberra',
      'Sydney',
      'Melbourne',
      'Queensland',
      'New South Wales',
      'ASX',
      '澳洲',
      '澳大利亚',
      '澳大利亞',
    ],
  ],
  ['NZD', ['New Zealand', 'Wellington', 'Auckland', '新西兰', '紐西蘭', '新西蘭']],
  ['CAD', ['Canada', 'Canadian', 'Ottawa', 'Toronto', 'Ontario', 'Quebec', 'Alberta', 'British Columbia', '加拿大']],
  ['SGD', ['Singapore', '新加坡']],
  ['HKD', ['Hong Kong', '香港', '本港', '港府', '特區政府']],
];
export const yuanPlaces: Array<[string, string[]]> = [
  ['CNY', ['人民币', '人民幣', '国务院', '国家统计局', '全国', '中国大陆']],
  ['HKD', ['Hong Kong', '香港', '本港', '港府', '港人', '特區', '立法會', '港元', '港幣']],
  ['TWD', ['Taiwan', '台灣', '臺灣', '台湾', '新台幣', '新台币', '新臺幣', '行政院', '立法院']],
  ['MOP', ['Macau', 'Macao', '澳門', '澳门']],
];
/** ¥ is the yuan and the yen: a text set in Japan means yen. */
export const yenPlaces: Array<[string, string[]]> = [
  ['CNY', ['China', 'Chinese', 'Beijing', 'Shanghai', '中国', '中國', '人民币', '人民幣', '北京', '上海']],
  [
    'JPY',
    ['Japan', 'Tokyo', 'Nikkei', 'Osaka', 'Toyota', 'Sony', '日本', '東京', '东京', '日元', '日圓', '日经', '日經'],
  ],
];
/**
 * Characters written only in traditional script, with their simplified forms: a traditional text
 * is not mainland Chinese, so its bare 元 is not CNY unless a cue says so.
 */
export const traditionalOnly = '們這個來為說時會從對與於國經發區價際總萬億務當開過還進實';
export const simplifiedOnly = '们这个来为说时会从对与于国经发区价际总万亿务当开过还进实';
