import type { Random } from './random.js';

/** 'a:2 b:1' → [['a', 2], ['b', 1]]: long weight tables stay readable on a few lines. */
export function weightList(text: string): [string, number][] {
  return text
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [value, weight] = entry.split(':');
      return [value!, Number(weight)];
    });
}

/**
 * Surnames by rough local frequency. Hainan's west coast has many 符, 王, 吴, 陈 and 林 (and 黎
 * families among the Li people); Jiangxi's are led by 刘, 李, 王, 陈 and 张, with 胡, 熊 and 万
 * more common than elsewhere.
 */
export const surnames = {
  hainan: weightList(
    '王:12 符:11 吴:9 陈:9 林:8 李:7 黎:5 张:4 黄:4 邢:3 羊:2 文:2 周:2 刘:2 郑:2 云:1.5 蔡:1.5 冯:1.5 韩:1.5 ' +
      '梁:1.5 许:1 何:1 杨:1 钟:1 麦:1 卓:0.8 孙:0.8 赵:0.8 曾:0.8 董:0.6 潘:0.6 容:0.5 谢:0.5 唐:0.5 邓:0.5',
  ),
  jiangxi: weightList(
    '刘:9 李:8 王:7 陈:7 张:6 胡:5 黄:5 吴:4 徐:4 杨:3 罗:3 曾:3 熊:3 万:2.5 周:2.5 朱:2.5 邓:2 彭:2 余:2 ' +
      '钟:1.5 肖:1.5 付:1.5 汪:1.5 谢:1.5 涂:1.2 欧阳:1 舒:1 饶:1 程:1 龚:1 江:1 聂:0.8 喻:0.8 易:0.8 雷:0.8 袁:0.8',
  ),
};

export type Province = keyof typeof surnames;

/** Characters common in given names of people now in their twenties to fifties. */
const givenChars = [
  ...('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉鹏宇婷雪琳晨海峰斌俊波丹凤琴云志国新春燕兰梅亮飞' +
    '欣怡佳嘉浩宁帆航晓慧彬瑶思颖倩楠鑫昊东振德荣清育光永安正成立和美家金良'),
];

export function personName(random: Random, province: Province): string {
  const surname = random.weighted(surnames[province]);
  // About a third of given names are one character, the rest two.
  const given = random.chance(0.33)
    ? random.pick(givenChars)
    : random.pick(givenChars) + random.pick(givenChars);
  return surname + given;
}

/** Mobile prefixes of the three carriers (China Mobile, Unicom, Telecom), weighted by their share. */
const phonePrefixes = weightList(
  '134:2 135:4 136:4 137:4 138:5 139:5 147:1 150:3 151:3 152:3 157:1 158:3 159:3 182:2 183:2 187:3 188:3 198:2 ' +
    '130:2 131:2 132:2 155:2 156:2 166:1 176:1 185:2 186:3 133:2 153:2 173:1 177:1 180:2 181:2 189:3 199:2',
);

/** Eleven digits, 1 then 3–9: the shape of a mainland mobile number. */
export const PHONE_PATTERN = /^1[3-9][0-9]{9}$/;

/** A mobile number not yet in `taken` (added to it), so no two demo members share one. */
export function uniquePhone(random: Random, taken: Set<string>): string {
  for (;;) {
    const phone = random.weighted(phonePrefixes) + String(random.int(0, 99_999_999)).padStart(8, '0');
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

/** A flat in a residential compound: building, entrance, floor and door (3栋2单元1203). */
export const flatAddress = (random: Random): string =>
  `${random.int(1, 24)}栋${random.int(1, 4)}单元${random.int(1, 18)}0${random.int(1, 4)}`;
