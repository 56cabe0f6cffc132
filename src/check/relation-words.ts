/**
 * The words that state a relation between figures, per language: changes ("rose 15%", 增长15%),
 * multipliers that are changes ("doubled", 扩大两倍), shares ("half of the 800"), and the words
 * that mark which figure is the start and which the end of a change. The relation rule compiles
 * these into patterns once; nothing else knows them.
 */

export type Direction = 'increase' | 'decrease';

export interface RelationWords {
  /** right before a percentage: "rose 15%", "up by 15%", "a rise of 15%", 增长了15% */
  changeBefore: Record<Direction, string[]>;
  /** right after a percentage: "a 15% rise", "15% higher" */
  changeAfter: Record<Direction, string[]>;
  /** a multiplier word that is itself a change ("doubled", not "twice") */
  changeMultipliers: string[];
  /** around a multiplier that compares two figures: "twice the 30,000", "three times as many", 是……的三倍 */
  comparisonAfter: string[];
  comparisonBefore: string[];
  /** before the start of a change ("from €4bn", 从 3 万吨) */
  from: string[];
  /** before the end of a change ("to €4.6bn", 达到 100,000 平方米) */
  to: string[];
  /** between a share and its total ("half of the 800 ventilators") */
  shareOf: string[];
  /** between a total and its share (800 台呼吸机中不到一半), or before a share whose total came earlier (其中) */
  shareIn: string[];
  shareEarlier: string[];
}

export const en: RelationWords = {
  changeBefore: {
    increase: [
      'rose', 'rise', 'rising', 'risen', 'up', 'increased', 'increase', 'increasing', 'grew', 'grow', 'growing',
      'grown', 'gained', 'gain', 'climbed', 'jumped', 'jump', 'surged', 'soared', 'expanded', 'widened', 'raised',
      'boosted', 'went up', 'growth',
    ],
    decrease: [
      'fell', 'fall', 'falling', 'fallen', 'down', 'dropped', 'declined', 'decreased', 'decrease', 'shrank',
      'shrunk', 'slipped', 'slid', 'narrowed', 'plunged', 'plummeted', 'slumped', 'tumbled', 'cut', 'reduced',
      'lowered', 'lost', 'went down', 'drop', 'reduction',
    ],
  },
  changeAfter: {
    increase: ['increase', 'rise', 'jump', 'gain', 'growth', 'higher', 'more', 'surge', 'up'],
    decrease: ['decrease', 'drop', 'decline', 'fall', 'lower', 'less', 'fewer', 'cut', 'reduction', 'down'],
  },
  changeMultipliers: [
    'doubled', 'doubling', 'doubles', 'tripled', 'tripling', 'triples', 'quadrupled', 'quadrupling', 'quadruples',
    'quintupled',
  ],
  comparisonAfter: ['as', 'the', 'that', 'those', 'what', 'more', 'higher', 'larger', 'bigger', 'greater', 'than'],
  comparisonBefore: [],
  from: ['from'],
  to: ['to', 'reaching', 'reached'],
  shareOf: ['of the', 'of its', 'of their', 'of all', 'of these', 'of those', 'of'],
  shareIn: [],
  shareEarlier: [],
};

export const zh: RelationWords = {
  changeBefore: {
    increase: ['增长', '增加', '上升', '上涨', '提高', '提升', '扩大', '攀升', '跃升', '增', '涨'],
    decrease: ['下降', '减少', '下跌', '降低', '缩小', '下滑', '回落', '萎缩', '减', '跌', '降'],
  },
  changeAfter: { increase: [], decrease: [] },
  // 翻番 is always a change; N倍 is one after a change verb (see the relation rule)
  changeMultipliers: [],
  comparisonAfter: ['于'],
  comparisonBefore: ['的'],
  from: ['从', '由'],
  // not 为 alone: 货运量为 140 万吨 states a level, not the end of a change
  to: ['达到', '增至', '升至', '降至', '扩大到', '扩大至', '增长到', '增长至', '增加到', '增加至', '到', '至'],
  shareOf: [],
  shareIn: ['中', '之中', '当中'],
  shareEarlier: ['其中'],
};

/**
 * 扩大两倍, 增加两倍, 增长了两倍: a change verb right before N倍 reads as ×N in everyday use and
 * ×(N+1) by the book ("increase by N times"); 增加一倍 is only ×2. With 到/至/为 in between
 * (扩大到两倍) it is ×N.
 */
export const zhAmbiguousMultiplierVerbs = ['增长', '增加', '扩大', '提高', '上升', '增'];
export const zhMultiplierTo = ['到', '至', '为'];

/**
 * Where a sentence's clauses part. A strong break starts another subject ("revenue rose from $1bn
 * to $2bn, while costs were up 15%": the 15% is not about the $1bn and $2bn); a weak one may
 * not ("from 12 万吨 to 36 万吨，翻两番"). A comma needs a space after it, or "1,000" would part.
 */
export const clauseBreaks: Record<'en' | 'zh', { strong: string[]; weak: string[] }> = {
  en: { strong: ['; ', ' while ', ' whereas ', ' but ', ' and '], weak: [', '] },
  zh: { strong: ['；', '而', '但', '同时'], weak: ['，', ', '] },
};
