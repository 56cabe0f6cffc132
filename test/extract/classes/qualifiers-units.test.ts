import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/pipeline.js';
import { figures, values } from './helpers.js';

// Texts written for these tests.

describe('a threshold crossed is a lower bound', () => {
  it('English verbs of crossing', () => {
    const found = figures(
      'Visitors topped 40,000 in May, sales surpassed $2bn, losses exceeded 12% and the index kept passing the 9,000 mark.',
    );
    expect(found.map((f) => [f.value, f.qualifier])).toEqual([
      [40000, 'more-than'],
      [2e9, 'more-than'],
      [12, 'more-than'],
      [9000, 'more-than'],
    ]);
  });

  it('Chinese 突破, 逾, 超越', () => {
    const found = figures('今年出口额突破了3000亿元，游客逾120万人次，产量超越500万吨。');
    expect(found.map((f) => [f.value, f.qualifier])).toEqual([
      [3e11, 'more-than'],
      [1.2e6, 'more-than'],
      [5e6, 'more-than'],
    ]);
  });

  it('a verb that is not directly before the number qualifies nothing', () => {
    expect(figures('Profits exceeded forecasts by 7%.')[0]).toMatchObject({ value: 7 });
    expect(figures('Profits exceeded forecasts by 7%.')[0]?.qualifier).toBeUndefined();
  });
});

describe('oil is measured in 42-gallon barrels', () => {
  it('bpd, b/d, mb/d and barrels per day', () => {
    const found = figures(
      'Exports rose by 310,000 bpd to 4.2 million barrels per day, 0.4 mb/d short of the 95,000 b/d quota.',
    );
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [310000, 'oilbarrel/day'],
      [4.2e6, 'oilbarrel/day'],
      [400000, 'oilbarrel/day'],
      [95000, 'oilbarrel/day'],
    ]);
  });

  it('桶 is an oil barrel too', () => {
    expect(figures('日产原油120万桶。')[0]).toMatchObject({ value: 1.2e6, unit: 'oilbarrel' });
  });
});

describe('"by X to Y" is a change and a level, not a range', () => {
  it('English', () => {
    expect(figures('Kuwait raised output by 25,000 bpd to 2.4 million bpd.').map((f) => f.value)).toEqual([
      25000, 2.4e6,
    ]);
  });

  it('Chinese', () => {
    expect(figures('日产量增加4万桶至268万桶。').map((f) => f.value)).toEqual([40000, 2.68e6]);
    expect(figures('价格为5至7元。')[0]).toMatchObject({ value: null });
  });
});

describe('a vulgar fraction after a space belongs to the number', () => {
  it('in both languages', () => {
    expect(figures('The engine burned for 4 ½ minutes.')[0]).toMatchObject({ value: 4.5 });
    expect(figures('航程用时4 ½小时。')[0]).toMatchObject({ value: 4.5 });
  });
});

describe('grid and shipping units', () => {
  it('千伏, 千伏安 and 载重吨 in Chinese; kV and deadweight tonnes in English', () => {
    expect(figures('新建110千伏变电站，新增容量820万千伏安，船舶3.1万载重吨。').map((f) => [f.value, f.unit])).toEqual([
      [110, 'kV'],
      [8.2e6, 'kVA'],
      [31000, 't'],
    ]);
    expect(figures('A 400 kV line and a 31,000-tonne tanker.').map((f) => [f.value, f.unit])).toEqual([
      [400, 'kV'],
      [31000, 't'],
    ]);
  });
});

describe('added time after a period of a match', () => {
  it('is one count of minutes in both languages', () => {
    expect(figures('他在90+4分钟打入制胜球。')[0]).toMatchObject({ value: 94, unit: 'minute' });
    expect(figures('The winner came in the 90+4 minute.')[0]).toMatchObject({ value: 94, unit: 'minute' });
  });

  it('a plus after another number is no added time', () => {
    expect(figures('Turnout was 60+3 minutes late.')[0]?.value).not.toBe(63);
  });
});

describe('what 度 measures follows the sentence', () => {
  it('kilowatt-hours about electricity, Celsius about weather', () => {
    expect(figures('全市用电量达2150万度，同比增长4%。')[0]).toMatchObject({ value: 2.15e7, unit: 'kWh' });
    expect(figures('午后气温31度。')[0]).toMatchObject({ value: 31, unit: 'degC' });
  });

  it('in English, kilowatt-hours and degrees are named', () => {
    expect(
      figures('Households used 21.5 million kilowatt hours as it hit 31 degrees Celsius.').map((f) => f.unit),
    ).toEqual(['kWh', 'degC']);
  });
});

describe('"by X to Y" with a bare first end is still a range', () => {
  it('in both languages', () => {
    expect(figures('They cut rates by 3 to 5 percent.')[0]).toMatchObject({ value: null, unit: '%' });
    expect(figures('价格上涨了3至5元。')[0]).toMatchObject({ value: null, unit: 'CNY' });
  });
});

describe('vague plurals are round lower bounds, in both languages', () => {
  it('English "hundreds of", "millions of dollars", "tens of thousands of"', () => {
    expect(
      figures('Hundreds of stores shut, costing millions of dollars, as tens of thousands of staff left.').map((f) => [
        f.text,
        f.value,
        f.unit,
        f.qualifier,
      ]),
    ).toEqual([
      ['Hundreds', 100, '', 'more-than'],
      ['millions of dollars', 1e6, 'USD', 'more-than'],
      ['tens of thousands', 1e4, '', 'more-than'],
    ]);
  });

  it('Chinese 数百, 上千', () => {
    expect(figures('数百家门店关闭，损失上千万元。').map((f) => [f.value, f.qualifier])).toEqual([
      [100, 'more-than'],
      [1e7, 'at-least'],
    ]);
  });
});

describe('a change in a rate is in the rate’s units', () => {
  it('Chinese: 比上年增加 after a yield per hectare', () => {
    expect(
      figures('稻谷单产每公顷6810公斤，比上年增加35公斤；总产量增加2.4亿公斤。').map((f) => [f.text, f.unit]),
    ).toEqual([
      ['每公顷6810公斤', 'kg/hectare'],
      ['35公斤', 'kg/hectare'],
      ['2.4亿公斤', 'kg'],
    ]);
  });

  it('English: up by after a yield per hectare', () => {
    expect(
      figures('Rice yields reached 6,810 kg per hectare, up by 35 kg; total output rose by 240 kg.').map((f) => [
        f.text,
        f.unit,
      ]),
    ).toEqual([
      ['6,810 kg per hectare', 'kg/hectare'],
      ['35 kg', 'kg/hectare'],
      ['240 kg', 'kg'],
    ]);
  });
});

describe('a unit stated once for a list of numbers', () => {
  it('English: "or even" between the two', () => {
    expect(figures('It is a one and a half, or even four and a half hour drive.').map((f) => [f.text, f.unit])).toEqual(
      [
        ['one and a half', 'h'],
        ['four and a half hour', 'h'],
      ],
    );
  });

  it('Chinese: 或者 and 或, but never a scale written inside the numeral', () => {
    expect(figures('车程一个半或者两个小时，工期三或四周，产量3或4万吨。').map((f) => [f.text, f.unit])).toEqual([
      ['一个半', 'h'],
      ['两个小时', 'h'],
      ['三', 'week'],
      ['四周', 'week'],
      ['3', ''],
      ['4万吨', 't'],
    ]);
  });
});

describe('units of data rates, sound, current, turning and dose', () => {
  it('English symbols and words', () => {
    expect(
      figures(
        'The link runs at 100 Mbps, the fan at 3000 rpm drawing 15 amps, noise hit 95 dB, a dose of 2 millisieverts.',
      ).map((f) => f.unit),
    ).toEqual(['Mb/s', 'rpm', 'A', 'dB', 'mSv']);
  });

  it('frequencies in words: gigahertz and 吉赫', () => {
    expect(figures('The chip runs at 3.2 gigahertz and the radio at 98.5 megahertz.').map((f) => f.unit)).toEqual([
      'GHz',
      'MHz',
    ]);
    expect(figures('信号频率为2.4吉赫。')[0]).toMatchObject({ unit: 'GHz' });
  });

  it('Chinese words and symbols', () => {
    expect(figures('宽带达到100Mbps，噪音95分贝，电流15安培，剂量2毫希沃特。').map((f) => f.unit)).toEqual([
      'Mb/s',
      'dB',
      'A',
      'mSv',
    ]);
  });
});

describe('loose amounts of speech', () => {
  it('"ish" after a number is about it', () => {
    expect(figures('Lunch was €20ish and the guide 40-ish.').map((f) => [f.value, f.qualifier])).toEqual([
      [20, 'approx'],
      [40, 'approx'],
    ]);
  });

  it('左右 and 上下 after a number are about it', () => {
    expect(figures('午饭二十块左右，导游四十岁上下。').map((f) => [f.value, f.qualifier])).toEqual([
      [20, 'approx'],
      [40, 'approx'],
    ]);
  });

  it('a count word of a scale multiplies it: never "a couple" alone', () => {
    expect(values('The fix cost a couple of hundred dollars; a couple of million people watched.')).toEqual([
      ['a couple of hundred dollars', 200],
      ['a couple of million', 2e6],
    ]);
  });
});

describe('shares of people, halving and basis points', () => {
  it('"a third" before a verb of a poll is a share, before a noun an ordinal', () => {
    expect(
      figures('A third said they would move and a quarter opposed the plan; he won a third consecutive term.').map(
        (f) => [f.value, f.kind],
      ),
    ).toEqual([
      [1 / 3, 'fraction'],
      [0.25, 'fraction'],
      [3, 'ordinal'],
    ]);
  });

  it('halved and 减半 multiply by one half', () => {
    expect(figures('Profits halved.')[0]).toMatchObject({ value: 0.5, kind: 'multiplier' });
    expect(figures('利润减半，亏损翻番。').map((f) => [f.value, f.kind])).toEqual([
      [0.5, 'multiplier'],
      [2, 'multiplier'],
    ]);
  });

  it('percentage points as market copy abbreviates them, and 个百分点', () => {
    expect(figures('Share rose 2%pt, margins 3 percentage pts and yields 1.5 pct pts.').map((f) => f.unit)).toEqual([
      'pp',
      'pp',
      'pp',
    ]);
    expect(figures('利润率下降1.5个百分点。')[0]).toMatchObject({ unit: 'pp' });
  });

  it('bp glued or spaced in lower case is basis points; BP is a name', () => {
    expect(figures('Rates rose by 25bp and yields a further 10 bp.').map((f) => [f.value, f.unit])).toEqual([
      [0.25, 'pp'],
      [0.1, 'pp'],
    ]);
    expect(figures('The 25 BP stations closed.')[0]).toMatchObject({ value: 25, unit: '' });
  });
});

describe('bounds and changes in traditional script read as in simplified', () => {
  it('不超過 is at most, never 超過; 高達, 不少於, 低於, 出頭', () => {
    expect(
      figures('增幅不超過5%，金額高達300億元，不少於30人，利率低於2%，年薪三十萬出頭。').map((f) => f.qualifier),
    ).toEqual(['at-most', 'at-most', 'at-least', 'less-than', 'more-than']);
  });

  it('從 … 減少至 links a change', () => {
    const found = extractText('出口從300億元減少至250億元。');
    expect(found.map((f) => f.link?.role)).toEqual(['from', 'to']);
  });

  it('差不多 and 约莫 are about', () => {
    expect(figures('差不多二十美元，约莫三百人。').map((f) => f.qualifier)).toEqual(['approx', 'approx']);
  });

  it('English "no more than" is at most', () => {
    expect(figures('Rises of no more than 5% are allowed.')[0]).toMatchObject({ qualifier: 'at-most' });
  });
});
