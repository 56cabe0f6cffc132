import { readdirSync, readFileSync } from 'node:fs';
import { assembleSheet, processFile, type PipelineOptions } from '../../src/pipeline.js';
import type { FactSheet, Figure } from '../../src/types.js';

/** A bare count "x" of 1 in a.txt, with `over` on top: the figure a formatting test varies. */
export const plainFigure = (over: Partial<Figure>): Figure => ({
  id: 'a.txt#1',
  text: 'x',
  value: 1,
  unit: '',
  kind: 'count',
  noun: null,
  qualifier: 'exact',
  interval: null,
  iso: null,
  lang: 'en',
  sentence: 'x',
  source: { file: 'a.txt', start: 0, end: 1, line: 1, column: 1 },
  ...over,
});

export const SAMPLE_DIR = new URL('../fixtures/render/sample/', import.meta.url);

/** The golden sample: an English and a Chinese source, a transition, a range, three findings. */
export function sampleSheet(): FactSheet {
  return JSON.parse(readFileSync(new URL('sheet.json', SAMPLE_DIR), 'utf8')) as FactSheet;
}

export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  attr: '" onmouseover="alert(1)',
  handlebars: "{{constructor.constructor('alert(1)')()}}",
  textarea: '</textarea><svg onload=alert(1)>',
  unicode: '\u202Eevil\u202C \u{1F4A5} 零\u0000',
};
const ALL = Object.values(PAYLOADS).join(' ');

/** A sheet whose every text field carries markup, attribute breakers and template syntax. */
export function hostileSheet(): FactSheet {
  const file = `evil/${PAYLOADS.img}${PAYLOADS.attr}.txt`;
  const source = { file, start: 10, end: 12, line: 1, column: 11 };
  const figure = (id: string, text: string, over: Partial<Figure> = {}): Figure => ({
    id,
    text,
    value: 42,
    unit: PAYLOADS.attr,
    kind: 'count',
    noun: `${PAYLOADS.script} ${PAYLOADS.handlebars}`,
    qualifier: 'approx',
    interval: [41, 43],
    iso: null,
    lang: 'zh',
    sentence: `前 ${ALL} 共 ${text} 件 ${PAYLOADS.script}`,
    source,
    period: PAYLOADS.textarea,
    note: PAYLOADS.img,
    ...over,
  });
  const low = figure(`${file}#"><script>alert(1)</script>`, '42');
  const high = figure(`${file}#${PAYLOADS.attr}`, `<b>43</b>`, {
    kind: 'money',
    unit: 'EUR',
    lang: 'en',
    link: { type: 'transition', role: 'to', other: low.id, trigger: PAYLOADS.img },
  });
  low.link = { type: 'transition', role: 'from', other: high.id, trigger: PAYLOADS.script };
  const orphan = figure('x#1', '7', { link: { type: 'transition', role: 'from', other: 'javascript:alert(1)' } });
  return {
    title: `${PAYLOADS.script}${PAYLOADS.handlebars}`,
    generated: `"><script>alert(1)</script>`,
    sources: [
      {
        file,
        title: PAYLOADS.img,
        publisher: PAYLOADS.textarea,
        date: PAYLOADS.attr,
        lang: 'zh',
        url: 'javascript:alert(1)',
      },
      { file: 'b.txt', title: 'tabbed', url: ' java\tscript:alert(1)' },
      { file: 'c.txt', title: 'data', url: 'data:text/html,<script>alert(1)</script>' },
      { file: 'd.txt', title: 'fine', url: 'https://example.com/?q="><script>alert(1)</script>' },
    ],
    figures: [low, high, orphan],
    statements: [],
    findings: [
      {
        ruleId: PAYLOADS.attr,
        severity: 'error',
        verdict: 'fails',
        message: `Stated \`${PAYLOADS.script}\` then ${PAYLOADS.img} and \`${PAYLOADS.handlebars}`,
        reason: PAYLOADS.script,
        figures: [low.id, 'javascript:alert(1)'],
        source,
        place: {
          start: { line: source.line, column: source.column, offset: source.start },
          end: { offset: source.end },
        },
        cause: { ...source, file: PAYLOADS.script },
        url: 'javascript:alert(1)',
      },
    ],
    diagnostics: [{ ruleId: PAYLOADS.img, severity: 'warning', message: ALL, file: PAYLOADS.attr, line: 1, column: 1 }],
  };
}

export const STORY_DIR = new URL('../fixtures/render/story/', import.meta.url);
export const SEEDS_DIR = new URL('../../seeds/', import.meta.url);

/**
 * The sheet `factsheet build` makes of a folder: its files in name order through the pipeline,
 * with its sources.json. In-process, so that the view can be tested without the CLI.
 */
export function builtSheet(dir: URL): FactSheet {
  const sources = JSON.parse(readFileSync(new URL('sources.json', dir), 'utf8')) as PipelineOptions['sources'];
  const names = readdirSync(dir)
    .filter((name) => name !== 'sources.json')
    .sort();
  const results = names.flatMap((name) => {
    const result = processFile({ path: name, bytes: readFileSync(new URL(name, dir)) }, { sources });
    return 'figures' in result ? [result] : [];
  });
  return assembleSheet(results, { sources });
}

export const TRADE_DIR = new URL('../fixtures/stories/trade-2023/', import.meta.url);

/** The sheet of a few texts, a file each (name → text), through the whole pipeline. */
export function textSheet(texts: Record<string, string>): FactSheet {
  const results = Object.entries(texts).flatMap(([path, text]) => {
    const result = processFile({ path, bytes: new TextEncoder().encode(text) });
    return 'figures' in result ? [result] : [];
  });
  return assembleSheet(results);
}
