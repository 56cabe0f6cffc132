import type { HtmlAttribute, HtmlLocation, HtmlNode, HtmlSpan } from './html.js';

/**
 * The parse5 tree of a simple HTML fragment, built without parse5: text, comments and the
 * elements below, tables written out in full (table, section, row, cell), every start tag met
 * by its end tag in order or left open to the end, stray end tags that parse5 drops or (`</p>`)
 * turns into an empty element, no character reference but a few plain ones. On such input the
 * HTML tree construction algorithm only opens and closes elements as written (no implied end
 * tags or elements, no adoption agency, no reconstructed formatting, no foster parenting), so
 * the tree, offsets included, is the one parse5 builds, at a fraction of the cost. Anything else
 * (text or other elements loose in a table, forms, raw text, `<p>` in `<p>`, misnesting, other
 * references, CR, NUL, odd tag syntax) gets null: parse5 parses it. Linear: every search stops
 * within the token it reads.
 */
export function parseSimpleFragment(html: string): HtmlNode | null {
  if (html.includes('\r') || html.includes('\0')) return null;
  const root: HtmlNode = { nodeName: '#document-fragment', childNodes: [] };
  const open = new OpenElements();
  let children = root.childNodes as HtmlNode[];
  // parse5 reads a fragment as a template's content: until the first start tag, end tags are
  // ignored; after it, the body's rules apply
  let inBody = false;
  for (let at = 0; at < html.length;) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at) {
      const value = decodeReferences(html.slice(at, textEnd));
      // text in a table outside its cells is foster-parented, unless it is whitespace
      if (value === null || (open.inTable() && !WHITESPACE.test(value))) return null;
      const last = children.at(-1);
      // text on both sides of a dropped end tag is one text node
      if (last?.nodeName === '#text' && last.sourceCodeLocation) {
        last.value += value;
        last.sourceCodeLocation.endOffset = textEnd;
      } else children.push({ nodeName: '#text', value, sourceCodeLocation: { startOffset: at, endOffset: textEnd } });
    }
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      // `<!-->`, `<!--->` and `--!>` end a comment early
      if (
        close === -1 ||
        html.charCodeAt(lt + 4) === 0x3e ||
        html.startsWith('->', lt + 4) ||
        html.slice(lt + 4, close).includes('--!')
      )
        return null;
      at = close + 3;
      children.push({ nodeName: '#comment', sourceCodeLocation: { startOffset: lt, endOffset: at } });
    } else if (html.charCodeAt(lt + 1) === 0x2f) {
      END_TAG.lastIndex = lt;
      const name = END_TAG.exec(html)?.[1]?.toLowerCase();
      const top = open.current;
      if (name === undefined) return null;
      at = END_TAG.lastIndex;
      if (name === top?.node.tagName) {
        top.location.endTag = { startOffset: lt, endOffset: at };
        top.location.endOffset = at;
        open.pop();
        children = open.current?.children ?? (root.childNodes as HtmlNode[]);
      } else if (!inBody) {
        // ignored, whatever its name: nothing is open yet
      } else if (name === 'p' && !open.has('p') && !open.inTable()) {
        // a stray `</p>` makes an empty paragraph, which has no position in the source
        children.push({ nodeName: 'p', tagName: 'p', attrs: [], childNodes: [], sourceCodeLocation: null });
      } else if (!isDropped(name, open)) return null;
    } else {
      const tag = startTag(html, lt, open);
      if (!tag) return null;
      inBody = true;
      at = tag.end;
      children.push(tag.node);
      if (!VOID.has(tag.node.tagName)) {
        open.push(tag);
        children = tag.children;
      }
    }
  }
  // elements left open end with the fragment, as parse5 ends them
  for (const element of open.stack) element.location.endOffset = html.length;
  return root;
}

interface OpenElement {
  node: HtmlNode & { tagName: string };
  location: HtmlLocation;
  children: HtmlNode[];
  end: number;
}

/** The stack of open elements, counted by name: each question costs O(1), so deep nesting stays linear. */
class OpenElements {
  readonly stack: OpenElement[] = [];
  private readonly counts = new Map<string, number>();

  get current(): OpenElement | undefined {
    return this.stack.at(-1);
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** Whether the current element is a table, table section or row, where only their parts may go. */
  inTable(): boolean {
    const current = this.current?.node.tagName;
    return current !== undefined && TABLE_PARTS.has(current);
  }

  hasHeading(): boolean {
    for (const h of HEADINGS) if (this.has(h)) return true;
    return false;
  }

  push(element: OpenElement): void {
    this.stack.push(element);
    this.counts.set(element.node.tagName, (this.counts.get(element.node.tagName) ?? 0) + 1);
  }

  pop(): void {
    const element = this.stack.pop();
    if (element) this.counts.set(element.node.tagName, (this.counts.get(element.node.tagName) ?? 1) - 1);
  }
}

/** Elements with no content and no end tag. */
const VOID = new Set(['br', 'img', 'wbr']);
/** Elements parse5 opens and closes as written, wherever they stand ("any other start tag", formatting elements). */
const PHRASING = new Set([
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
]);
/** Start tags that close an open `<p>` first: taken only while none is open. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'search',
  'section',
  'summary',
  'ul',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * A table's parts and the element each goes right into: written that way, parse5 inserts them
 * as written (a row straight in a table gets an implied `<tbody>`, which is left to parse5).
 */
const SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
const TABLE_PARENTS = new Map<string, ReadonlySet<string>>([
  ['tbody', new Set(['table'])],
  ['thead', new Set(['table'])],
  ['tfoot', new Set(['table'])],
  ['tr', SECTIONS],
  ['td', new Set(['tr'])],
  ['th', new Set(['tr'])],
]);
/** Elements whose content is only table parts (and whitespace); a cell's is body content again. */
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const WHITESPACE = /^[\t\n\f ]*$/;
const LISTS = new Set(['ul', 'ol', 'menu']);

const TAG_NAME = /<([A-Za-z][A-Za-z0-9-]*)/y;
const END_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)[\t\n\f ]*>/y;
const SPACE = /[\t\n\f ]*/y;
/** An attribute after its space; values without the characters parse5 reads with a parse error. */
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)(?:[\t\n\f ]*=[\t\n\f ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f >"'<=`]+)))?/y;

/** A start tag at `lt` that the tree builder takes as it stands, or null. */
function startTag(html: string, lt: number, open: OpenElements): OpenElement | null {
  TAG_NAME.lastIndex = lt;
  const name = TAG_NAME.exec(html)?.[1]?.toLowerCase();
  if (name === undefined || !mayOpen(name, open)) return null;
  const attrs: HtmlAttribute[] = [];
  const spans: Record<string, HtmlSpan> = Object.create(null);
  let i = TAG_NAME.lastIndex;
  for (;;) {
    SPACE.lastIndex = i;
    SPACE.exec(html);
    const spaced = SPACE.lastIndex > i;
    i = SPACE.lastIndex;
    const c = html.charCodeAt(i);
    if (c === 0x3e || (c === 0x2f && html.charCodeAt(i + 1) === 0x3e && VOID.has(name))) break;
    if (!spaced) return null;
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(html);
    if (!m) return null;
    const attrName = (m[1] as string).toLowerCase();
    const raw = m[2] ?? m[3] ?? m[4];
    const value = raw === undefined ? '' : decodeReferences(raw);
    // parse5 drops a repeated attribute
    if (value === null || attrName in spans) return null;
    attrs.push({ name: attrName, value });
    spans[attrName] = { startOffset: i, endOffset: ATTRIBUTE.lastIndex };
    i = ATTRIBUTE.lastIndex;
  }
  const end = html.indexOf('>', i) + 1;
  const location: HtmlLocation = {
    startOffset: lt,
    endOffset: end,
    startTag: { startOffset: lt, endOffset: end },
    attrs: spans,
  };
  const children: HtmlNode[] = [];
  const node = { nodeName: name, tagName: name, attrs, childNodes: children, sourceCodeLocation: location };
  return { node, location, children, end };
}

/** Whether the tree builder inserts `name` where `open` stands and does nothing else. */
function mayOpen(name: string, open: OpenElements): boolean {
  const current = open.current?.node.tagName;
  const parents = TABLE_PARENTS.get(name);
  if (parents) return current !== undefined && parents.has(current);
  // anything else right in a table, section or row is foster-parented
  if (open.inTable()) return false;
  // a table closes an open `<p>` first
  if (name === 'table') return !open.has('p');
  // an `<a>` in an `<a>` runs the adoption agency
  if (name === 'a') return !open.has('a');
  if (VOID.has(name) || PHRASING.has(name) || name.includes('-')) return true;
  if (CLOSES_P.has(name)) return !open.has('p');
  // a heading closes a heading right above it; an item, any item up to the list
  if (HEADINGS.has(name)) return !open.has('p') && !(current !== undefined && HEADINGS.has(current));
  if (name === 'li') return current !== undefined && LISTS.has(current);
  return false;
}

/** End tags parse5 drops when no element of theirs is open (an ignored parse error). */
const DROPPED_WHEN_NONE_OPEN = new Set([
  ...PHRASING,
  ...CLOSES_P,
  'a',
  'li',
  'caption',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
]);

/**
 * Whether parse5 drops the end tag `name` where `open` stands: none of its elements is open
 * (for a heading, no heading at all). Not `</p>` and `</br>`, which insert elements.
 */
function isDropped(name: string, open: OpenElements): boolean {
  if (name === 'p' || open.has(name)) return false;
  if (HEADINGS.has(name)) return !open.hasHeading();
  return DROPPED_WHEN_NONE_OPEN.has(name) || name.includes('-');
}

const REFERENCE = /&(?:(amp|lt|gt|quot|apos|nbsp)|#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/y;
const NAMED: Record<string, number> = { amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27, nbsp: 0xa0 };

/**
 * `text` (a text node's or an attribute value's, so that no search runs past it) with its
 * character references decoded as parse5 decodes them, or null for one beyond the plain ones:
 * `&amp;`-style names with their semicolon, numbers of characters that stand for themselves,
 * and `&` before a space or the end, which is no reference.
 */
function decodeReferences(text: string): string | null {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let copied = 0;
  for (; amp !== -1; amp = text.indexOf('&', copied)) {
    const next = amp + 1 < text.length ? text.charCodeAt(amp + 1) : -1;
    if (next === -1 || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0c) {
      out += text.slice(copied, amp + 1);
      copied = amp + 1;
      continue;
    }
    REFERENCE.lastIndex = amp;
    const m = REFERENCE.exec(text);
    if (!m) return null;
    const code =
      m[1] !== undefined
        ? (NAMED[m[1]] as number)
        : m[2] !== undefined
          ? Number(m[2])
          : Number.parseInt(m[3] as string, 16);
    if (!standsForItself(code)) return null;
    out += text.slice(copied, amp) + String.fromCodePoint(code);
    copied = REFERENCE.lastIndex;
  }
  return out + text.slice(copied);
}

/** A code point a numeric reference yields unchanged: no control, surrogate or noncharacter. */
function standsForItself(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return true;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
    return false;
  return !((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe);
}
