import { parseDocument } from 'yaml';
import type { DocumentMetadata } from '../types.js';
import { toIsoDate } from './dates.js';
import { langOf } from './lang.js';

export interface FrontMatter {
  /** `[start, end)`: from the opening `---` to the end of the closing line */
  start: number;
  end: number;
  metadata: DocumentMetadata;
  /** the YAML error, when the block looked like front matter but did not parse */
  error?: string;
}

const OPENING = /^(?:[ \t]*\r?\n)*---[ \t]*\r?\n/y;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
const KEY_LINE = /^[A-Za-z_][\w-]*\s*:/;
/** A front matter block longer than this is not one (and a search for its end would be costly). */
const MAX_LENGTH = 64 * 1024;

/**
 * YAML front matter: `---` lines around it at the very start, blank lines before it allowed
 * (seed 004 starts with one). A block that parses to a mapping, or whose lines mostly read
 * `key: value`, is front matter; otherwise the `---` is Markdown (a rule or a heading). With
 * `fastPaths`, plain `key: value` lines are read without the yaml package.
 */
export function findFrontMatter(text: string, fastPaths = true): FrontMatter | null {
  OPENING.lastIndex = 0;
  const open = OPENING.exec(text);
  if (!open) return null;
  const start = text.indexOf('---', 0);
  const bodyStart = open[0].length;
  const window = text.slice(bodyStart, bodyStart + MAX_LENGTH);
  const close = CLOSING.exec(window);
  if (!close) return null;
  const body = window.slice(0, close.index);
  const lineEnd = text.indexOf('\n', bodyStart + close.index);
  const end = lineEnd === -1 ? text.length : lineEnd;
  const simple = fastPaths ? simpleMapping(body) : undefined;
  if (simple) return { start, end, metadata: metadataOf(simple) };
  // parseDocument, not parse: it reports errors in the result and never writes warnings out
  const doc = parseDocument(body);
  let error = doc.errors[0]?.message.split('\n')[0];
  let data: unknown = null;
  if (error === undefined) {
    try {
      data = doc.toJS();
    } catch (e) {
      // toJS refuses alias bombs
      error = e instanceof Error ? e.message : String(e);
    }
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    return { start, end, metadata: metadataOf(data as Record<string, unknown>) };
  }
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0 || lines.filter((l) => KEY_LINE.test(l)).length * 2 < lines.length) return null;
  return { start, end, metadata: {}, ...(error ? { error } : {}) };
}

const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const LIST_ITEM = /^( *)-(?: +(.*))?$/;
/** Characters YAML reads otherwise than as themselves, or refuses. */
// oxlint-disable-next-line no-control-regex -- control characters are what it looks for
const ODD_CHARACTERS = /[\t\r\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;
/** What a plain scalar may not start with (YAML's indicators). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
// the core schema's tests (yaml/dist/schema/core)
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OTHER_NUMBERS = [
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/**
 * What the yaml package makes of a body of `key: value` lines at the margin (plain, single- or
 * double-quoted scalars on one line, or a list of them under a key), or undefined for anything
 * else (comments, nesting, multi-line or odd scalars, repeated keys), which yaml parses.
 */
export function simpleMapping(body: string): Record<string, unknown> | undefined {
  if (ODD_CHARACTERS.test(body)) return undefined;
  const data: Record<string, unknown> = {};
  let key: string | undefined;
  // whether `key` has no value written after it, the list under it, and its items' indentation
  let bare = false;
  let list: unknown[] | undefined;
  let indent = 0;
  for (const line of body.split('\n')) {
    if (line === '') continue;
    const item = LIST_ITEM.exec(line);
    if (item) {
      // items only under a key with no value of its own, all at one indentation
      if (key === undefined || !bare || (list !== undefined && (item[1] as string).length !== indent)) return undefined;
      if (list === undefined) {
        list = [];
        indent = (item[1] as string).length;
        data[key] = list;
      }
      const value = scalar((item[2] ?? '').trimEnd());
      if (value === undefined) return undefined;
      list.push(value);
      continue;
    }
    const entry = ENTRY.exec(line);
    key = entry?.[1];
    // a key YAML reads as null or a boolean, a repeated one, or one that would set the prototype
    if (key === undefined || NULL.test(key) || BOOL.test(key) || Object.hasOwn(data, key) || key === '__proto__')
      return undefined;
    const raw = (entry?.[2] ?? '').trimEnd();
    const value = scalar(raw);
    if (value === undefined) return undefined;
    data[key] = value;
    bare = raw === '';
    list = undefined;
  }
  return key === undefined ? undefined : data;
}

/** A one-line scalar as the core schema resolves it; undefined for a form left to yaml. */
function scalar(raw: string): unknown {
  if (raw.startsWith("'")) return /^'(?:[^']|'')*'$/.test(raw) ? raw.slice(1, -1).replaceAll("''", "'") : undefined;
  if (raw.startsWith('"')) return /^"[^"\\]*"$/.test(raw) ? raw.slice(1, -1) : undefined;
  if (INDICATOR.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':')) return undefined;
  if (NULL.test(raw)) return null;
  if (BOOL.test(raw)) return raw.startsWith('t') || raw.startsWith('T');
  if (INT.test(raw)) return /^(?:0|[1-9][0-9]{0,14})$/.test(raw) ? Number(raw) : undefined;
  return OTHER_NUMBERS.some((number) => number.test(raw)) ? undefined : raw;
}

/** Fields a reader sees of a post (its headline, summary and date), not settings of the site. */
const READABLE =
  /^(?:title|headline|subtitle|description|summary|date|published|updated)[ \t]*:[ \t]*(['"]?)(.*?)\1[ \t]*\r?$/gm;

/**
 * The values of the readable one-line fields of a front matter block (`title: '…'`, `date: …`),
 * quotes left out, as `[start, end)` pairs into the text: they are prose, their figures figures.
 */
export function readableFields(text: string, front: FrontMatter): number[] {
  const out: number[] = [];
  const block = text.slice(front.start, front.end);
  for (const m of block.matchAll(READABLE)) {
    const value = m[2] as string;
    if (value === '') continue;
    const start = front.start + m.index + m[0].indexOf(value, m[0].indexOf(':') + 1);
    out.push(start, start + value.length);
  }
  return out;
}

function metadataOf(data: Record<string, unknown>): DocumentMetadata {
  const field = (...keys: string[]): unknown => {
    for (const k of keys) if (data[k] !== undefined && data[k] !== null) return data[k];
    return undefined;
  };
  const meta: DocumentMetadata = {};
  const title = text(field('title', 'headline'));
  if (title) meta.title = title;
  const date = toIsoDate(field('date', 'published', 'pubDate', 'publishDate', 'created'));
  if (date) meta.date = date;
  const author = text(field('author', 'authors', 'byline'));
  if (author) meta.author = author;
  const url = text(field('url', 'link', 'canonical', 'canonical_url', 'permalink', 'source'));
  if (url) meta.url = url;
  const lang = langOf(text(field('lang', 'language', 'locale')));
  if (lang) meta.lang = lang;
  return meta;
}

/** A string field, or the names in a list or an object with a `name` (authors often are). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'name' in value) return text((value as { name: unknown }).name);
  return undefined;
}
