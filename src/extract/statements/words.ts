/**
 * What a language says around figures to make a claim of them, as data: the reader in
 * `roles.ts` is the same for every language and reads only these tables. Entries are words or
 * short regular-expression fragments (as Recognizers-Text's patterns are); `spaced` says whether
 * words stand apart (matched whole and in any case) or run together (matched anywhere).
 */
export interface StatementWords {
  spaced: boolean;
  /** whether a counted noun follows its number ("349,891 ballots") or its name comes before it (投票人数1404万) */
  nounAfter: boolean;
  /** longer words that hold a word of these tables without its sense: 公共 holds the total word 共, "made up" the rise "up" */
  compounds: string[];
  /** the figure's own qualifier words that may stand between a change word and it ("rose by about 15%"), as pattern fragments */
  qualifiersBetween: string[];
  /** pattern fragments after a word: a threshold's ("topping the"), a multiplier's (翻了), an average's ("average of") */
  tails: { threshold: string; times: string; average: string };
  /** change words right before a rate or an absolute change: rose, up, 增长, 同比下降 */
  up: string[];
  down: string[];
  /** what may stand between a change word and its figure: by, of, 了 */
  changeJoin: string[];
  /** change words right after a rate: "12% higher", "a 5% rise" */
  upAfter: string[];
  downAfter: string[];
  /** before the new end of a change: to, reaching, 增至, 达到 */
  to: string[];
  /** before the old end (the base): from, against, compared with, 上年为, 较上年的 */
  from: string[];
  /** what may follow a from word before the base: 较上年的 (上年 then 的), "from a revised", "below September's" */
  fromJoin: string[];
  /** letters that may stand between a from word and its join: the 上年 of 较上年的, the "a" of "from a revised" */
  fromJoinGap: number;
  /** a base named after the old end: "a year earlier", 同期 */
  fromAfter: string[];
  /** after a span of time that says when, not how long: "five years ago", 五年前 */
  agoAfter: string[];
  /** before a share: accounting for, 占, 占比 */
  share: string[];
  /** the words around a whole named before its share: 占 … 的 (占粮食总产量的近40%) */
  shareAround: Array<[string, string]>;
  /** between a share and its whole: "of the", "out of" */
  shareOf: string[];
  /** between a part and its whole: "61 TWh out of 243 TWh" */
  partOf: string[];
  /** between a whole and its share: 的 (完成预算数 6 亿元的 40%), 中 (800 台中不到一半) */
  wholeBefore: string[];
  /** before a whole that opens its clause: "Of the 5,210 candidates", 在……中 */
  wholeOpen: string[];
  /** before a total: a total of, 共, 总值, combined */
  total: string[];
  /** a total named after its parts: "a combined 337", 合计 */
  combined: string[];
  /** at the start of a clause or sentence that lists a total's parts: 其中, of which, Of that */
  parts: string[];
  /** a part named as the rest of the total (其他, 非税收入, "the remainder"): the parts are all of it */
  complement: string[];
  /** words that make a rate with no level the change of everything before it in the sentence ("an overall increase") */
  overall: string[];
  /** a clause that adds something outside the total: 另有, in addition */
  partsEnd: string[];
  /** before a bound that is passed: topped, surpassed, 突破 */
  threshold: string[];
  /** after a bound: mark, 大关 */
  thresholdAfter: string[];
  /** between a figure and the same quantity in another unit: "(", "or about", 约合 */
  conversion: string[];
  /** between a change and the same change said again as a rate: "rising 7.5 pence, or almost 3%", "(6.6 percent)" */
  restate: string[];
  /** after a total whose parts follow: "$48.2m in total" */
  totalAfter: string[];
  /** what joins the names of a list read with "respectively": "exports and imports", 出口额和进口额 */
  listJoin: string[];
  /** what follows a year's digits (2023年) */
  yearSuffix: string[];
  /** before an average: an average of, 日均 */
  average: string[];
  /** letters that may stand between an average word and its figure: the 发送 of 日均发送, 客流量 of 日均客流量 */
  averageGap: number;
  /** words at a sentence's start that point back to the previous sentence's figure: That figure */
  refer: string[];
  /** a pronoun in a change's clause that points back at the measure of the sentence before (其, its) */
  pronouns: string[];
  /** a clause that opens with these states the base of the change before it: 上年投入 4.6 亿元 */
  baseOpen: string[];
  /** where clauses part: after a strong break another measure starts */
  strongBreaks: string[];
  /** "A and B were X and Y respectively" */
  respectively: string[];
  /** a count in these nouns is a change in percentage points ("up 4.6 points") */
  pointNouns: string[];
  /** differences a text names: a surplus is exports less imports */
  balances: Array<{ result: string[]; plus: string[]; minus: string[] }>;
  /** names of both sides at once, on no side of a difference: 进出口 */
  balanceBoth: string[];
  /** ratios a text names (turnout): the share, and the words naming its part and its whole */
  ratios: Array<{ name: string[]; part: string[]; whole: string[] }>;
  /** periods as written → a canonical key (first half → H1) */
  periods: Array<[string, string]>;
  /** the basis a change is measured on: year on year → year-on-year, 环比 → period-on-period */
  bases: Array<[string, string]>;
  /** multipliers that are themselves a change (doubled, 翻一番): a claim even with no figure beside them */
  multiplierVerbs: string[];
  /** change words before a multiplier that count the increase: 增长了两倍 is ×3 */
  timesPlusOne: string[];
  /** change words before a multiplier read both ways in use: 扩大两倍 is ×2 or ×3 */
  timesEither: string[];
  /** comparison base words that make a multiplier compare ("ten times the", 是……的三倍) */
  timesOf: string[];
  /** the words around the base of a comparison that names both sides before its multiplier: 城镇是农村的2.5倍 */
  timesAround: Array<[string, string]>;
}
