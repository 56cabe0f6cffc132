import { currencyCodesAfter, currencySigns, currencySignsLower, percentSigns, qualifierSigns, unitSymbols } from './common.js';
import type { LanguageTables, MeasureUnit } from './types.js';

/** English number words: the value of each word as it composes ("twenty" + "one"). */
export const enUnits: Array<[string, number]> = [
  ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
];
export const enTens: Array<[string, number]> = [
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
];
/**
 * Scale words inside a number written in words ("three hundred thousand", "three crore twelve
 * lakh"): a larger one multiplies all before it, a smaller one only the words since the last.
 */
export const enScaleWords: Array<[string, number]> = [
  // "five hundreds": never alone ("hundreds of" is an idiom), only after a number word
  ['hundred', 100], ['hundreds', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['lacs', 1e5], ['crore', 1e7], ['crores', 1e7], ['cr', 1e7],
];
/** Words that stand for a number on their own ("a dozen" = 12). */
export const enCountWords: Array<[string, number]> = [
  ['dozen', 12], ['dozens', 12], ['dozs', 12], ['doz', 12], ['score', 20], ['couple', 2], ['pair', 2], ['single', 1],
];
/** Comparatives after "a fifth", "a third" that make it a fraction of change ("a fifth higher"), not an ordinal. */
export const enComparatives: string[] = [
  'higher', 'lower', 'bigger', 'smaller', 'larger', 'greater', 'cheaper', 'dearer', 'faster', 'slower', 'longer',
  'shorter', 'fewer', 'richer', 'poorer', 'above', 'below', 'up', 'down',
];
/** Words between two numbers that make the pair a proportion: "one in five", "nine out of ten". */
export const enRatioJoiners: string[] = ['in', 'out of'];
/** Words after "a" or "an" that make it one of them: "a dollar and 42 cents", "a kg of rice", "an ml". */
export const enOneUnitWords: string[] = [
  'dollar', 'euro', 'kg', 'km', 'lb', 'ml', 'mg', 'cm', 'mm', 'oz', 'kWh', 'MWh', 'mile', 'kilometre', 'kilometer',
  'metre', 'centimetre', 'centimeter', 'millimetre', 'millimeter', 'inch', 'litre', 'liter', 'millilitre', 'milliliter',
  'gallon', 'kilogram', 'kilo', 'gram', 'ounce', 'tonne', 'hectare', 'acre',
  'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte', 'kibibyte', 'mebibyte', 'gibibyte', 'tebibyte',
  // not "a meter" (a device), "a yard" (a garden), "a foot", "a ton of", "a pound" (money or mass)
];
/**
 * Currency symbols and abbreviations written after the amount, matched as written ("42 LE", "42RM",
 * "100元"): in lower case they are ordinary words ("Le Mans").
 */
export const enCurrencySymbolsAfter: Array<[string, string]> = [
  ['LE', 'EGP'], ['L.E', 'EGP'], ['L.E.', 'EGP'], ['RM', 'MYR'], ['元', 'CNY'], ['ரூ', 'LKR'],
];
/** Words before "one" that make it a pronoun ("the one you mentioned", "this one"), when no noun follows. */
export const enPronounDeterminers: string[] = ['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'only', 'last', 'new', 'big', 'other', 'right', 'wrong'];
/** Stems of verbs that make "from X to Y" a change rather than a range ("rose from", "cut from"). */
export const enChangeVerbStems: string[] = [
  'rise', 'rose', 'risen', 'rising', 'fall', 'fell', 'increas', 'decreas', 'grow', 'grew', 'jump', 'climb',
  'drop', 'declin', 'cut', 'reduc', 'rais', 'lower', 'surg', 'soar', 'slump', 'plung', 'widen', 'narrow',
  'expand', 'shrank', 'shrink', 'went', 'gone', 'going', 'move', 'moving', 'chang', 'boost', 'lift', 'swell',
  'swoll', 'doubl', 'tripl', 'rebound', 'tumbl', 'slid', 'sank', 'sink', 'revis', 'upgrad', 'downgrad', 'hike',
  'hiking', 'trim', 'slash', 'improv', 'worsen', 'accelerat', 'slow', 'down', 'spik',
  'dip', 'ease', 'eased', 'easing', 'edg', 'shot', 'leap', 'leapt', 'crept', 'creep', 'fallen', 'tumbl',
];
/** Words that make the number after them negative: "minus five", "negative 3". */
export const enNegators: string[] = ['minus', 'negative'];
/** Words after a length that say it is a dimension ("2 in thick"), which settles "in" as inches. */
export const enDimensionAdjectives: string[] = [
  'thick', 'long', 'wide', 'tall', 'high', 'deep', 'across', 'in diameter', 'in length', 'in width',
  'in height', 'in depth', 'x', 'by', 'square', 'of rain', 'of snow', 'of rainfall', 'of snowfall', 'of water',
];
/** Nouns that make a bare "100m" a length (a race, a height), not a hundred million. */
export const enLengthNouns: string[] = [
  'sprint', 'sprints', 'race', 'races', 'hurdles', 'freestyle', 'backstroke', 'breaststroke',
  'butterfly', 'relay', 'medley', 'dash', 'final', 'finals', 'title', 'record', 'world record', 'run',
  'swim', 'dive', 'platform', 'springboard', 'tall', 'high', 'long', 'wide', 'deep', 'below',
  'above', 'away', 'wall', 'tower', 'drop', 'climb', 'stretch', 'long-range', 'radius',
];
/** Words before a bare "400m" that make it an event or a thing measured ("the 400m", "women's 100m"). */
export const enEventDeterminers: string[] = ['the', 'a', 'an', "men's", "women's", 'his', 'her', 'their'];
/** Words in a sentence that make a bare "100m" a length: races, heights, distances. */
export const enLengthContext: string[] = [
  'ran', 'runs', 'running', 'runner', 'swam', 'swimmer', 'finished', 'jump', 'jumped', 'height', 'depth',
  'distance', 'metres', 'meters', 'olympic', 'olympics', 'athletics', 'sea', 'level', 'altitude',
  // another length in the sentence: "1m is equal to 10 dm"
  'km', 'cm', 'mm', 'dm', 'ft', 'feet', 'foot', 'inches', 'miles', 'kilometres', 'kilometers', 'centimetres', 'centimeters',
];
/** Words that put money in a sentence, so a bare "100m" there is a hundred million. */
export const enMoneyContext: string[] = [
  'cost', 'costs', 'price', 'prices', 'worth', 'value', 'valued', 'revenue', 'revenues', 'sales', 'profit',
  'profits', 'loss', 'losses', 'budget', 'funding', 'fund', 'funds', 'raised', 'raise', 'invest', 'investment',
  'deal', 'paid', 'pay', 'spend', 'spent', 'debt', 'loan', 'loans', 'fine', 'fined', 'bid', 'euros', 'dollars',
  'pounds', 'yuan', 'market', 'shares', 'turnover', 'income', 'capital', 'tax', 'taxes', 'subsidy', 'aid',
];
/** Words around a bare "degrees" that make it an angle rather than a temperature. */
export const enAngleContext: string[] = ['angle', 'angles', 'rotate', 'rotated', 'rotation', 'turn', 'turned', 'tilt', 'tilted', 'incline', 'slope', 'latitude', 'longitude', 'north', 'south', 'east', 'west', 'arc'];
/**
 * Words that make "2.1 pm" a size in picometres rather than a time of day. An hour-like number
 * ("2 pm", "2.30 pm") needs the unit named in the sentence ("picometres").
 */
export const enPicometreContext: string[] = [
  'size', 'radius', 'diameter', 'wavelength', 'width', 'length', 'thick', 'thickness', 'nano', 'atom', 'atoms',
  'atomic', 'bond', 'lattice', 'grid', 'spacing', 'resolution',
];
export const enPicometreWords: string[] = ['picometre', 'picometres', 'picometer', 'picometers'];
/** Words after a length unit that raise it to a power: "4 km cubed", "9 m squared". */
export const enUnitPowers: Array<[string, number]> = [['squared', 2], ['cubed', 3]];
/** Words that make a bare "C" or "F" after a number a temperature ("40C heatwave"). */
export const enTemperatureContext: string[] = [
  'temperature', 'temperatures', 'degrees', 'heat', 'heatwave', 'hot', 'hotter', 'hottest', 'cold',
  'colder', 'coldest', 'warm', 'warmer', 'warmest', 'weather', 'thermostat', 'freezing', 'fever',
  'celsius', 'fahrenheit', 'outside', 'climate', 'warming', 'cool', 'cooler', 'temp', 'temps',
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
  ['tenth', 10], ['tenths', 10], ['eleventh', 11], ['elevenths', 11], ['twelfth', 12], ['twelfths', 12],
  ['thirteenth', 13], ['thirteenths', 13], ['fourteenth', 14], ['fourteenths', 14], ['fifteenth', 15],
  ['fifteenths', 15], ['sixteenth', 16], ['sixteenths', 16], ['seventeenth', 17], ['seventeenths', 17],
  ['eighteenth', 18], ['eighteenths', 18], ['nineteenth', 19], ['nineteenths', 19], ['twentieth', 20],
  ['twentieths', 20], ['thirtieth', 30], ['thirtieths', 30], ['fortieth', 40], ['fortieths', 40],
  ['fiftieth', 50], ['fiftieths', 50], ['sixtieth', 60], ['sixtieths', 60], ['seventieth', 70],
  ['seventieths', 70], ['eightieth', 80], ['eightieths', 80], ['ninetieth', 90], ['ninetieths', 90],
  ['hundredth', 100], ['hundredths', 100], ['thousandth', 1e3], ['thousandths', 1e3],
  ['millionth', 1e6], ['millionths', 1e6], ['billionth', 1e9], ['billionths', 1e9],
  ['trillionth', 1e12], ['trillionths', 1e12],
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
  ...['degrees celcius', 'degree celcius', 'degrees centigrate'].map((w): [string, MeasureUnit] => [w, unit('degC', 'temperature')]),
  ...['degrees farenheit', 'degree farenheit'].map((w): [string, MeasureUnit] => [w, unit('degF', 'temperature')]),
  ...['degrees f', 'degree f', 'deg f', 'farenheit', 'farenheight'].map((w): [string, MeasureUnit] => [w, unit('degF', 'temperature')]),
  ...['degrees c', 'degree c', 'deg c', 'celcius', 'centigrade', 'centigrate'].map((w): [string, MeasureUnit] => [w, unit('degC', 'temperature')]),
  // the scale is not stated: the grammar decides between temperature and angle from the sentence
  ...['degrees', 'degree', 'deg', '°'].map((w): [string, MeasureUnit] => [w, { unit: '', kind: 'temperature', ambiguous: true }]),
  ...['picometres', 'picometers', 'picometre', 'picometer'].map((w): [string, MeasureUnit] => [w, unit('pm', 'length')]),
  ...['micrometres', 'micrometers', 'micrometre', 'micrometer', 'microns', 'micron'].map((w): [string, MeasureUnit] => [w, unit('um', 'length')]),
  ...['nanometres', 'nanometers', 'nanometre', 'nanometer'].map((w): [string, MeasureUnit] => [w, unit('nm', 'length')]),
  ...['decimetres', 'decimeters', 'decimetre', 'decimeter'].map((w): [string, MeasureUnit] => [w, unit('dm', 'length')]),
  ...['light years', 'light-years', 'light year', 'light-year'].map((w): [string, MeasureUnit] => [w, unit('km', 'length', 9.4607e12)]),
  ...['centilitres', 'centiliters', 'centilitre', 'centiliter'].map((w): [string, MeasureUnit] => [w, unit('cl', 'volume')]),
  ...['cubic feet', 'cubic foot'].map((w): [string, MeasureUnit] => [w, unit('ft^3', 'volume')]),
  ...['cubic kilometres', 'cubic kilometers', 'cubic kilometre', 'cubic kilometer'].map((w): [string, MeasureUnit] => [w, unit('km^3', 'volume')]),
  ...['cubic centimetres', 'cubic centimeters', 'cubic centimetre', 'cubic centimeter'].map((w): [string, MeasureUnit] => [w, unit('cm^3', 'volume')]),
  ...['pints', 'pint'].map((w): [string, MeasureUnit] => [w, unit('pint', 'volume')]),
  ...['quarts', 'quart'].map((w): [string, MeasureUnit] => [w, unit('quart', 'volume')]),
  ...['fluid ounces', 'fluid ounce', 'fl oz'].map((w): [string, MeasureUnit] => [w, unit('floz', 'volume')]),
  ...['short tons', 'short ton'].map((w): [string, MeasureUnit] => [w, unit('ton', 'mass')]),
  ...['stone'].map((w): [string, MeasureUnit] => [w, unit('stone', 'mass')]),
  ...['carats', 'carat'].map((w): [string, MeasureUnit] => [w, unit('g', 'mass', 0.2)]),
  ...['milliseconds', 'millisecond'].map((w): [string, MeasureUnit] => [w, unit('ms', 'duration')]),
  ...['centuries', 'century'].map((w): [string, MeasureUnit] => [w, unit('year', 'duration', 100)]),
  ...['fortnights', 'fortnight'].map((w): [string, MeasureUnit] => [w, unit('day', 'duration', 14)]),
  ...['knots', 'knot'].map((w): [string, MeasureUnit] => [w, unit('km/h', 'speed', 1.852)]),
  ...['watts', 'watt'].map((w): [string, MeasureUnit] => [w, unit('W', 'other')]),
  ...['kilowatts', 'kilowatt'].map((w): [string, MeasureUnit] => [w, unit('kW', 'other')]),
  ...['megawatts', 'megawatt'].map((w): [string, MeasureUnit] => [w, unit('MW', 'other')]),
  ...['gigawatts', 'gigawatt'].map((w): [string, MeasureUnit] => [w, unit('GW', 'other')]),
  ...['kilowatt hours', 'kilowatt-hours', 'kilowatt hour', 'kilowatt-hour'].map((w): [string, MeasureUnit] => [w, unit('kWh', 'other')]),
  ...['megawatt hours', 'megawatt-hours', 'megawatt hour', 'megawatt-hour'].map((w): [string, MeasureUnit] => [w, unit('MWh', 'other')]),
  ...['terawatt hours', 'terawatt-hours', 'terawatt hour', 'terawatt-hour'].map((w): [string, MeasureUnit] => [w, unit('TWh', 'other')]),
  ...['volts', 'volt'].map((w): [string, MeasureUnit] => [w, unit('V', 'other')]),
  ...['bits', 'bit'].map((w): [string, MeasureUnit] => [w, unit('bit', 'other')]),
  ...['bytes', 'byte'].map((w): [string, MeasureUnit] => [w, unit('B', 'other')]),
  ...['kilobytes', 'kilobyte'].map((w): [string, MeasureUnit] => [w, unit('kB', 'other')]),
  ...['megabytes', 'megabyte'].map((w): [string, MeasureUnit] => [w, unit('MB', 'other')]),
  ...['gigabytes', 'gigabyte'].map((w): [string, MeasureUnit] => [w, unit('GB', 'other')]),
  ...['terabytes', 'terabyte'].map((w): [string, MeasureUnit] => [w, unit('TB', 'other')]),
  ...['petabytes', 'petabyte'].map((w): [string, MeasureUnit] => [w, unit('PB', 'other')]),
  // binary prefixes: a kibibyte is 1,024 bytes, a kilobyte 1,000
  ...['kibibytes', 'kibibyte'].map((w): [string, MeasureUnit] => [w, unit('KiB', 'other')]),
  ...['mebibytes', 'mebibyte'].map((w): [string, MeasureUnit] => [w, unit('MiB', 'other')]),
  ...['gibibytes', 'gibibyte'].map((w): [string, MeasureUnit] => [w, unit('GiB', 'other')]),
  ...['tebibytes', 'tebibyte'].map((w): [string, MeasureUnit] => [w, unit('TiB', 'other')]),
  ...['british thermal units', 'british thermal unit', 'btu', 'btus'].map((w): [string, MeasureUnit] => [w, unit('BTU', 'other')]),
  ...['joules', 'joule'].map((w): [string, MeasureUnit] => [w, unit('J', 'other')]),
  ...['calories', 'calorie', 'kilocalories', 'kilocalorie', 'kcal'].map((w): [string, MeasureUnit] => [w, unit('kJ', 'other', 4.184)]),
  ...['hertz'].map((w): [string, MeasureUnit] => [w, unit('Hz', 'other')]),
  ...['sq. miles', 'sq miles', 'sq. mile', 'sq mile', 'sq. mi'].map((w): [string, MeasureUnit] => [w, unit('sqmi', 'area')]),
  ...['square inches', 'square inch', 'sq in', 'sq. in.'].map((w): [string, MeasureUnit] => [w, unit('sqin', 'area')]),
  ...['square yards', 'square yard', 'sq yards', 'sq yd', 'sq. yd'].map((w): [string, MeasureUnit] => [w, unit('sqyd', 'area')]),
  // compound adjectives: "a 2,000-square-foot house"
  ...['square-foot', 'square-feet'].map((w): [string, MeasureUnit] => [w, unit('sqft', 'area')]),
  ...['square-metre', 'square-meter'].map((w): [string, MeasureUnit] => [w, unit('m^2', 'area')]),
  ...['square-kilometre', 'square-kilometer'].map((w): [string, MeasureUnit] => [w, unit('km^2', 'area')]),
  ...['square-mile'].map((w): [string, MeasureUnit] => [w, unit('sqmi', 'area')]),
  ...['cubic yards', 'cubic yard'].map((w): [string, MeasureUnit] => [w, unit('cuyd', 'volume')]),
  ...['cubic inches', 'cubic inch'].map((w): [string, MeasureUnit] => [w, unit('in^3', 'volume')]),
  ...['horsepower'].map((w): [string, MeasureUnit] => [w, unit('hp', 'other')]),
  ...['kilobits', 'kilobit'].map((w): [string, MeasureUnit] => [w, unit('kb', 'other')]),
  ...['megabits', 'megabit'].map((w): [string, MeasureUnit] => [w, unit('Mb', 'other')]),
  ...['gigabits', 'gigabit'].map((w): [string, MeasureUnit] => [w, unit('Gb', 'other')]),
  ...['kilotons', 'kilotonnes', 'kiloton', 'kilotonne'].map((w): [string, MeasureUnit] => [w, unit('kt', 'mass')]),
  ...['megatons', 'megatonnes', 'megaton', 'megatonne'].map((w): [string, MeasureUnit] => [w, unit('Mt', 'mass')]),
  ...['gigatons', 'gigatonnes', 'gigaton', 'gigatonne'].map((w): [string, MeasureUnit] => [w, unit('Gt', 'mass')]),
  ...['pascals', 'pascal'].map((w): [string, MeasureUnit] => [w, unit('Pa', 'other')]),
  ...['kilopascals', 'kilopascal'].map((w): [string, MeasureUnit] => [w, unit('kPa', 'other')]),
  ...['newtons', 'newton'].map((w): [string, MeasureUnit] => [w, unit('N', 'other')]),
  ...['atmospheres'].map((w): [string, MeasureUnit] => [w, unit('atm', 'other')]),
  ...['metric tonnes', 'metric tonne'].map((w): [string, MeasureUnit] => [w, unit('t', 'mass')]),
  ...['long tons', 'long ton'].map((w): [string, MeasureUnit] => [w, unit('kg', 'mass', 1016.0469088)]),
  // units mathjs does not know, in one it does
  ...['troy ounces', 'troy ounce', 'troy oz'].map((w): [string, MeasureUnit] => [w, unit('g', 'mass', 31.1034768)]),
  ...['bushels', 'bushel'].map((w): [string, MeasureUnit] => [w, unit('l', 'volume', 35.23907016688)]),
  ...['fathoms', 'fathom'].map((w): [string, MeasureUnit] => [w, unit('m', 'length', 1.8288)]),
  ...['furlongs', 'furlong'].map((w): [string, MeasureUnit] => [w, unit('m', 'length', 201.168)]),
  ['cc', unit('cm^3', 'volume')],
];

/**
 * SI and scientific symbols, as written (case matters: "mW" is no "MW"). Symbols that are also
 * words or letters ("A", "N", "Pa", "cal") are left out.
 */
const enUnitSymbols: Array<[string, MeasureUnit]> = [
  ...(['mW', 'TW'] as const).map((w): [string, MeasureUnit] => [w, unit(w, 'other')]),
  ...(['mV', 'MV', 'mA', 'kA', 'kN', 'MN', 'kPa', 'MPa', 'GPa', 'hPa', 'mmHg', 'psi', 'mol', 'mmol', 'eV', 'keV', 'MeV', 'GeV', 'TeV', 'mJ', 'MJ', 'GJ', 'TJ', 'GWh', 'TWh'] as const)
    .map((w): [string, MeasureUnit] => [w, unit(w, 'other')]),
  ['Ω', unit('ohm', 'other')], ['kΩ', unit('kohm', 'other')], ['MΩ', unit('Mohm', 'other')],
  ...['ohms', 'ohm'].map((w): [string, MeasureUnit] => [w, unit('ohm', 'other')]),
  ...(['KiB', 'MiB', 'GiB', 'TiB'] as const).map((w): [string, MeasureUnit] => [w, unit(w, 'other')]),
  ['µs', unit('us', 'duration')], ['μs', unit('us', 'duration')], ['ns', unit('ns', 'duration')],
  ['wks', unit('week', 'duration')], ['wk', unit('week', 'duration')],
  ['mm²', unit('mm^2', 'area')], ['cm²', unit('cm^2', 'area')], ['mi²', unit('sqmi', 'area')], ['in²', unit('sqin', 'area')],
  ['ft³', unit('ft^3', 'volume')], ['mm³', unit('mm^3', 'volume')], ['in³', unit('in^3', 'volume')],
  ['m/s²', unit('m/s^2', 'other')], ['m/s^2', unit('m/s^2', 'other')],
  ['mg/L', unit('mg/l', 'other')], ['mg/l', unit('mg/l', 'other')],
];

export const en: LanguageTables = {
  lang: 'en',
  scales: [
    ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
    ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['hundred', 1e2], ['dozen', 12], ['dozens', 12],
    ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
    ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['lacs', 1e5], ['lkh', 1e5], ['lkhs', 1e5],
    ['crore', 1e7], ['crores', 1e7], ['cr', 1e7], ['krore', 1e7], ['krores', 1e7],
  ],
  weakScales: [['k', 1e3], ['K', 1e3], ['m', 1e6], ['M', 1e6], ['b', 1e9], ['B', 1e9], ['MM', 1e6]],
  // tokenized newswire: "u.s $ 100,000,000"
  // the word before the amount, as in price lists: "Malaysian ringgits 42" (matched as written)
  currencyBefore: [
    // in lower-cased newswire "a $ 300 million contract" is the article, not Australian dollars
    ...currencySigns, ...currencySignsLower.filter(([sign]) => sign !== 'a $'),
    ['u.s $', 'USD'], ['u.s$', 'USD'], ['U.S $', 'USD'], ['U.S. $', 'USD'],
    ['Rp', 'IDR'], ['Rp.', 'IDR'], ['KSh', 'KES'], ['Ksh', 'KES'], ['KShs', 'KES'], ['BTC', 'BTC'],
    // lower-cased text: "usd 300", "rmb 5"; not codes that are words or names ("php 5" is a language)
    ...currencyCodesAfter.filter(([code]) => !['PHP', 'RUB'].includes(code)).map(([code, iso]): [string, string] => [code.toLowerCase(), iso]),
    ['rmb', 'CNY'], ['rs', 'INR'], ['rs.', 'INR'],
    // wire-service abbreviations before the amount: "stg 50 mln", "dm 3 million", "skr 100"
    ['DM', 'DEM'], ['dm', 'DEM'], ['stg', 'GBP'], ['Stg', 'GBP'], ['dkr', 'DKK'], ['Dkr', 'DKK'], ['DKr', 'DKK'],
    ['skr', 'SEK'], ['Skr', 'SEK'], ['SKr', 'SEK'], ['nkr', 'NOK'], ['Nkr', 'NOK'], ['NKr', 'NOK'],
    ...['ringgit', 'ringgits', 'Ringgit', 'Ringgits'].flatMap((r): Array<[string, string]> => [
      [r, 'MYR'], [`Malaysian ${r.toLowerCase()}`, 'MYR'], [`malaysian ${r.toLowerCase()}`, 'MYR'],
      [`Malaysia ${r.toLowerCase()}`, 'MYR'], [`malaysia ${r.toLowerCase()}`, 'MYR'],
    ]),
  ],
  currencyAfter: [
    ...currencyCodesAfter,
    ['euros', 'EUR'], ['euro', 'EUR'], ['€ur', 'EUR'], ['US dollars', 'USD'], ['U.S. dollars', 'USD'], ['US dollar', 'USD'],
    ['U.S. dollar', 'USD'], ['American dollars', 'USD'], ['dollars', 'USD'],
    ['dollar', 'USD'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['yuan', 'CNY'],
    ['renminbi', 'CNY'], ['Hong Kong dollars', 'HKD'], ['yen', 'JPY'], ['rupees', 'INR'],
    ['rupee', 'INR'], ['won', 'KRW'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['francs', 'CHF'],
    ['Swiss francs', 'CHF'], ['Canadian dollars', 'CAD'], ['Australian dollars', 'AUD'],
    ['Singapore dollars', 'SGD'], ['New Zealand dollars', 'NZD'], ['Taiwan dollars', 'TWD'],
    ['New Taiwan dollars', 'TWD'], ['reais', 'BRL'], ['real', 'BRL'], ['pesos', 'MXN'],
    ['rand', 'ZAR'], ['lira', 'TRY'], ['dirhams', 'AED'], ['riyals', 'SAR'], ['shekels', 'ILS'],
    ['baht', 'THB'], ['dong', 'VND'], ['rupiah', 'IDR'], ['ringgit', 'MYR'], ['kronor', 'SEK'],
    ['kroner', 'NOK'], ['zloty', 'PLN'], ['forint', 'HUF'], ['hryvnia', 'UAH'],
    ['bucks', 'USD'], ['Chinese yuan', 'CNY'], ['yuan renminbi', 'CNY'], ['Japanese yen', 'JPY'],
    ['Indian rupees', 'INR'], ['Indian rupee', 'INR'], ['Pakistani rupees', 'PKR'], ['Sri Lankan rupees', 'LKR'],
    ['Turkish lira', 'TRY'], ['Turkish liras', 'TRY'], ['liras', 'TRY'], ['Egyptian pounds', 'EGP'],
    ['Egyptian pound', 'EGP'], ['egyptianpound', 'EGP'], ['Qatari riyals', 'QAR'], ['Qatari riyal', 'QAR'],
    ['Saudi riyals', 'SAR'], ['Saudi riyal', 'SAR'], ['riyal', 'SAR'], ['UAE dirhams', 'AED'], ['dirham', 'AED'],
    ['Malaysian ringgit', 'MYR'], ['Malaysian ringgits', 'MYR'], ['Malaysia ringgit', 'MYR'],
    ['Malaysia ringgits', 'MYR'], ['ringgits', 'MYR'], ['Mexican pesos', 'MXN'], ['Philippine pesos', 'PHP'],
    ['Brazilian reais', 'BRL'], ['South African rand', 'ZAR'], ['Russian roubles', 'RUB'], ['Russian rubles', 'RUB'],
    ['Swedish kronor', 'SEK'], ['Swedish crowns', 'SEK'], ['Norwegian kroner', 'NOK'], ['Danish kroner', 'DKK'],
    ['Norwegian crowns', 'NOK'], ['Danish crowns', 'DKK'], ['Czech crowns', 'CZK'], ['Czech korunas', 'CZK'], ['Icelandic kronur', 'ISK'],
    ['Polish zlotys', 'PLN'], ['zlotys', 'PLN'], ['Korean won', 'KRW'], ['South Korean won', 'KRW'],
    ['Dutch guilders', 'NLG'], ['guilders', 'NLG'], ['Deutsche marks', 'DEM'], ['marks', 'DEM'],
    ['French francs', 'FRF'], ['Hong Kong dollar', 'HKD'], ['Canadian dollar', 'CAD'], ['Australian dollar', 'AUD'],
    ['Singapore dollar', 'SGD'], ['New Zealand dollar', 'NZD'], ['Taiwan dollar', 'TWD'], ['Swiss franc', 'CHF'],
    ['franc', 'CHF'], ['British pounds', 'GBP'], ['British pound', 'GBP'], ['pound sterling', 'GBP'],
    ['yen', 'JPY'], ['naira', 'NGN'], ['shillings', 'KES'], ['Kenyan shillings', 'KES'], ['bitcoins', 'BTC'], ['bitcoin', 'BTC'],
    ['BTC', 'BTC'], ['kuai', 'CNY'], ['quid', 'GBP'], ['dlrs', 'USD'], ['dlr', 'USD'], ['stg', 'GBP'], ['lire', 'ITL'], ['pesetas', 'ESP'],
    ['escudos', 'PTE'], ['drachmas', 'GRD'], ['Austrian schillings', 'ATS'], ['rials', 'IRR'], ['rial', 'IRR'], ['Iranian rials', 'IRR'], ['Iranian rial', 'IRR'],
    ['Omani rials', 'OMR'], ['Omani rial', 'OMR'], ['Yemeni rials', 'YER'], ['Yemeni rial', 'YER'],
    // "dinar" alone names no country
    ...([['Kuwaiti', 'KWD'], ['Jordanian', 'JOD'], ['Iraqi', 'IQD'], ['Bahraini', 'BHD'], ['Serbian', 'RSD'],
      ['Algerian', 'DZD'], ['Tunisian', 'TND'], ['Libyan', 'LYD']] as const).flatMap(([country, code]): Array<[string, string]> => [
      [`${country} dinars`, code], [`${country} dinar`, code],
    ]),
  ],
  currencySubunits: [
    ['cents', { code: 'USD', factor: 0.01 }], ['cent', { code: 'USD', factor: 0.01 }], ['pence', { code: 'GBP', factor: 0.01 }],
    ['p', { code: 'GBP', factor: 0.01 }], ['sen', { code: 'MYR', factor: 0.01 }], ['sens', { code: 'MYR', factor: 0.01 }],
    ['paise', { code: 'INR', factor: 0.01 }], ['kopecks', { code: 'RUB', factor: 0.01 }],
  ],
  // "pm" is mostly the afternoon: the grammar reads it as picometres only in a sentence about sizes
  // "6' 2\"": a feet mark is also an apostrophe or a football minute, so it needs an inch or a dimension after it
  units: [...enUnitWords, ...enUnitSymbols, ...unitSymbols, ['pm', { unit: 'pm', kind: 'length', ambiguous: true }], ["'", { unit: 'ft', kind: 'length', ambiguous: true }]],
  percentAfter: [
    ...percentSigns,
    ['per cent', 'percent'], ['percent', 'percent'], ['pct', 'percent'], ['percents', 'percent'],
    ['percentage', 'percent'], ['per-cent', 'percent'], ['pc', 'percent'],
    ['percentage points', 'pp'], ['percentage point', 'pp'], ['percentage-points', 'pp'], ['percentage-point', 'pp'], ['percent points', 'pp'],
    ['basis points', 'bp'], ['basis point', 'bp'], ['bps', 'bp'], ['points percentage', 'pp'],
  ],
  qualifiersBefore: [
    ...qualifierSigns,
    ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'],
    ['some', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'], ['circa', 'approx'],
    ['nearly', 'less-than'], ['almost', 'less-than'], ['close to', 'approx'], ['just under', 'less-than'],
    ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['upwards of', 'more-than'],
    ['in excess of', 'more-than'], ['just over', 'more-than'], ['greater than', 'more-than'],
    ['higher than', 'more-than'], ['larger than', 'more-than'], ['bigger than', 'more-than'], ['well over', 'more-than'],
    ['north of', 'more-than'], ['lower than', 'less-than'], ['smaller than', 'less-than'], ['well under', 'less-than'],
    ['well below', 'less-than'], ['short of', 'less-than'], ['not more than', 'at-most'], ['not less than', 'at-least'],
    ['not exceeding', 'at-most'], ['as high as', 'at-most'], ['as little as', 'at-least'], ['as few as', 'at-least'],
    ['as low as', 'at-least'], ['nigh on', 'approx'], ['plus or minus', 'approx'],
    ['around about', 'approx'], ['give or take', 'approx'], ['a little over', 'more-than'], ['a little under', 'less-than'],
    ['slightly more than', 'more-than'], ['slightly less than', 'less-than'], ['just shy of', 'less-than'],
    ['the best part of', 'approx'], ['an average of', 'approx'], ['on average', 'approx'],
    ['at least', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'], ['a minimum of', 'at-least'],
    ['under', 'less-than'], ['below', 'less-than'], ['less than', 'less-than'], ['fewer than', 'less-than'],
    ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['as many as', 'at-most'],
    ['as much as', 'at-most'], ['a maximum of', 'at-most'], ['within', 'at-most'],
    ['exactly', 'exact'], ['precisely', 'exact'],
  ],
  qualifiersAfter: [
    ['or more', 'at-least'], ['or so', 'approx'], ['or less', 'at-most'], ['or fewer', 'at-most'],
    ['plus', 'at-least'], ['+', 'at-least'], ['odd', 'more-than'], ['-odd', 'more-than'],
    ['or thereabouts', 'approx'], ['or above', 'at-least'], ['or higher', 'at-least'], ['or over', 'at-least'],
    ['or below', 'at-most'], ['or under', 'at-most'], ['or lower', 'at-most'], ['at most', 'at-most'], ['at least', 'at-least'],
    ['more or less', 'approx'], ['and up', 'at-least'], ['and above', 'at-least'], ['and over', 'at-least'],
  ],
  ratePer: [
    ['per year', 'year'], ['a year', 'year'], ['per annum', 'year'], ['annually', 'year'], ['each year', 'year'],
    ['per month', 'month'], ['a month', 'month'], ['per week', 'week'], ['a week', 'week'], ['each week', 'week'],
    ['per day', 'day'], ['a day', 'day'], ['daily', 'day'], ['per hour', 'h'], ['an hour', 'h'],
    // "a year earlier" dates a figure, it is no rate
    ...['year', 'month', 'week', 'day', 'decade'].flatMap((u) => ['earlier', 'ago', 'before', 'later'].map((w): [string, string] => [`a ${u} ${w}`, ''])),
    ['per capita', ''], ['per person', ''], ['per share', ''], ['a share', ''], ['per head', ''],
    ['per second', 's'], ['a second', 's'], ['per minute', 'minute'], ['a minute', 'minute'], ['per millisecond', 'ms'],
    ['per kg', 'kg'], ['per kilogram', 'kg'], ['per kilo', 'kg'], ['a kilo', 'kg'], ['a kg', 'kg'], ['/kg', 'kg'],
    ['per tonne', 't'], ['a tonne', 't'], ['per ton', 't'], ['a ton', 't'], ['per metric ton', 't'], ['/t', 't'],
    ['per litre', 'l'], ['per liter', 'l'], ['a litre', 'l'], ['a liter', 'l'], ['per gallon', 'gal'], ['a gallon', 'gal'],
    ['per barrel', 'bbl'], ['a barrel', 'bbl'], ['per ounce', 'oz'], ['an ounce', 'oz'], ['per pound', 'lb'], ['a pound', 'lb'],
    ['per square metre', 'm^2'], ['per square meter', 'm^2'], ['per square foot', 'sqft'], ['per sq ft', 'sqft'],
    ['per kilometre', 'km'], ['per kilometer', 'km'], ['per mile', 'mi'], ['a mile', 'mi'], ['per km', 'km'],
    ['per kilowatt hour', 'kWh'], ['per kWh', 'kWh'], ['per megawatt hour', 'MWh'], ['per MWh', 'MWh'],
    // written with a slash: "$15.4/hour", "$80/bbl", "$1,900/oz"
    ['/hour', 'h'], ['/hr', 'h'], ['/h', 'h'], ['/day', 'day'], ['/week', 'week'], ['/month', 'month'], ['/mo', 'month'],
    ['/year', 'year'], ['/yr', 'year'], ['/litre', 'l'], ['/liter', 'l'], ['/l', 'l'], ['/gallon', 'gal'], ['/gal', 'gal'],
    ['/barrel', 'bbl'], ['/bbl', 'bbl'], ['/oz', 'oz'], ['/tonne', 't'], ['/ton', 't'], ['/lb', 'lb'], ['/MWh', 'MWh'],
    ['/kWh', 'kWh'], ['/sq ft', 'sqft'], ['/sqft', 'sqft'], ['/m2', 'm^2'],
    ['per decade', 'decade'], ['per acre', 'acre'], ['an acre', 'acre'], ['per hectare', 'hectare'], ['a hectare', 'hectare'],
    // densities: "1,334 people per square kilometre"
    ['per square kilometre', 'km^2'], ['per square kilometer', 'km^2'], ['per square km', 'km^2'], ['per sq km', 'km^2'],
    ['per km2', 'km^2'], ['per km²', 'km^2'], ['per square mile', 'mi^2'], ['per sq mile', 'mi^2'], ['per sq mi', 'mi^2'],
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
    'first class', 'first-class', 'second class', 'second-class', 'first aid', 'third world',
    'the first time', 'at first', 'a second', 'on second thought', 'third party',
    'third-party', 'third parties', 'first of all', 'in the first place', 'ones', 'once',
    '9/11', '24/7', '7-eleven', '7-11', '4x4', '3d', '2d', '5g', '4g', '3g', 'one day', 'one or two', 'one way or another',
    'one thing', 'one hand', 'on the one hand', 'one-time', 'one-on-one', 'one-to-one', 'one-party', 'one-child',
    'one-man', 'one-woman', 'five-figure', 'six-figure', 'seven-figure', 'eight-figure', 'nine-figure',
    'single-digit', 'double-digit', 'triple-digit', 'scores of', 'dozens of', 'hundreds of', 'thousands of',
    'millions of', 'billions of', 'tens of thousands', 'hundreds of thousands', 'tens of millions', 'hundreds of millions',
  ],
  nounStops: [
    'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
    'that', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
    'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'than', 'as', 'per', 'each',
    'into', 'over', 'under', 'after', 'before', 'since', 'during', 'until', 'this', 'these', 'those',
    'it', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'he', 'she', 'i', 'you', 'not', 'more',
    'less', 'about', 'said', 'says', 'last', 'next', 'ago', 'earlier', 'later', 'year', 'years',
    'up', 'down', 'out', 'off', 'between', 'among', 'while', 'when', 'where', 'if', 'so', 'also',
    'rose', 'fell', 'grew', 'went', 'came', 'took', 'made', 'told', 'say', 'saw', 'left', 'remain', 'remains',
    // a complement after the noun: "25 ships due by 2027", "300 jobs worth $1m", "five plants now"
    'due', 'worth', 'now', 'then', 'still', 'already', 'yet', 'both', 'all', 'alone',
    'according', 'including', 'compared', 'against', 'via', 'across', 'through', 'toward', 'towards', 'despite',
  ],
};
