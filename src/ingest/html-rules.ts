/**
 * What HTML elements and attributes mean for prose, as data: which elements are blocks (a
 * separator at each end), whose content is never prose and why, and when an element is
 * invisible or page furniture.
 */

/** Elements whose ends are block boundaries: text on either side never joins one sentence. */
export const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

/** Elements whose content is code, never prose (`<pre>` is not here: old sites set articles in it). */
export const CODE_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'code',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'object',
  'embed',
  'applet',
]);

/**
 * Elements whose text is markup-like: vector graphics and form values are no prose. A page's
 * <title> is: it is the headline a reader sees (and the metadata's title too).
 */
export const MARKUP_ELEMENTS = new Set(['svg', 'math', 'textarea', 'datalist']);

/** Navigation and controls: text in them is page furniture. */
export const FURNITURE_ELEMENTS = new Set(['nav', 'button', 'select', 'menu']);

/** Elements the tokenizer reads as raw text up to their end tag: left open, they swallow what follows. */
export const RAW_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'template',
]);

/** Class names (whole tokens) of advertising, sharing and screen-reader-only boxes. */
const FURNITURE_CLASSES = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adsbygoogle',
  'ad-slot',
  'ad-container',
  'ad-wrapper',
  'sponsored',
  'share',
  'sharing',
  'share-buttons',
  'social-share',
  'newsletter',
  'breadcrumb',
  'breadcrumbs',
  'hidden',
  'sr-only',
  'visually-hidden',
  'screen-reader-text',
]);

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'longdesc',
  'manifest',
  'data-src',
  'data-href',
  'data-url',
  'data-original',
]);
/** An address by its look: scheme://, a scheme that takes no slashes, //host, www., /path */
const URL_VALUE =
  /^\s*(?:[a-z][a-z0-9+.-]{1,20}:\/\/|(?:mailto|tel|sms|javascript|data|whatsapp|weixin|callto|fb-messenger):|\/\/|www\.|\/[^\s/])/i;

/** An attribute that holds an address: its numbers are `url`, not `markup`. */
export function isUrlAttribute(name: string, value: string): boolean {
  return URL_ATTRIBUTES.has(name) || URL_VALUE.test(value);
}

const HIDING_STYLE = new RegExp(
  '(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(?:\\.0*)?\\s*(?:;|$|!)' +
    '|font-size\\s*:\\s*0(?:\\.0*)?(?:px|pt|em|rem|%)?\\s*(?:;|$|!))',
  'i',
);
const STYLE_COLOR = /(?:^|;)\s*color\s*:\s*([^;!]+)/i;
const STYLE_BACKGROUND = /(?:^|;)\s*background(?:-color|-image)?\s*:/i;

const WHITES = new Set([
  'white',
  'snow',
  'ivory',
  'ghostwhite',
  'whitesmoke',
  'floralwhite',
  'seashell',
  'mintcream',
  'azure',
  'aliceblue',
  'honeydew',
  'linen',
  'oldlace',
  'lavenderblush',
  'transparent',
]);

/** A colour a reader cannot see on a white page: every channel at least 0xF0 (#F8F8F8 watermarks). */
function isNearWhite(color: string): boolean {
  const c = color.trim().toLowerCase();
  if (WHITES.has(c)) return true;
  let channels: number[] | null = null;
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(c)?.[1];
  if (hex) {
    const short = hex.length <= 4;
    channels = [0, 1, 2].map((k) => parseInt(short ? (hex[k] as string).repeat(2) : hex.slice(k * 2, k * 2 + 2), 16));
  } else {
    const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})/.exec(c);
    if (rgb) channels = [rgb[1], rgb[2], rgb[3]].map(Number);
  }
  return channels !== null && channels.every((v) => v >= 0xf0);
}

/** What an element's attributes say about its text: hidden or ad → furniture; a background of its own. */
export function judgeAttributes(
  attrs: readonly { name: string; value: string }[],
  onBackground: boolean,
): { furniture: boolean; background: boolean } {
  let furniture = false;
  let background = onBackground;
  let color: string | null = null;
  for (const { name, value } of attrs) {
    if (name === 'hidden') furniture = true;
    else if (name === 'style') {
      if (HIDING_STYLE.test(value)) furniture = true;
      if (STYLE_BACKGROUND.test(value)) background = true;
      color = STYLE_COLOR.exec(value)?.[1] ?? color;
    } else if (name === 'color') color = value;
    else if (name === 'bgcolor') background = true;
    else if (name === 'class' && value.split(/\s+/).some((t) => FURNITURE_CLASSES.has(t.toLowerCase())))
      furniture = true;
    else if (name.startsWith('data-ad-')) furniture = true;
  }
  // white text on a background of its own is visible; on the page it is a watermark
  if (color !== null && !background && isNearWhite(color)) furniture = true;
  return { furniture, background };
}
