import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from './figures.js';

const run = (text: string) => {
  const files = { 'a.txt': text };
  return findingsOf('relation', files).map((f) => ({ ...summary(f, files), message: f.message }));
};

describe('relation: English', () => {
  it('more than doubled from $2.1bn to $4.6bn holds (×2.19)', () => {
    expect(run('Revenue more than doubled from $2.1bn in 2020 to $4.6bn in 2021.')).toEqual([
      { verdict: 'holds', code: 'relation-ratio', severity: 'info', at: 'more than doubled', message: 'Stated `more than doubled`, computed ×2.19 from `$2.1bn` to `$4.6bn`' },
    ]);
  });

  it('more than tripled from $2.1bn to $4.6bn fails', () => {
    expect(run('Revenue more than tripled from $2.1bn in 2020 to $4.6bn in 2021.')).toEqual([
      { verdict: 'fails', code: 'relation-ratio', severity: 'error', at: 'more than tripled', message: 'Stated `more than tripled`, computed ×2.19 from `$2.1bn` to `$4.6bn`' },
    ]);
  });

  it('reads "to X from Y" the right way round', () => {
    expect(run('Exports rose 15% to €4.6bn from €4bn.')).toMatchObject([
      { verdict: 'holds', code: 'relation-change', message: 'Stated `rose 15%`, computed +15% from `€4bn` to `€4.6bn`' },
    ]);
    expect(run('Exports rose 50% to €4.6bn from €4bn.')).toMatchObject([{ verdict: 'fails', severity: 'error' }]);
    expect(run('Exports fell 15% to €4.6bn from €4bn.')).toMatchObject([{ verdict: 'fails' }]);
    expect(run('Exports saw an increase of 15% to €4.6bn from €4bn.')).toMatchObject([{ verdict: 'holds', message: expect.stringMatching(/^Stated `increase of 15%`/) }]);
  });

  it('a fall stated after the figures', () => {
    expect(run('Sales fell 10% from 200,000 units to 180,000 units.')).toMatchObject([
      { verdict: 'holds', message: 'Stated `fell 10%`, computed −10% from `200,000` to `180,000`' },
    ]);
  });

  it('a change with nothing to compute it from is unverifiable', () => {
    expect(run('Profit increased by 20 percent to $120 million last year.')).toEqual([
      expect.objectContaining({ verdict: 'unverifiable', code: 'relation-no-operands', severity: 'warning', at: '20 percent' }),
    ]);
  });

  it('less than half of a stated total', () => {
    expect(run('Less than half of the 800 ventilators arrived; 350 were delivered.')).toMatchObject([
      { verdict: 'holds', code: 'relation-share', message: 'Stated `Less than half`, computed 43.8% (`350` of `800`)' },
    ]);
    expect(run('Less than half of the 800 ventilators arrived; 450 were delivered.')).toMatchObject([{ verdict: 'fails', code: 'relation-share' }]);
  });

  it('twice compares two figures; an adverbial twice is no claim', () => {
    expect(run('The new hub covers 60,000 square metres, twice the 30,000 square metres of the old one.')).toMatchObject([
      { verdict: 'holds', code: 'relation-times' },
    ]);
    expect(run('The new hub covers 90,000 square metres, twice the 30,000 square metres of the old one.')).toMatchObject([{ verdict: 'fails' }]);
    expect(run('The minister visited the hub twice.')).toEqual([]);
  });

  it("three figures of one kind: the statement's own clause decides, or it stays unclear", () => {
    expect(run('Sales rose 15% to €4.6bn from €4bn, ahead of the €4.2bn forecast.')).toMatchObject([{ verdict: 'holds' }]);
    expect(run('Net income fell 2% to $4.2 billion, while operating income climbed 34% to $5.4 billion from $4 billion.')).toMatchObject([
      { verdict: 'unverifiable', code: 'relation-no-operands', at: '2%' },
      { verdict: 'holds', code: 'relation-change', message: 'Stated `climbed 34%`, computed +35% from `$4 billion` to `$5.4 billion`' },
    ]);
    expect(run('净利润下降2%至42亿美元，经营利润从40亿美元增长34%至54亿美元。')).toMatchObject([
      { verdict: 'unverifiable', code: 'relation-many-operands' },
      { verdict: 'holds', message: 'Stated `增长34%`, computed +35% from `40亿美元` to `54亿美元`' },
    ]);
  });
});

describe('relation: Chinese', () => {
  it('翻了一番 from 3万吨 to 6万吨 holds', () => {
    expect(run('该机场货运量从2019年的3万吨翻了一番，达到2021年的6万吨。')).toMatchObject([
      { verdict: 'holds', at: '翻了一番', message: 'Stated `翻了一番`, computed ×2 from `3万吨` to `6万吨`' },
    ]);
  });

  it('翻两番 from 12 万吨 to 36 万吨 fails (×3, not ×4)', () => {
    expect(run('货运量由 12 万吨增至 36 万吨，翻两番。')).toMatchObject([{ verdict: 'fails', severity: 'error', at: '翻两番' }]);
    expect(run('货运量由 12 万吨增至 48 万吨，翻两番。')).toMatchObject([{ verdict: 'holds' }]);
  });

  it('扩大两倍以上 from the sentence before: both readings hold', () => {
    const text = '员工直接将货物推入3万平方米的机库进行分拣和发运。菜鸟正在申请许可证，将其仓库面积扩大两倍以上，达到 100,000 平方米。';
    expect(run(text)).toEqual([
      {
        verdict: 'holds', code: 'relation-ratio', severity: 'info', at: '两倍以上',
        message: 'Stated `扩大两倍以上`, computed ×3.33 from `3万平方米` to `100,000 平方米`; 扩大两倍 may mean ×2 or ×3: holds either way',
      },
    ]);
  });

  it('扩大两倍 names which reading holds, or that neither does', () => {
    expect(run('一期面积为 30,000 平方米。二期面积将扩大两倍，达到 60,000 平方米。')[0]?.message).toMatch(/may mean ×2 or ×3: holds read as ×2$/);
    expect(run('一期面积为 30,000 平方米。二期面积将扩大两倍，达到 90,000 平方米。')[0]?.message).toMatch(/holds read as ×3$/);
    expect(run('一期面积为 30,000 平方米。二期面积将扩大两倍，达到 150,000 平方米。')).toMatchObject([
      { verdict: 'fails', message: expect.stringMatching(/fails either way$/) },
    ]);
  });

  it('增加了一倍 is ×2 only', () => {
    expect(run('比利时对华贸易逆差从2021年的37亿欧元扩大到2022年的91亿欧元，增加了一倍多。')).toMatchObject([
      { verdict: 'holds', message: 'Stated `增加了一倍多`, computed ×2.46 from `37亿欧元` to `91亿欧元`' },
    ]);
  });

  it('a level stated with 为 is not the end of a change', () => {
    expect(run('列日每年处理110万吨货物。该机场2022年货运量为140万吨，比2021年增长7%。')).toMatchObject([
      { verdict: 'unverifiable', code: 'relation-no-operands' },
    ]);
  });

  it('扩大到两倍 has one reading', () => {
    expect(run('一期面积为 30,000 平方米。二期面积将扩大到两倍，达到 90,000 平方米。')).toMatchObject([{ verdict: 'fails' }]);
  });

  it('a paragraph break cuts the start off', () => {
    expect(run('一期面积为 30,000 平方米。\n\n二期面积将扩大两倍，达到 60,000 平方米。')).toMatchObject([
      { verdict: 'unverifiable', code: 'relation-no-operands' },
    ]);
  });

  it('是……的三倍 compares two figures', () => {
    expect(run('今年的包裹量为 930 万件，是去年 310 万件的三倍。')).toMatchObject([{ verdict: 'holds', code: 'relation-times' }]);
    expect(run('今年的包裹量为 620 万件，是去年 310 万件的三倍。')).toMatchObject([{ verdict: 'fails' }]);
  });

  it('增长15% from 100 万件 to 115 万件', () => {
    expect(run('包裹量从 100 万件增长15%至 115 万件。')).toMatchObject([{ verdict: 'holds', code: 'relation-change' }]);
  });

  it('其中不到一半 of the parcels in the sentence before, with no part given', () => {
    const text = '根据海关数据，列日机场去年处理了约 3.26 亿件包裹，吞吐量为 110 万吨，该机场是欧洲各地采购的分拣中心。菜鸟表示，其中不到一半的包裹是在其仓库处理的，但没有透露具体数字。';
    expect(run(text)).toEqual([
      expect.objectContaining({
        verdict: 'unverifiable', code: 'relation-no-part', at: '不到一半',
        message: 'Stated `不到一半` of `约 3.26 亿件`, but no part is given to compute it from',
      }),
    ]);
  });
});

describe('relation: precision', () => {
  it('two figures next to "up 15%" with no from/to are not guessed at', () => {
    expect(run('Sales were €4.6bn, up 15%, with costs at €1bn.')).toMatchObject([
      { verdict: 'unverifiable', code: 'relation-direction', severity: 'warning' },
    ]);
  });

  it('a multiplier without comparison words, or figures of different things, make no claim', () => {
    expect(run('He flew in twice, bringing 500 masks and 2,000 gloves.')).toEqual([]);
    expect(run('The flight brought 500 masks and 2,000 gloves, twice the usual load.')).toEqual([]);
  });

  it('the start of a change is taken from the sentence before only for the end marked "to", and the same subject', () => {
    expect(run('In 2020 sales were €4bn. This year sales rose 15% to €4.6bn.')).toMatchObject([{ verdict: 'holds' }]);
    expect(run('In 2020 sales were €4bn. This year sales of €4.6bn rose 15%.')).toMatchObject([{ verdict: 'unverifiable' }]);
    expect(run('Revenue was $30.8 billion. Net income fell 2% to $4.2 billion.')).toMatchObject([{ verdict: 'unverifiable' }]);
  });

  it('a strong break parts the subjects: "while costs were up 15%" is not about revenue', () => {
    expect(run('Revenue rose from $1bn to $2bn, while costs were up 15%.')).toMatchObject([{ verdict: 'unverifiable', at: '15%' }]);
    expect(run('Sales rose 5% to €4.2bn and profit rose 10% to €1.1bn.')).toMatchObject([
      { verdict: 'unverifiable', at: '5%' },
      { verdict: 'unverifiable', at: '10%' },
    ]);
  });
});
