// amounts may be scaled ("3.7 billion"); other kinds show their digits as they are
import { AMOUNT_KINDS, type Figure, type Lang } from '../types.js';
import { groupDigits } from './format.js';

/*
 * One notation per reader language, the same for every figure of a kind: "9.1 billion euros"
 * reads "€9.1 billion" in English and "91亿欧元" in Chinese whichever language the source wrote
 * it in. Written by hand rather than with Intl.NumberFormat so that the output bytes do not
 * change with the ICU data of the Node version (golden files stay put).
 */

type Scale = readonly [factor: number, word: string];

/** Scale words per language; English keeps thousands in full ("12,500"). */
const SCALES: Record<Lang, readonly Scale[]> = {
  en: [
    [1e12, ' trillion'],
    [1e9, ' billion'],
    [1e6, ' million'],
  ],
  zh: [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ],
};

/** Currencies: a symbol before the number, or a word after it. Others get their ISO code. */
const CURRENCIES: Record<Lang, Record<string, { before?: string; after?: string }>> = {
  en: {
    EUR: { before: '€' },
    USD: { before: '$' },
    GBP: { before: '£' },
    JPY: { before: '¥' },
    HKD: { before: 'HK$' },
    CNY: { after: ' yuan' },
  },
  zh: {
    EUR: { after: '欧元' },
    USD: { after: '美元' },
    GBP: { after: '英镑' },
    JPY: { after: '日元' },
    HKD: { after: '港元' },
    CNY: { after: '元' },
  },
};

/** Units written as words; plural forms for English. Any other unit prints as mathjs wrote it (`m²`). */
const UNIT_WORDS: Record<Lang, Record<string, readonly [one: string, many: string]>> = {
  en: {
    t: [' tonne', ' tonnes'],
    minute: [' minute', ' minutes'],
    h: [' hour', ' hours'],
    day: [' day', ' days'],
    week: [' week', ' weeks'],
    month: [' month', ' months'],
    year: [' year', ' years'],
    hectare: [' hectare', ' hectares'],
    acre: [' acre', ' acres'],
  },
  zh: {
    t: ['吨', '吨'],
    kg: ['公斤', '公斤'],
    km: ['公里', '公里'],
    m: ['米', '米'],
    'm^2': ['平方米', '平方米'],
    'km^2': ['平方公里', '平方公里'],
    minute: ['分钟', '分钟'],
    h: ['小时', '小时'],
    day: ['天', '天'],
    week: ['周', '周'],
    month: ['个月', '个月'],
    year: ['年', '年'],
    hectare: ['公顷', '公顷'],
    pp: ['个百分点', '个百分点'],
    TEU: ['标准箱', '标准箱'],
  },
};

const SUPERSCRIPTS: Record<string, string> = { '2': '²', '3': '³' };

/** The largest scale of `lang` that `value` reaches: `3.7e9` → "3.7 billion", "37亿". */
export function compactNumber(value: number, lang: Lang): string {
  const size = Math.abs(value);
  for (const [factor, word] of SCALES[lang]) {
    // Chinese writes a scaled number without commas: 1460万, never 1,460万
    if (size >= factor) return (lang === 'zh' ? String : groupDigits)(Number((value / factor).toPrecision(4))) + word;
  }
  return groupDigits(value);
}

/** mathjs unit strings for reading: `m^2` → `m²`. */
export function unitLabel(unit: string): string {
  return unit.replace(/\^([23])/g, (_, power: string) => SUPERSCRIPTS[power] ?? power);
}

/** A unit after a number in `lang`: " tonnes", "吨", " km²"; `value` picks the English plural. */
function unitAfter(unit: string, value: number | null, lang: Lang): string {
  const words = UNIT_WORDS[lang][unit];
  if (words) return value === 1 ? words[0] : words[1];
  return lang === 'zh' ? unitLabel(unit) : ` ${unitLabel(unit)}`;
}

/** A number with its unit: "€3.7 billion", "37亿欧元", "15%", "5/week", "120 km²". */
function withUnit(number: string, figure: Figure, lang: Lang): string {
  const { unit } = figure;
  if (figure.kind === 'money') {
    const currency = CURRENCIES[lang][unit];
    if (currency === undefined) return unit === '' ? number : `${number} ${unit}`;
    const sign = number.startsWith('-') ? '-' : '';
    return `${sign}${currency.before ?? ''}${number.slice(sign.length)}${currency.after ?? ''}`;
  }
  if (unit === '') return number;
  if (unit === '%') return `${number}%`;
  if (unit === 'pp' && lang === 'en') return `${number} pp`;
  // a bare rate ("five per week" is `5` of `1/week`) reads as "5/week", "5/周"
  if (unit.startsWith('1/')) return `${number}/${unitAfter(unit.slice(2), 1, lang).trim()}`;
  return number + unitAfter(unit, figure.value, lang);
}

function ordinalSuffix(n: number): string {
  const tens = Math.abs(n) % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th';
}

/**
 * The figure in the reader's notation (`lang`, by default the figure's own): "€3.7 billion" or
 * "37亿欧元", "3.26亿", "15%", "5th" / "第5". Dates and years show their ISO form.
 */
export function displayValue(figure: Figure, lang: Lang = figure.lang): string {
  const { value, kind } = figure;
  if (kind === 'date' || kind === 'year') return figure.iso ?? (value === null ? figure.text : String(value));
  // a stated range shows each end in full: "€3 billion – €4 billion"
  if (figure.range)
    return figure.range.map((end) => displayValue({ ...figure, value: end, range: undefined }, lang)).join(' – ');
  if (value === null) return figure.text;
  switch (kind) {
    case 'ordinal':
      return lang === 'zh' ? `第${groupDigits(value)}` : groupDigits(value) + ordinalSuffix(value);
    case 'rank':
      return lang === 'zh' ? `第${groupDigits(value)}` : `No. ${groupDigits(value)}`;
    case 'multiplier':
      return `×${groupDigits(value)}`;
    case 'fraction':
      return fractionText(value);
    case 'percent':
    case 'pp':
      return withUnit(groupDigits(value), figure, lang);
    default:
      return AMOUNT_KINDS.has(kind) ? withUnit(compactNumber(value, lang), figure, lang) : figure.text;
  }
}

/**
 * Every digit with the unit code, when the notation scales the number ("3,700,000,000 EUR" for
 * "€3.7 billion"); empty when the notation already says it all.
 */
export function fullValue(figure: Figure, lang: Lang = figure.lang, display = displayValue(figure, lang)): string {
  const { value, kind, unit } = figure;
  if (value === null || !AMOUNT_KINDS.has(kind)) return '';
  const digits = groupDigits(value);
  if (compactNumber(value, lang) === digits) return '';
  const full = unit === '' ? digits : `${digits} ${unitLabel(unit)}`;
  return full === display ? '' : full;
}

/**
 * The interval when it says more than the value: "325,500,000 – 326,500,000", or "≥ 800" when
 * it is open above ("more than 800"). Ordinals and ranks have none: "4th" is not "3.5 – 4.5".
 */
export function intervalText(figure: Figure): string {
  if (figure.interval === null || figure.kind === 'ordinal' || figure.kind === 'rank') return '';
  const [low, high] = figure.interval;
  // a third's bounds carry fifteen digits of a repeating decimal; six say as much
  const digits = figure.kind === 'fraction' ? (x: number) => groupDigits(Number(x.toPrecision(6))) : groupDigits;
  if (high === null) return `≥ ${digits(low)}`;
  return low === figure.value && high === figure.value ? '' : `${digits(low)} – ${digits(high)}`;
}

/** Denominators a share is said with: halves to twelfths, sixteenths, twentieths, hundredths. */
const DENOMINATORS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16, 20, 100];

/** A share as it is said: `1/3` for a third, `3/4`; else its first four digits (`0.1429`). */
function fractionText(value: number): string {
  if (Math.abs(value) < 1) {
    for (const q of DENOMINATORS) {
      const p = Math.round(value * q);
      if (p !== 0 && Math.abs(value * q - p) < 1e-9) return `${p}/${q}`;
    }
  }
  return groupDigits(Number(value.toPrecision(4)));
}

/** A change from → to in the reader's words: "+146%", "×2.46", "−0.4 pp". */
export function changeText(from: Figure, to: Figure): string | null {
  if (from.value === null || to.value === null || from.unit !== to.unit) return null;
  if (from.kind === 'percent' || from.kind === 'pp') {
    const points = Number((to.value - from.value).toPrecision(4));
    return `${points >= 0 ? '+' : '−'}${groupDigits(Math.abs(points))} pp`;
  }
  if (from.value <= 0) return null;
  const ratio = to.value / from.value;
  if (ratio >= 3) return `×${groupDigits(Number(ratio.toPrecision(3)))}`;
  const percent = Number(((ratio - 1) * 100).toPrecision(3));
  return `${percent >= 0 ? '+' : '−'}${groupDigits(Math.abs(percent))}%`;
}

const QUALIFIER_BEFORE: Record<Lang, Record<Figure['qualifier'], string>> = {
  en: {
    exact: '',
    approx: 'about ',
    'more-than': 'more than ',
    'less-than': 'less than ',
    'at-least': 'at least ',
    'at-most': 'at most ',
  },
  zh: { exact: '', approx: '约', 'more-than': '超过', 'less-than': '不到', 'at-least': '至少', 'at-most': '至多' },
};

/** The figure in the reader's notation with its qualifier: "more than 16 million TEU", "约4500". */
export function qualifiedValue(figure: Figure, lang: Lang): string {
  return QUALIFIER_BEFORE[lang][figure.qualifier] + displayValue(figure, lang);
}
