import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { revealAligned } from './align.js';
import { type RawBlock, carveRawBlocks } from './carve.js';
import {
  BLOCK_ELEMENTS,
  CODE_ELEMENTS,
  FURNITURE_ELEMENTS,
  MARKUP_ELEMENTS,
  RAW_TEXT_ELEMENTS,
  isUrlAttribute,
  judgeAttributes,
} from './html-rules.js';
import { type HtmlFacts, walkHtml } from './html.js';
import type { MarkupProse } from './markup-prose.js';
import { readPlainMarkdown } from './plain-markdown.js';
import type { MaskReason } from './prose.js';

/** mdast nodes that are blocks: a separator goes before and after each. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'html',
  'thematicBreak',
  'definition',
  'table',
  'tableRow',
  'tableCell',
]);
/** Their text may be hard-wrapped: the line rule decides which newlines are boundaries. */
const WRAPPED = new Set(['paragraph', 'heading']);

/** One inline HTML tag (CommonMark gives inline HTML tag by tag). */
const SIMPLE_TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)>$/;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
/** A fenced code block (up to three spaces before its fence); indented code has none. */
const FENCE = /^ {0,3}(?:```|~~~)/;
/** Indented code that is really HTML (a CMS indented its markup). */
const LOOKS_LIKE_HTML = /^\s*<(?:[A-Za-z][A-Za-z0-9-]*[\s/>]|\/[A-Za-z]|!--)/;

/** One frozen processor for every document, not one built per call. */
const markdownParser = unified().use(remarkParse).freeze();

/**
 * Walks Markdown (remark-parse) into `b`: text of paragraphs, headings, list items, quotes and
 * link labels is prose; HTML nodes are walked as HTML; fenced and inline code are masked; link,
 * image and definition addresses are masked as URLs. Returns the `[start, end)` pairs whose
 * newlines the line rule should judge. The walk uses an explicit stack. `fastPaths`: see
 * IngestOptions.
 */
export function walkMarkdown(b: MarkupProse, source: string, facts: HtmlFacts, fastPaths = true): number[] {
  const carving = fastPaths ? carveRawBlocks(source) : null;
  const blocks = carving?.blocks ?? [];
  const children = carving
    ? carving.markdown === ''
      ? []
      : (readPlainMarkdown(carving.markdown) ?? markdownParser.parse(carving.markdown).children)
    : markdownParser.parse(source).children;
  const walk = new MarkdownWalk(b, source, facts, fastPaths);
  // top-level blocks in document order: the carved ones go before the nodes that stand after them
  let next = 0;
  for (const child of children) {
    const start = child.position?.start.offset ?? 0;
    // a placeholder: its blocks go with the node after it
    if (child.type === 'html' && child.position?.end.offset === blocks[next]?.at) continue;
    for (let block = blocks[next]; block && block.at <= start; block = blocks[++next]) {
      walk.rawBlock(block);
      walk.shift = block.shift;
    }
    walk.top(child);
  }
  for (const block of blocks.slice(next)) walk.rawBlock(block);
  return walk.finish();
}

/** One document's walk: what it reveals and masks in `b`, and what it leaves for the end. */
class MarkdownWalk {
  /** the `[start, end)` pairs whose newlines the line rule judges */
  private readonly wrapped: number[] = [];
  /** [from, to, reason]: what an element left open masks once the tree is done */
  private readonly forced: [number, number, MaskReason][] = [];
  /** how far the parsed text's offsets stand from the source's (carved blocks taken out) */
  shift = 0;

  constructor(
    private readonly b: MarkupProse,
    private readonly source: string,
    private readonly facts: HtmlFacts,
    private readonly fastPaths: boolean,
  ) {}

  finish(): number[] {
    for (const [from, to, reason] of this.forced) this.b.blank(from, to, reason);
    return this.wrapped;
  }

  /** One top-level node and what it contains, its offsets shifted into the source. */
  top(top: Nodes): void {
    const stack: Nodes[] = [top];
    // for inline nodes, the end of their paragraph or heading (how far an inline element may
    // reach); -1 for blocks
    const limits: number[] = [-1];
    while (stack.length > 0) {
      const node = stack.pop() as Nodes;
      const limit = limits.pop() as number;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const s = start + this.shift;
      const e = end + this.shift;
      if (BLOCKS.has(node.type) && limit === -1) this.blockBoundaries(s, e);
      if (WRAPPED.has(node.type)) this.wrapped.push(s, e);
      if (this.leaf(node, s, e, limit) || !('children' in node)) continue;
      const inner = node.type === 'paragraph' || node.type === 'heading' ? e : limit;
      for (let k = node.children.length - 1; k >= 0; k--) {
        stack.push(node.children[k] as Nodes);
        limits.push(inner);
      }
    }
  }

  /** What a node is read as; true when its children are not to be walked. */
  private leaf(node: Nodes, s: number, e: number, limit: number): boolean {
    const { b, source } = this;
    switch (node.type) {
      case 'text':
        revealAligned(b, s, e, node.value);
        return true;
      case 'inlineCode':
        b.blank(s, e, 'code');
        return true;
      case 'code':
        this.code(s, e);
        return true;
      case 'html':
        this.html(s, e, limit === -1 ? source.length : limit);
        return true;
      case 'link': {
        if (source.charCodeAt(s) === 0x3c) {
          b.blank(s, e, 'url');
          return true;
        }
        const label = node.children.at(-1)?.position?.end.offset;
        b.blank(label === undefined ? s + 1 : label + this.shift, e, 'url');
        return false;
      }
      case 'image': {
        const address = source.indexOf('](', s);
        if (address !== -1 && address < e) b.blank(address + 2, e, 'url');
        return true;
      }
      case 'definition':
        b.blank(s, e, 'url');
        return true;
      default:
        return false;
    }
  }

  private blockBoundaries(s: number, e: number): void {
    this.b.boundary(s - 1, s);
    this.b.boundary(e, e - 1);
  }

  rawBlock({ kind, start, end }: RawBlock): void {
    this.blockBoundaries(start, end);
    if (kind === 'html') this.html(start, end, this.source.length);
    else this.code(start, end);
  }

  private code(s: number, e: number): void {
    const { b, source } = this;
    if (FENCE.test(source.slice(s, s + 8))) b.blank(s, e, 'code');
    else if (LOOKS_LIKE_HTML.test(source.slice(s, s + 200)))
      this.openUp(walkHtml(b, source.slice(s, e), s, 'fragment', this.facts, this.fastPaths));
    else {
      // indented text in a news article is an indented paragraph, not a program
      b.reveal(s, e);
      this.wrapped.push(s, e);
    }
  }

  private openUp(open: { tag: string; end: number }[]): void {
    for (const o of open) this.closeAfter(o.tag, o.end, this.source.length, 'code');
  }

  /** Masks from `from` to the end tag of `tag`, if there is one before `limit`. */
  private closeAfter(tag: string, from: number, limit: number, reason: MaskReason): void {
    const close = new RegExp(`</${tag}[\\s/>]`, 'ig');
    close.lastIndex = from;
    const m = close.exec(this.source);
    if (m && m.index < limit) this.forced.push([from, m.index, reason]);
  }

  private html(s: number, e: number, limit: number): void {
    const { b, source } = this;
    const raw = source.slice(s, e);
    if (raw.startsWith('<!--')) {
      b.blank(s, e, 'comment');
      return;
    }
    const tag = raw.length <= 2000 ? SIMPLE_TAG.exec(raw) : null;
    if (!tag) {
      this.openUp(walkHtml(b, raw, s, 'fragment', this.facts, this.fastPaths));
      return;
    }
    // a lone tag, the usual inline case: no parser needed
    const name = (tag[2] as string).toLowerCase();
    const attrs: { name: string; value: string }[] = [];
    const attrText = tag[3] ?? '';
    const attrStart = s + 1 + (tag[1] as string).length + name.length;
    for (const a of attrText.matchAll(ATTRIBUTE)) {
      const value = (a[2] ?? '').replace(/^["']|["']$/g, '');
      attrs.push({ name: (a[1] as string).toLowerCase(), value });
      if (isUrlAttribute((a[1] as string).toLowerCase(), value))
        b.blank(attrStart + (a.index ?? 0), attrStart + (a.index ?? 0) + a[0].length, 'url');
    }
    if (BLOCK_ELEMENTS.has(name)) b.boundary(s);
    if (tag[1] === '/' || attrText.trimEnd().endsWith('/')) return;
    const reason: MaskReason | null = CODE_ELEMENTS.has(name)
      ? 'code'
      : MARKUP_ELEMENTS.has(name)
        ? 'markup'
        : FURNITURE_ELEMENTS.has(name) || judgeAttributes(attrs, false).furniture
          ? 'furniture'
          : null;
    // raw-text elements swallow everything up to their end tag; others reach to the block's end
    if (reason) this.closeAfter(name, e, RAW_TEXT_ELEMENTS.has(name) ? source.length : limit, reason);
  }
}
