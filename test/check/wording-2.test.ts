import { describe, expect, it } from 'vitest';
import { verdictsOf } from './run.js';

const relation = (text: string): string[] => verdictsOf('relation', text);

describe('a rate against one end and the absolute change counts the end once', () => {
  it.each([
    ['Net income grew by $150 million, or 12%, to $1.6 billion.', ['fails']],
    ['Net income grew by $150 million, or 10%, to $1.6 billion.', ['holds']],
    ['营业收入16亿元,比上年增加1.5亿元,增长12%。', ['fails']],
    ['营业收入16亿元,比上年增加1.5亿元,增长10.3%。', ['holds']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});
