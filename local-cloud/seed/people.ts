// Deterministic demo people: Chinese names, phones, birth and join dates from a seeded generator,
// so every newcomer's local cloud holds the same union.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN_F = [
  '秀英',
  '丽',
  '敏',
  '静',
  '燕',
  '艳',
  '娟',
  '霞',
  '芳',
  '玲',
  '婷',
  '慧',
  '雪梅',
  '晓红',
  '海燕',
  '桂兰',
  '文静',
  '佳怡',
  '欣然',
  '雨婷',
  '梦琪',
  '思涵',
  '晓燕',
  '丽华',
  '美玲',
  '春梅',
  '玉兰',
  '秀珍',
  '凤英',
  '淑芬',
];
const GIVEN_M = [
  '伟',
  '强',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '斌',
  '超',
  '明',
  '刚',
  '平',
  '辉',
  '鹏',
  '建华',
  '建国',
  '志强',
  '国庆',
  '海峰',
  '晓东',
  '文博',
  '子轩',
  '浩然',
  '俊杰',
  '宇航',
  '立新',
  '永刚',
  '振华',
  '德明',
  '卫东',
];

/** A small seeded PRNG (mulberry32): the same seed gives the same people. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Person {
  name: string;
  gender: '男' | '女';
  phone: string;
  birth: string;
  joinedOn: string;
  status: '在职' | '退休';
  member: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function makePerson(next: () => number): Person {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const gender = next() < 0.52 ? '女' : '男';
  const name = pick([...SURNAMES]) + pick(gender === '女' ? GIVEN_F : GIVEN_M);
  const retired = next() < 0.15;
  const birthYear = retired ? 1950 + Math.floor(next() * 12) : 1964 + Math.floor(next() * 37);
  const birth = `${birthYear}-${pad(1 + Math.floor(next() * 12))}`;
  const joinYear = Math.min(2025, birthYear + 23 + Math.floor(next() * 10));
  const joinedOn = `${joinYear}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
  const phone =
    pick(['138', '139', '137', '136', '135', '150', '151', '158', '186', '187', '189']) +
    pad(Math.floor(next() * 100_000_000), 8);
  return {
    name,
    gender,
    phone,
    birth,
    joinedOn,
    status: retired ? '退休' : '在职',
    member: next() < 0.92,
  };
}
