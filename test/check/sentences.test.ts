import { describe, expect, it } from 'vitest';
import { previousSentence, sentencesOf } from '../../src/check/sentences.js';
import { figuresOf } from './figures.js';

describe('sentencesOf', () => {
  it('places every figure in its sentence, repeated texts in turn', () => {
    const text = 'Sales grew from $2.1bn to $4.6bn, and costs from $2.1bn to $3bn. 货运量由 12 万吨增至 36 万吨。';
    const sentences = sentencesOf(figuresOf('a.txt', text));
    expect(sentences.length).toBe(2);
    for (const s of sentences) {
      for (const p of s.figures) {
        expect(p.at, p.figure.text).toBeGreaterThanOrEqual(0);
        expect(text.slice(s.start + p.at, s.start + p.end)).toBe(p.figure.text);
      }
    }
    const twice = sentences[0]?.figures.filter((p) => p.figure.text === '$2.1bn').map((p) => p.at);
    expect(new Set(twice).size).toBe(2);
  });

  it('places a whole range where it is written', () => {
    const text = 'The site will cover between 3 and 5 km of coast.';
    const [s] = sentencesOf(figuresOf('a.txt', text));
    expect(s?.figures.map((p) => [p.figure.text, p.at])).toEqual([['between 3 and 5 km', 20]]);
  });

  it('knows the sentence before in the same paragraph, not across a blank line', () => {
    const sentences = sentencesOf(figuresOf('a.txt', '一期面积为 30,000 平方米。二期达到 60,000 平方米。\n\n三期达到 90,000 平方米。'));
    expect(sentences.length).toBe(3);
    expect(previousSentence(sentences, 1)).toBe(sentences[0]);
    expect(previousSentence(sentences, 2)).toBeUndefined();
  });
});
