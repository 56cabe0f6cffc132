import { currencyCodesAfter, currencySigns, percentSigns, qualifierSigns, unitSymbols } from './common.js';
import type { LanguageTables, MeasureUnit } from './types.js';

/** English number words: the value of each word as it composes ("twenty" + "one"). */
export const enUnits: Array<[string, number]> = [
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
];
export const enTens: Array<[string, number]> = [
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
];
/** Words that stand for a number on their own ("a dozen" = 12). */
export const enCountWords: Array<[string, number]> = [
  ['dozen', 12], ['dozens', 12], ['score', 20], ['couple', 2], ['pair', 2], ['single', 1],
];
export const enOrdinals: Array<[string, number]> = [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['hundredth', 100], ['thousandth', 1000],
];
/** Denominators of fractions: "one-fifth", "two thirds", "a quarter". */
export const enDenominators: Array<[string, number]> = [
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
  ['tenth', 10], ['tenths', 10], ['hundredth', 100], ['hundredths', 100],
];
/** Words that multiply: "twice", "tripled", "two-fold". */
export const enMultipliers: Array<[string, number]> = [
  ['twice', 2], ['double', 2], ['doubled', 2], ['doubling', 2], ['doubles', 2],
  ['triple', 3], ['tripled', 3], ['tripling', 3], ['triples', 3], ['thrice', 3],
  ['quadruple', 4], ['quadrupled', 4], ['quadrupling', 4], ['quintupled', 5],
  ['twofold', 2], ['two-fold', 2], ['threefold', 3], ['three-fold', 3], ['fourfold', 4],
  ['four-fold', 4], ['fivefold', 5], ['five-fold', 5], ['tenfold', 10], ['ten-fold', 10],
];
export const enMonths: Array<[string, number]> = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];

const unit = (u: string, kind: MeasureUnit['kind'], factor?: number): MeasureUnit =>
  factor === undefined ? { unit: u, kind } : { unit: u, kind, factor };

/** Unit words; plural and British/American spellings are rows of their own. */
const enUnitWords: Array<[string, MeasureUnit]> = [
  ...['square metres', 'square meters', 'square metre', 'square meter', 'sq metres', 'sq meters', 'sqm']
    .map((w): [string, MeasureUnit] => [w, unit('m^2', 'area')]),
  ...['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer']
    .map((w): [string, MeasureUnit] => [w, unit('km^2', 'area')]),
  ...['square feet', 'square foot'].map((w): [string, MeasureUnit] => [w, unit('sqft', 'area')]),
  ...['square miles', 'square mile'].map((w): [string, MeasureUnit] => [w, unit('sqmi', 'area')]),
  ...['hectares', 'hectare'].map((w): [string, MeasureUnit] => [w, unit('hectare', 'area')]),
  ...['acres', 'acre'].map((w): [string, MeasureUnit] => [w, unit('acre', 'area')]),
  ...['tonnes', 'tonne', 'metric tons', 'metric ton', 'tons', 'ton'].map((w): [string, MeasureUnit] => [w, unit('t', 'mass')]),
  ...['kilograms', 'kilogram', 'kilos', 'kilo'].map((w): [string, MeasureUnit] => [w, unit('kg', 'mass')]),
  ...['grams', 'gram', 'grammes', 'gramme'].map((w): [string, MeasureUnit] => [w, unit('g', 'mass')]),
  ...['milligrams', 'milligram'].map((w): [string, MeasureUnit] => [w, unit('mg', 'mass')]),
  ...['pounds', 'pound'].map((w): [string, MeasureUnit] => [w, { unit: 'lb', kind: 'mass', ambiguous: true }]),
  ...['ounces', 'ounce'].map((w): [string, MeasureUnit] => [w, unit('oz', 'mass')]),
  ...['kilometres', 'kilometers', 'kilometre', 'kilometer'].map((w): [string, MeasureUnit] => [w, unit('km', 'length')]),
  ...['metres', 'meters', 'metre', 'meter'].map((w): [string, MeasureUnit] => [w, unit('m', 'length')]),
  ...['centimetres', 'centimeters', 'centimetre', 'centimeter'].map((w): [string, MeasureUnit] => [w, unit('cm', 'length')]),
  ...['millimetres', 'millimeters', 'millimetre', 'millimeter'].map((w): [string, MeasureUnit] => [w, unit('mm', 'length')]),
  ...['miles', 'mile'].map((w): [string, MeasureUnit] => [w, unit('mi', 'length')]),
  ...['feet', 'foot'].map((w): [string, MeasureUnit] => [w, unit('ft', 'length')]),
  ...['inches', 'inch'].map((w): [string, MeasureUnit] => [w, unit('in', 'length')]),
  ...['yards', 'yard'].map((w): [string, MeasureUnit] => [w, unit('yd', 'length')]),
  ...['nautical miles', 'nautical mile'].map((w): [string, MeasureUnit] => [w, unit('nmi', 'length')]),
  ...['litres', 'liters', 'litre', 'liter'].map((w): [string, MeasureUnit] => [w, unit('l', 'volume')]),
  ...['millilitres', 'milliliters', 'millilitre', 'milliliter'].map((w): [string, MeasureUnit] => [w, unit('ml', 'volume')]),
  ...['hectolitres', 'hectoliters', 'hectolitre', 'hectoliter'].map((w): [string, MeasureUnit] => [w, unit('hl', 'volume')]),
  ...['gallons', 'gallon'].map((w): [string, MeasureUnit] => [w, unit('gal', 'volume')]),
  ...['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter'].map((w): [string, MeasureUnit] => [w, unit('m^3', 'volume')]),
  ...['barrels', 'barrel', 'bbl'].map((w): [string, MeasureUnit] => [w, unit('bbl', 'volume')]),
  ...['cups', 'cup'].map((w): [string, MeasureUnit] => [w, unit('cup', 'volume')]),
  ...['teaspoons', 'teaspoon', 'tsp'].map((w): [string, MeasureUnit] => [w, unit('teaspoon', 'volume')]),
  ...['tablespoons', 'tablespoon', 'tbsp'].map((w): [string, MeasureUnit] => [w, unit('tablespoon', 'volume')]),
  ...['seconds', 'second', 'secs', 'sec'].map((w): [string, MeasureUnit] => [w, unit('s', 'duration')]),
  ...['minutes', 'minute', 'mins', 'min'].map((w): [string, MeasureUnit] => [w, unit('minute', 'duration')]),
  ...['hours', 'hour', 'hrs', 'hr'].map((w): [string, MeasureUnit] => [w, unit('h', 'duration')]),
  ...['days', 'day'].map((w): [string, MeasureUnit] => [w, unit('day', 'duration')]),
  ...['weeks', 'week'].map((w): [string, MeasureUnit] => [w, unit('week', 'duration')]),
  ...['months', 'month'].map((w): [string, MeasureUnit] => [w, unit('month', 'duration')]),
  ...['years', 'year', 'yrs'].map((w): [string, MeasureUnit] => [w, unit('year', 'duration')]),
  ...['decades', 'decade'].map((w): [string, MeasureUnit] => [w, unit('year', 'duration', 10)]),
  ...['degrees celsius', 'degrees centigrade', 'degree celsius', 'celsius'].map((w): [string, MeasureUnit] => [w, unit('degC', 'temperature')]),
  ...['degrees fahrenheit', 'degree fahrenheit', 'fahrenheit'].map((w): [string, MeasureUnit] => [w, unit('degF', 'temperature')]),
  ...['kelvin'].map((w): [string, MeasureUnit] => [w, unit('K', 'temperature')]),
  ...['kilometres per hour', 'kilometers per hour'].map((w): [string, MeasureUnit] => [w, unit('km/h', 'speed')]),
  ...['miles per hour'].map((w): [string, MeasureUnit] => [w, unit('mi/h', 'speed')]),
  ...['twenty-foot equivalent units', 'twenty-foot equivalent unit'].map((w): [string, MeasureUnit] => [w, unit('TEU', 'count')]),
];

export const en: LanguageTables = {
  lang: 'en',
  scales: [
    ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
    ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['hundred', 1e2],
    ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
    ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
  ],
  weakScales: [['k', 1e3], ['K', 1e3], ['m', 1e6], ['M', 1e6], ['b', 1e9], ['B', 1e9], ['MM', 1e6]],
  currencyBefore: currencySigns,
  currencyAfter: [
    ...currencyCodesAfter,
    ['euros', 'EUR'], ['euro', 'EUR'], ['US dollars', 'USD'], ['U.S. dollars', 'USD'], ['dollars', 'USD'],
    ['dollar', 'USD'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['yuan', 'CNY'],
    ['renminbi', 'CNY'], ['Hong Kong dollars', 'HKD'], ['yen', 'JPY'], ['rupees', 'INR'],
    ['rupee', 'INR'], ['won', 'KRW'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['francs', 'CHF'],
    ['Swiss francs', 'CHF'], ['Canadian dollars', 'CAD'], ['Australian dollars', 'AUD'],
    ['Singapore dollars', 'SGD'], ['New Zealand dollars', 'NZD'], ['Taiwan dollars', 'TWD'],
    ['New Taiwan dollars', 'TWD'], ['reais', 'BRL'], ['real', 'BRL'], ['pesos', 'MXN'],
    ['rand', 'ZAR'], ['lira', 'TRY'], ['dirhams', 'AED'], ['riyals', 'SAR'], ['shekels', 'ILS'],
    ['baht', 'THB'], ['dong', 'VND'], ['rupiah', 'IDR'], ['ringgit', 'MYR'], ['kronor', 'SEK'],
    ['kroner', 'NOK'], ['zloty', 'PLN'], ['forint', 'HUF'], ['hryvnia', 'UAH'],
    ['bucks', 'USD'],
  ],
  currencySubunits: [['cents', { code: 'USD', factor: 0.01 }], ['cent', { code: 'USD', factor: 0.01 }], ['pence', { code: 'GBP', factor: 0.01 }]],
  units: [...enUnitWords, ...unitSymbols],
  percentAfter: [
    ...percentSigns,
    ['per cent', 'percent'], ['percent', 'percent'], ['pct', 'percent'],
    ['percentage points', 'pp'], ['percentage point', 'pp'], ['percent points', 'pp'],
    ['basis points', 'pp'],
  ],
  qualifiersBefore: [
    ...qualifierSigns,
    ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'],
    ['some', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'], ['circa', 'approx'],
    ['nearly', 'less-than'], ['almost', 'less-than'], ['close to', 'approx'], ['just under', 'less-than'],
    ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['upwards of', 'more-than'],
    ['in excess of', 'more-than'], ['just over', 'more-than'], ['greater than', 'more-than'],
    ['at least', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'], ['a minimum of', 'at-least'],
    ['under', 'less-than'], ['below', 'less-than'], ['less than', 'less-than'], ['fewer than', 'less-than'],
    ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['as many as', 'at-most'],
    ['as much as', 'at-most'], ['a maximum of', 'at-most'], ['within', 'at-most'],
    ['exactly', 'exact'], ['precisely', 'exact'],
  ],
  qualifiersAfter: [
    ['or more', 'at-least'], ['or so', 'approx'], ['or less', 'at-most'], ['or fewer', 'at-most'],
    ['plus', 'at-least'], ['+', 'at-least'], ['odd', 'more-than'], ['-odd', 'more-than'],
  ],
  ratePer: [
    ['per year', 'year'], ['a year', 'year'], ['per annum', 'year'], ['annually', 'year'], ['each year', 'year'],
    ['per month', 'month'], ['a month', 'month'], ['per week', 'week'], ['a week', 'week'], ['each week', 'week'],
    ['per day', 'day'], ['a day', 'day'], ['daily', 'day'], ['per hour', 'h'], ['an hour', 'h'],
    ['per capita', ''], ['per person', ''],
  ],
  transitionTo: [
    ['to', null], ['rose to', 'increase'], ['rising to', 'increase'], ['increased to', 'increase'],
    ['grew to', 'increase'], ['climbed to', 'increase'], ['jumped to', 'increase'], ['widened to', 'increase'],
    ['fell to', 'decrease'], ['dropped to', 'decrease'], ['declined to', 'decrease'], ['decreased to', 'decrease'],
    ['narrowed to', 'decrease'], ['shrank to', 'decrease'],
  ],
  transitionFrom: ['from'],
  rangeJoiners: ['to', 'and', '-', '–', '—', 'or'],
  rankAfter: [
    'largest', 'biggest', 'busiest', 'highest', 'lowest', 'smallest', 'most', 'best', 'worst',
    'richest', 'poorest', 'fastest', 'longest', 'oldest', 'leading', 'greatest', 'most populous',
  ],
  idioms: [
    'one of', 'one another', 'one-sided', 'one-off', 'one day', 'at one point', 'no one', 'someone',
    'anyone', 'everyone', 'one by one', 'one-stop', 'covid-19', 'g7', 'g20', 'g-7', 'g-20', 'mp3', 'mp4',
    'win-win', 'double standards', 'double standard', 'first-hand', 'second-hand', 'first lady',
    'the first time', 'at first', 'second-largest', 'a second', 'on second thought', 'third party',
    'third-party', 'third parties', 'first of all', 'in the first place', 'ones', 'once',
  ],
  nounStops: [
    'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
    'that', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
    'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'than', 'as', 'per', 'each',
    'into', 'over', 'under', 'after', 'before', 'since', 'during', 'until', 'this', 'these', 'those',
    'it', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'he', 'she', 'i', 'you', 'not', 'more',
    'less', 'about', 'said', 'says', 'last', 'next', 'ago', 'earlier', 'later', 'year', 'years',
    'up', 'down', 'out', 'off', 'between', 'among', 'while', 'when', 'where', 'if', 'so', 'also',
  ],
};
