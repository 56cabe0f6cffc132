import type { FigureKind } from '../types.js';

/**
 * What a figure is about, in both languages: a cross-check compares two figures from different
 * sources only when they name the same subject here (or the very same noun). Each subject says
 * which kinds of figure can measure it, so "326 million parcels" never meets "€9.1bn".
 * English forms match whole words, any case; Chinese forms match anywhere.
 */
export interface Subject {
  id: string;
  kinds: FigureKind[];
  en: string[];
  zh: string[];
  /** the broader subject this one is a narrower measure of (net profit of profit) */
  of?: string;
}

export const subjects: Subject[] = [
  { id: 'parcels', kinds: ['count'], en: ['parcel', 'parcels', 'package', 'packages'], zh: ['包裹', '快递'] },
  { id: 'ventilators', kinds: ['count'], en: ['ventilator', 'ventilators'], zh: ['呼吸机'] },
  { id: 'masks', kinds: ['count'], en: ['mask', 'masks', 'face mask', 'face masks'], zh: ['口罩'] },
  {
    id: 'protective clothing',
    kinds: ['count'],
    en: ['protective clothing', 'protective suits', 'hazmat suits'],
    zh: ['防护服'],
  },
  { id: 'face shields', kinds: ['count'], en: ['face shield', 'face shields'], zh: ['面罩', '护目镜'] },
  {
    id: 'trade deficit',
    kinds: ['money'],
    en: ['trade deficit', 'trade gap'],
    zh: ['贸易赤字', '贸易逆差', '貿易逆差', '貿易赤字'],
  },
  {
    id: 'trade surplus',
    kinds: ['money'],
    en: ['trade surplus'],
    zh: ['贸易顺差', '贸易盈余', '貿易順差', '顺差', '順差'],
  },
  {
    id: 'investment',
    kinds: ['money'],
    en: ['investment', 'investments', 'invested', 'invest', 'invests'],
    zh: ['投资'],
  },
  // narrower measures named apart, so they never meet the broad one they are part of
  {
    id: 'fiscal revenue',
    of: 'revenue',
    kinds: ['money'],
    en: ['fiscal revenue', 'budget revenue', 'general public budget revenue'],
    zh: ['一般公共预算收入', '一般公共預算收入', '财政收入', '財政收入'],
  },
  {
    id: 'tax revenue',
    of: 'revenue',
    kinds: ['money'],
    en: ['tax revenue', 'tax revenues', 'tax receipts'],
    zh: ['税收收入', '稅收收入', '税收'],
  },
  {
    id: 'disposable income',
    of: 'revenue',
    kinds: ['money'],
    en: ['disposable income'],
    zh: ['可支配收入'],
  },
  {
    id: 'revenue',
    kinds: ['money'],
    en: ['revenue', 'revenues', 'sales', 'turnover'],
    zh: ['收入', '营收', '营业额', '销售额', '營業收入', '營收'],
  },
  {
    id: 'profit',
    kinds: ['money'],
    en: ['profit', 'profits', 'earnings'],
    zh: ['利润', '盈利', '利潤'],
  },
  {
    id: 'net profit',
    of: 'profit',
    kinds: ['money'],
    en: ['net profit', 'net profits', 'net income', 'net earnings'],
    zh: ['净利润', '淨利潤', '淨利', '净利'],
  },
  {
    id: 'operating profit',
    of: 'profit',
    kinds: ['money'],
    en: ['operating profit', 'operating income', 'operating earnings'],
    zh: ['营业利润', '營業利潤', '经营利润'],
  },
  {
    id: 'total profit',
    of: 'profit',
    kinds: ['money'],
    en: ['pre-tax profit', 'pretax profit'],
    zh: ['利润总额', '利潤總額'],
  },
  {
    id: 'industrial value added',
    kinds: ['money'],
    en: ['industrial value added', 'industrial output'],
    zh: ['工业增加值', '工業增加值'],
  },
  {
    id: 'vehicles',
    kinds: ['count'],
    en: ['vehicle', 'vehicles', 'cars'],
    zh: ['汽车', '汽車', '车辆', '車輛', '乘用车'],
  },
  {
    id: 'GDP',
    kinds: ['money'],
    en: ['GDP', 'gross domestic product', 'economic output'],
    zh: ['国内生产总值', '地区生产总值', '生产总值', 'GDP'],
  },
  { id: 'exports', kinds: ['money', 'mass', 'count'], en: ['export', 'exports', 'exported'], zh: ['出口'] },
  { id: 'imports', kinds: ['money', 'mass', 'count'], en: ['import', 'imports', 'imported'], zh: ['进口', '進口'] },
  { id: 'cost', kinds: ['money'], en: ['cost', 'costs', 'costing'], zh: ['耗资', '造价', '成本'] },
  {
    id: 'cargo',
    kinds: ['mass', 'rate'],
    en: ['cargo', 'freight', 'throughput', 'tonnage'],
    zh: ['货运量', '吞吐量', '货物', '货运'],
  },
  {
    id: 'floor area',
    kinds: ['area'],
    en: ['warehouse', 'warehouses', 'floor space', 'floor area', 'hangar'],
    zh: ['仓库', '面积', '机库', '占地'],
  },
  { id: 'flights', kinds: ['count', 'rate'], en: ['flight', 'flights'], zh: ['航班', '班次'] },
  {
    id: 'jobs',
    kinds: ['count'],
    en: ['job', 'jobs', 'employees', 'workers', 'staff'],
    zh: ['就业岗位', '岗位', '员工', '工人', '职位'],
  },
  { id: 'passengers', kinds: ['count'], en: ['passenger', 'passengers'], zh: ['旅客', '乘客', '客流'] },
  {
    id: 'containers',
    kinds: ['count'],
    en: ['container', 'containers', 'TEU', 'TEUs'],
    zh: ['集装箱', '标准箱', '标箱', '標準箱', '貨櫃', '货柜', 'TEU'],
  },
  { id: 'population', kinds: ['count'], en: ['population', 'residents', 'inhabitants'], zh: ['人口', '居民'] },
  {
    id: 'visitors',
    kinds: ['count'],
    en: ['visitors', 'tourists', 'tourist arrivals'],
    zh: ['游客', '遊客', '旅客人次'],
  },
  {
    id: 'deaths',
    kinds: ['count'],
    en: ['death', 'deaths', 'died', 'fatalities', 'killed'],
    zh: ['死亡', '遇难', '丧生'],
  },
  {
    id: 'grain',
    kinds: ['mass'],
    en: ['grain', 'grain output', 'grain production', 'grain harvest'],
    zh: ['粮食', '糧食'],
  },
  { id: 'wheat', kinds: ['mass'], en: ['wheat'], zh: ['小麦', '小麥'] },
  {
    id: 'trade',
    kinds: ['money'],
    en: ['total trade', 'foreign trade', 'imports and exports', 'exports and imports'],
    zh: ['进出口', '進出口', '外贸', '外貿'],
  },
  { id: 'budget', kinds: ['money'], en: ['budget'], zh: ['预算', '預算'] },
  {
    id: 'retail sales',
    kinds: ['money'],
    en: ['retail sales'],
    zh: ['社会消费品零售总额', '社會消費品零售總額', '零售额'],
  },
  { id: 'unemployment', kinds: ['percent'], en: ['unemployment', 'jobless rate', 'jobless'], zh: ['失业率', '失業率'] },
  { id: 'turnout', kinds: ['percent'], en: ['turnout', 'cast a ballot', 'cast ballots'], zh: ['投票率'] },
  { id: 'cases', kinds: ['count'], en: ['cases', 'infections', 'infected'], zh: ['病例', '确诊', '感染'] },
];

/**
 * Words that name a part of a subject: urban and rural incomes, services exports, domestic
 * tourism. Two figures that name different parts are never compared; one that names none may be
 * of the whole, so it only agrees with one that names a part. English forms match whole words, any
 * case; Chinese forms match anywhere. A trading partner or place ("exports to the United States",
 * 对美国出口) is a part too: `partner` matches it, the group that matched naming it.
 */
export const facets: Array<{ id: string; en: string[]; zh: string[] }> = [
  { id: 'urban', en: ['urban', 'city dwellers'], zh: ['城镇', '城鎮', '城市居民'] },
  { id: 'rural', en: ['rural', 'farmers'], zh: ['农村', '農村', '乡村', '鄉村', '农民', '農民'] },
  { id: 'services', en: ['services', 'service'], zh: ['服务', '服務'] },
  { id: 'online', en: ['online', 'e-commerce'], zh: ['网上', '網上', '线上', '線上', '网络', '電商', '电商'] },
  { id: 'inbound', en: ['inbound', 'foreign visitors', 'overseas visitors'], zh: ['入境', '境外'] },
  { id: 'domestic', en: ['domestic'], zh: ['国内', '國內'] },
];
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const partner = new RegExp(
  `\\b(?:to|from)\\s+(?:the\\s+)?(?!(?:${months})\\b)([A-Z][a-z]+)|[对對](?!外)(\\p{Script=Han}{1,5}?)的?(?:出口|进口|進口|贸易|貿易)|自(\\p{Script=Han}{1,5}?)(?:进口|進口)`,
  'u',
);

/**
 * Nouns too general to say what two figures are about: "800 people" in one report and "600
 * people" in another are likely different groups. A figure with one of these takes its subject
 * from the words around it instead. Chinese self-naming classifiers (人, 名, 件) are here too.
 */
export const genericNouns: string[] = [
  'people',
  'persons',
  'person',
  'times',
  'time',
  'years',
  'year',
  'months',
  'days',
  'things',
  'items',
  'units',
  'others',
  'ones',
  'members',
  'countries',
  'places',
  'percent',
  'per cent',
  'parts',
  'pieces',
  '人',
  '名',
  '位',
  '个',
  '個',
  '件',
  '次',
  '人次',
  '家',
  '项',
  '項',
  '种',
  '種',
  '批',
  '起',
  '例',
  '份',
];
