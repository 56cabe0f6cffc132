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
 * `key: value`, is front matter; otherwise the `---` is Markdown (a rule or a heading).
 */
export function findFrontMatter(text: string): FrontMatter | null {
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
