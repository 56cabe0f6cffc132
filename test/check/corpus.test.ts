import { expect, it } from 'vitest';
import { checkFigures } from '../../src/check/index.js';
import { figuresOf } from './figures.js';

/*
 * A mix of ordinary business and logistics news, in both languages: the checks must raise an
 * error only where the text is wrong (1.4 billion is 4.2 times 330 million, not three times).
 */
const en = `Shares of Alibaba rose 3% on Tuesday after the company reported revenue of $30.8 billion for the quarter, up 9% from a year earlier.
Net income fell 2% to $4.2 billion, while operating income climbed 34% to $5.4 billion from $4 billion.
The company employs more than 235,000 people, about 20,000 fewer than in 2021.
Inflation rose to 5% in May from 4% in April, the highest level in two years.
Over 1,000 people died, up from 800 last year, a 25% increase.
The population of 1.4 billion is three times that of the US at 330 million.
He visited the site twice in 2020 and met 12 officials and 40 workers.
Cainiao's Liege hub, which cost 100 million euros, covers 220,000 square metres and handles 1.1 million tonnes a year.
The airport, Europe's fifth-largest for cargo, handled 1.4 million tonnes in 2022, 7% more than in 2021.
Of the 2 million masks, 1.5 million went to Italy and 800,000 to Spain.
About half of the 326 million parcels passed through Cainiao's warehouse.
The deal, worth $2 billion, was twice as large as the $1 billion deal signed in 2019.`;
const zh = `阿里巴巴周二股价上涨3%，此前公司公布季度营收为308亿美元，同比增长9%。
净利润下降2%至42亿美元，经营利润从40亿美元增长34%至54亿美元。
该公司员工超过23.5万人，比2021年减少约2万人。
5月通胀率从4月的4%升至5%，为两年来最高。
菜鸟列日枢纽耗资1亿欧元，占地22万平方米，每年处理110万吨货物。
该机场2022年货运量为140万吨，比2021年增长7%。
在200万只口罩中，150万只运往意大利，80万只运往西班牙。
今年前三季度，中国对欧盟出口增长了两倍，达到3000亿美元。
比利时对华贸易逆差从2021年的37亿欧元扩大到2022年的91亿欧元，增加了一倍多。`;

it('raises errors only where the news is wrong', () => {
  const findings = checkFigures([...figuresOf('en.txt', en), ...figuresOf('zh.txt', zh)]);
  expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
    'Stated `three times`, computed ×4.24 between `1.4 billion` and `330 million`',
  ]);
  const holds = findings.filter((f) => f.verdict === 'holds' || f.verdict === 'agree').map((f) => f.message);
  expect(holds).toEqual(expect.arrayContaining([
    'Stated `climbed 34%`, computed +35% from `$4 billion` to `$5.4 billion`',
    'Stated `增长34%`, computed +35% from `40亿美元` to `54亿美元`',
    'Stated `twice`, computed ×2 between `$2 billion` and `$1 billion`',
    '`$30.8 billion` agrees with `308亿美元` in zh.txt (revenue)',
    '`100 million euros` agrees with `1亿欧元` in zh.txt (cost)',
    '`2 million` agrees with `200万只` in zh.txt (masks)',
  ]));
});
