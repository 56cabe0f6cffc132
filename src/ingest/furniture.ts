/**
 * Page furniture as data: the words of buttons, widgets, bylines, share bars and ad labels that
 * scraped articles carry as lines of their own, per language, and the rule that judges a short
 * block against them. Matching is on the whole block (folded, lower case), never inside a
 * sentence, so "Share prices fell 5%" stays prose while "Share" alone does not.
 */

const EN = [
  'advertisement',
  'advertising',
  'sponsored',
  'sponsored content',
  'promoted',
  'paid content',
  'select voice',
  'select speed',
  'speed',
  'voice',
  'listen',
  'listen to this article',
  'listen to article',
  'audio',
  'play',
  'pause',
  'reading time',
  'min read',
  'minute read',
  'minutes read',
  'why you can trust',
  'suggest to a friend',
  'print',
  'print this article',
  'print article',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on',
  'tweet',
  'email',
  'e-mail',
  'email this',
  'copy link',
  'link copied',
  'save',
  'save article',
  'bookmark',
  'comments',
  'comment',
  'view comments',
  'show comments',
  'leave a comment',
  'join the conversation',
  'read more',
  'read next',
  'more',
  'see more',
  'continue reading',
  'related',
  'related articles',
  'related stories',
  'recommended',
  'most read',
  'most popular',
  'trending',
  'topics',
  'tags',
  'more on this story',
  'subscribe',
  'subscribe now',
  'sign up',
  'sign in',
  'log in',
  'login',
  'register',
  'newsletter',
  'follow us',
  'follow us on',
  'skip to content',
  'skip to main content',
  'skip advertisement',
  'back to top',
  'home',
  'menu',
  'search',
  'close',
  'next',
  'previous',
  'next article',
  'previous article',
  'font size',
  'text size',
  'download the app',
  'open in app',
  'loading',
  'photo',
  'photos',
  'video',
  'watch',
  'gallery',
  'image',
  'file photo',
  'getty images',
  'image credit',
  'photo credit',
  'updated',
  'published',
  'last updated',
  'posted',
  'source',
  'credit',
  'facebook',
  'twitter',
  'linkedin',
  'whatsapp',
  'reddit',
  'telegram',
  'pinterest',
  'instagram',
  'youtube',
  'rss',
  'contact us',
  'about us',
  'privacy policy',
  'terms of use',
  'cookie policy',
  'cookie settings',
  'all rights reserved',
  'copyright',
];

const ZH = [
  '广告',
  '推广',
  '赞助',
  '分享',
  '分享到',
  '分享至',
  '打印',
  '收藏',
  '评论',
  '留言',
  '点赞',
  '转发',
  '字号',
  '字体',
  '返回顶部',
  '回到顶部',
  '责任编辑',
  '编辑',
  '主编',
  '作者',
  '记者',
  '来源',
  '出处',
  '原标题',
  '发布时间',
  '更新时间',
  '时间',
  '阅读',
  '阅读全文',
  '阅读原文',
  '阅读量',
  '浏览',
  '浏览次数',
  '点击',
  '点击量',
  '相关阅读',
  '相关新闻',
  '相关文章',
  '推荐阅读',
  '延伸阅读',
  '热门推荐',
  '扫码',
  '扫一扫',
  '扫描二维码',
  '关注',
  '关注我们',
  '微信',
  '微博',
  '复制链接',
  '上一篇',
  '下一篇',
  '登录',
  '注册',
  '首页',
  '图片来源',
  '图片',
  '图',
  '视频',
  '展开',
  '收起',
  '展开全文',
  '举报',
  '听新闻',
  '朗读',
  '语速',
  '选择声音',
  // traditional forms
  '廣告',
  '列印',
  '評論',
  '轉發',
  '字級',
  '返回頂部',
  '責任編輯',
  '編輯',
  '記者',
  '來源',
  '發布時間',
  '更新時間',
  '閱讀',
  '閱讀全文',
  '相關閱讀',
  '相關新聞',
  '延伸閱讀',
  '推薦閱讀',
  '關注',
  '複製連結',
  '上一則',
  '下一則',
  '圖片來源',
  '圖片',
  '影片',
];

const PHRASES = new Set([...EN, ...ZH]);
/** Phrases by first and by last character, longest first ("share this article" before "share"). */
const BY_FIRST = index((p) => p[0] as string);
const BY_LAST = index((p) => p.at(-1) as string);

function index(key: (phrase: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of [...PHRASES].sort((a, b) => b.length - a.length)) map.set(key(p), [...(map.get(key(p)) ?? []), p]);
  return map;
}
/** First parts of a breadcrumb trail ("Home > Embassy News"). */
const TRAIL_HEADS = new Set([
  'home',
  'homepage',
  'home page',
  '首页',
  '主页',
  '当前位置',
  '您的位置',
  '你的位置',
  '首頁',
  '目前位置',
]);

/** Blocks longer than this, or with more words, are text, whatever they say. */
export const MAX_FURNITURE_CHARS = 40;
const MAX_WORDS = 6;

const ENDS_SENTENCE = /[.!?。！？…]["'”’」』）)]*$/;
const NUMBER_ONLY = /^[+-]?\d[\d,.]*\s?(?:[a-z×]{1,2})?$/i;
/** A slideshow's or a pager's counter alone: "1 / 5", "Page 2 of 12", "3/8" (the core is lower case). */
const COUNTER = /^(?:(?:page|photo|image|slide|picture) )?\d{1,3} ?(?:\/|of) ?\d{1,3}$/;
const NUMBERISH = /^\(?\d[\d,.]*\)?(?:\s*[a-z\u4e00-\u9fff]{1,8})?$/i;
const COUNT = /^\(?\d[\d,.]*\)?$/;
const SEPARATED = /^\s*[:：|｜]/;
const TRAIL = /\s*(?:>|»|›|\/|\||＞|→)\s*/;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const STAMP_TOKEN = [
  '\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?',
  '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}',
  '\\d{1,2}月\\d{1,2}日',
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?`,
  `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?(?:\\s+\\d{4})?`,
  '\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?',
  '\\d{1,2}\\s*[ap]\\.?m\\.?',
  '\\d{1,2}[时時点點]\\d{1,2}分',
  '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?',
  '(?:星期|周|週)[一二三四五六日天]',
  '(?:gmt|utc|hkt|cst|est|edt|pst|pdt|bst|cet|cest|jst|kst|sgt|ist|aest)(?:[+-]\\d{1,2}(?::?\\d{2})?)?',
  '[+-]\\d{2}:?\\d{2}',
].join('|');
/** A line that is nothing but a date and/or time (blocks are short: no backtracking risk). */
const TIMESTAMP = new RegExp(`^(?:(?:${STAMP_TOKEN})[\\s,\\-–—|·/()]*)+$`, 'i');

/** The first date and/or time inside a block ("发布时间：2016-8-29 15:01:39  点击率：114"). */
export const STAMP_RUN = new RegExp(`(?<![a-z\\d])(?:${STAMP_TOKEN})(?:[\\s,\\-–—|·/()]*(?:${STAMP_TOKEN}))*`, 'i');

/** A line that is only a date and/or time, such as a dateline `2021-05-07 14:12`. */
export function isTimestamp(core: string): boolean {
  return /\d/.test(core) && TIMESTAMP.test(core);
}

const DECORATION = new Set([...' \t[]【】()（）<>《》|｜•·*#=~_-'].map((c) => c.charCodeAt(0)));
const TRAIL_MARK = /[>»›/|＞→]/;

/** The block (spaces folded) without decoration around it, lower case. */
export function coreOf(block: string): string {
  let from = 0;
  let to = block.length;
  while (from < to && DECORATION.has(block.charCodeAt(from))) from++;
  while (to > from && DECORATION.has(block.charCodeAt(to - 1))) to--;
  return block.slice(from, to).toLowerCase();
}

/**
 * Whether a short block (spaces already folded) is furniture: a known phrase alone, or followed
 * by a colon and a value, a count, a time or another phrase ("Reading Time:3 minutes",
 * "来源：新华社", "Comments (17)", "分享到微信"); a multi-word phrase with a name after it ("Why
 * you can trust SCMP"); a number alone with at most a unit-like suffix ("17", "1.00x"); a lone
 * timestamp; a breadcrumb trail.
 */
export function isFurniture(block: string): boolean {
  if (block.length > MAX_FURNITURE_CHARS || ENDS_SENTENCE.test(block.trim())) return false;
  return isFurnitureCore(coreOf(block.replace(/\s+/g, ' ')));
}

/** isFurniture for a block already known short and unpunctuated, by its core (see coreOf). */
export function isFurnitureCore(core: string): boolean {
  if (core === '') return false;
  if (PHRASES.has(core)) return true;
  let words = 1;
  let digits = false;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c === 0x20 && ++words > MAX_WORDS) return false;
    if (c >= 0x30 && c <= 0x39) digits = true;
  }
  // numbers, timestamps and counts all need a digit: most blocks skip these tests
  if (digits && (NUMBER_ONLY.test(core) || COUNTER.test(core) || TIMESTAMP.test(core))) return true;
  if (TRAIL_MARK.test(core) && TRAIL_HEADS.has(core.split(TRAIL)[0] as string)) return true;
  for (const phrase of BY_FIRST.get(core[0] as string) ?? []) {
    if (!core.startsWith(phrase)) continue;
    const rest = core.slice(phrase.length);
    // a Latin phrase must end at a word's end: "share" is no prefix of "shareholders"
    if (/^[a-z0-9]/.test(rest) && /[a-z]$/.test(phrase)) continue;
    const value = rest.replace(SEPARATED, '').trim();
    if (SEPARATED.test(rest) || PHRASES.has(value) || (digits && (NUMBERISH.test(value) || isTimestamp(value))))
      return true;
    if (phrase.includes(' ') && rest.startsWith(' ') && value.split(' ').length <= 3) return true;
  }
  if (!digits) return false;
  for (const phrase of BY_LAST.get(core.at(-1) as string) ?? []) {
    if (phrase.length > 1 && core.endsWith(phrase) && COUNT.test(core.slice(0, core.length - phrase.length).trim()))
      return true;
  }
  return false;
}
