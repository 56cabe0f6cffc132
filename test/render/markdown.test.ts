import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/index.js';
import { escapeMarkdown } from '../../src/render/markdown-escape.js';
import { hostileSheet, sampleSheet } from './sheets.js';

describe('factsheet.md', () => {
  const md = renderMarkdown(sampleSheet());

  it('is the same sheet: at a glance first, findings, then every figure, dates, sources and quotes', () => {
    const headings = [...md.matchAll(/^#{1,3} (.*)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual(['Port traffic and logistics — fact sheet', 'At a glance', 'Findings']);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Appendix A · Every figure',
        'Appendix B · Dates and years',
        'Appendix C · Sources',
        'Appendix D · The sentences quoted',
      ]),
    );
    expect(md).toContain('| **revenue** | €3.7 billion → **€9.1 billion** (+146%) |');
    expect(md).toContain('1. Revenue rose from **€3.7bn** in **2021** to **€9.1bn** in **2022**, the company said.');
  });

  it('reads in Chinese when asked', () => {
    expect(renderMarkdown(sampleSheet(), { lang: 'zh' })).toContain('**91亿欧元**');
  });

  it('leaves no markup of a source live', () => {
    const hostile = renderMarkdown(hostileSheet());
    expect(hostile).not.toMatch(/<(script|img|svg|b)\b/i);
    expect(hostile).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/); // no link but the escaped
    expect(hostile).toContain('&lt;script&gt;');
  });
});

describe('escapeMarkdown', () => {
  it('makes any text literal on one line', () => {
    expect(escapeMarkdown('a|b *c* _d_ [e](javascript:x) <i>')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](javascript:x) &lt;i&gt;',
    );
    expect(escapeMarkdown('# head\nline')).toBe('\\# head line');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('2021. year')).toBe('2021\\. year');
    expect(escapeMarkdown('0.4 pp')).toBe('0.4 pp');
    expect(escapeMarkdown('+146%')).toBe('+146%');
  });
});
