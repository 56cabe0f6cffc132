import { parse, parseFragment } from 'parse5';
import { revealAligned } from './align.js';
import {
  BLOCK_ELEMENTS,
  CODE_ELEMENTS,
  FURNITURE_ELEMENTS,
  MARKUP_ELEMENTS,
  RAW_TEXT_ELEMENTS,
  isUrlAttribute,
  judgeAttributes,
} from './html-rules.js';
import type { MarkupProse } from './markup-prose.js';
import type { MaskReason } from './prose.js';
import { parseSimpleFragment } from './simple-html.js';

/** What a page says about itself in <title>, <meta>, <link rel=canonical>, <time>, <html lang>. */
export interface HtmlFacts {
  title?: string;
  date?: string;
  author?: string;
  url?: string;
  lang?: string;
}

/**
 * What the walk reads of a parse5 node: parse5's trees have it, and so do those of
 * simple-html.ts. Offsets only; no lines and columns.
 */
export interface HtmlNode {
  nodeName: string;
  /** a text node's text, references decoded */
  value?: string;
  tagName?: string;
  attrs?: HtmlAttribute[];
  childNodes?: HtmlNode[];
  /** a template's */
  content?: { childNodes: HtmlNode[] };
  sourceCodeLocation?: HtmlLocation | null;
}
export interface HtmlAttribute {
  name: string;
  value: string;
}
export interface HtmlSpan {
  startOffset: number;
  endOffset: number;
}
export interface HtmlLocation extends HtmlSpan {
  startTag?: HtmlSpan;
  endTag?: HtmlSpan;
  attrs?: Record<string, HtmlSpan>;
}

/** An element such as <script> still open where a fragment ends: Markdown hands HTML over in pieces. */
export interface OpenRawElement {
  tag: string;
  end: number;
}

const META_KEYS: Record<string, keyof HtmlFacts> = {
  'og:title': 'title',
  'twitter:title': 'title',
  headline: 'title',
  'article:published_time': 'date',
  datepublished: 'date',
  pubdate: 'date',
  publishdate: 'date',
  date: 'date',
  'dc.date': 'date',
  'dcterms.created': 'date',
  author: 'author',
  'article:author': 'author',
  'dc.creator': 'author',
  'og:url': 'url',
  'content-language': 'lang',
  language: 'lang',
};

/**
 * Walks HTML (a whole document, or a fragment at `base` in the text) into `b`: text nodes are
 * prose unless inside code, hidden or navigation elements; comments, tags and attributes are
 * masked; block elements get separators. parse5 itself is iterative, and so is this walk (an
 * explicit stack): 50,000 nested elements cannot overflow the call stack. With `fastPaths`, a
 * simple fragment skips parse5 (simple-html.ts).
 */
export function walkHtml(
  b: MarkupProse,
  source: string,
  base: number,
  mode: 'document' | 'fragment',
  facts: HtmlFacts,
  fastPaths = true,
): OpenRawElement[] {
  const options = { sourceCodeLocationInfo: true };
  const root: HtmlNode =
    mode === 'document'
      ? parse(source, options)
      : ((fastPaths ? parseSimpleFragment(source) : null) ?? parseFragment(source, options));
  const open: OpenRawElement[] = [];
  // three parallel stacks: the node, the reason its text is masked (null: prose), a background set above it
  const nodes: HtmlNode[] = [root];
  const masks: (MaskReason | null)[] = [null];
  const backgrounds: boolean[] = [false];
  let timeDate: string | undefined;
  while (nodes.length > 0) {
    const node = nodes.pop() as HtmlNode;
    const mask = masks.pop() ?? null;
    const onBackground = backgrounds.pop() ?? false;
    const loc = node.sourceCodeLocation;
    if (node.nodeName === '#text') {
      if (!loc) continue;
      if (mask) b.blank(base + loc.startOffset, base + loc.endOffset, mask);
      else revealAligned(b, base + loc.startOffset, base + loc.endOffset, node.value ?? '');
      continue;
    }
    if (node.nodeName === '#comment') {
      if (loc) b.blank(base + loc.startOffset, base + loc.endOffset, 'comment');
      continue;
    }
    if (!node.childNodes) continue;
    let childMask = mask;
    let childBackground = onBackground;
    if (node.tagName !== undefined) {
      const el = node as Element;
      const tag = el.tagName;
      const elLoc = el.sourceCodeLocation;
      if (elLoc) {
        for (const a of el.attrs) {
          const at = elLoc.attrs?.[a.name];
          if (at && isUrlAttribute(a.name, a.value)) b.blank(base + at.startOffset, base + at.endOffset, 'url');
        }
        if (BLOCK_ELEMENTS.has(tag)) {
          b.boundary(base + elLoc.startOffset);
          if (elLoc.endTag) b.boundary(base + elLoc.endTag.startOffset);
          else b.boundary(base + elLoc.endOffset, base + elLoc.endOffset - 1);
        }
        // a table's cells are data: a lone number there is a figure, not a widget's counter
        if (tag === 'table') b.exempt.push(base + elLoc.startOffset, base + elLoc.endOffset);
        if (RAW_TEXT_ELEMENTS.has(tag) && !elLoc.endTag && elLoc.startTag)
          open.push({ tag, end: base + elLoc.endOffset });
      }
      if (FACT_ELEMENTS.has(tag)) {
        const time = noteFacts(el, facts);
        if (timeDate === undefined) timeDate = time;
      }
      const judged = el.attrs.length === 0 ? null : judgeAttributes(el.attrs, onBackground);
      if (judged) childBackground = judged.background;
      if (!childMask) {
        if (CODE_ELEMENTS.has(tag)) childMask = 'code';
        else if (MARKUP_ELEMENTS.has(tag)) childMask = 'markup';
        else if (FURNITURE_ELEMENTS.has(tag) || judged?.furniture) childMask = 'furniture';
      }
    }
    const children = node.nodeName === 'template' ? (node.content?.childNodes ?? []) : node.childNodes;
    for (let k = children.length - 1; k >= 0; k--) {
      nodes.push(children[k] as HtmlNode);
      masks.push(childMask);
      backgrounds.push(childBackground);
    }
  }
  if (facts.date === undefined && timeDate !== undefined) facts.date = timeDate;
  return open;
}

const FACT_ELEMENTS = new Set(['title', 'meta', 'link', 'html', 'time']);

/** An element node: parse5's have all of these. */
type Element = HtmlNode & { tagName: string; attrs: HtmlAttribute[]; childNodes: HtmlNode[] };

/** Records what an element says about the page; returns a <time datetime> for a date of last resort. */
function noteFacts(el: Element, facts: HtmlFacts): string | undefined {
  const tag = el.tagName;
  const attr = (name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
  if (tag === 'title') {
    const first = el.childNodes[0];
    if (facts.title === undefined && first?.nodeName === '#text') facts.title = first.value?.trim() || undefined;
  } else if (tag === 'meta') {
    const key = (attr('property') ?? attr('name') ?? attr('itemprop') ?? attr('http-equiv'))?.toLowerCase();
    const field = key === undefined ? undefined : META_KEYS[key];
    const content = attr('content')?.trim();
    // og:title beats <title>, which carries the site's name; otherwise the first one stands
    if (field && content && (facts[field] === undefined || key === 'og:title')) facts[field] = content;
  } else if (tag === 'link' && attr('rel')?.toLowerCase() === 'canonical') {
    facts.url ??= attr('href');
  } else if (tag === 'html') {
    facts.lang ??= attr('lang') ?? attr('xml:lang');
  } else if (tag === 'time') {
    return attr('datetime');
  }
  return undefined;
}
