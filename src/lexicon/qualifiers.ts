import type { Qualifier } from '../schema.js';

/** Words standing before a figure, apart from it. */
export const QUALIFIER_BEFORE: ReadonlyMap<string, Qualifier> = new Map([
  ['约', 'about'],
  ['约合', 'about'],
  ['大约', 'about'],
  ['近', 'about'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['超过', 'over'],
  ['逾', 'over'],
  ['突破', 'over'],
  ['多于', 'over'],
  ['高于', 'over'],
  ['>', 'over'],
  ['不足', 'under'],
  ['不到', 'under'],
  ['低于', 'under'],
  ['少于', 'under'],
  ['<', 'under'],
  ['不少于', 'atLeast'],
  ['不低于', 'atLeast'],
  ['至少', 'atLeast'],
  ['≥', 'atLeast'],
  ['>=', 'atLeast'],
  ['不超过', 'atMost'],
  ['不高于', 'atMost'],
  ['最多', 'atMost'],
  ['最高', 'atMost'],
  ['≤', 'atMost'],
  ['<=', 'atMost'],
]);

/** Words that end in a one-character qualifier but are not one (`签约28.4万人` is not `约28.4万人`). */
export const QUALIFIER_FALSE_ENDINGS: readonly string[] = [
  '签约', '履约', '合约', '邀约', '预约', '节约', '制约', '条约', '特约', '公约', '续约', '违约', '解约',
  '最近', '附近', '邻近', '就近', '靠近', '临近', '贴近', '亲近',
];

/** Words standing after a figure, apart from it (not in `raw`). */
export const QUALIFIER_AFTER: ReadonlyMap<string, Qualifier> = new Map([
  ['左右', 'about'],
  ['上下', 'about'],
  ['以上', 'atLeast'],
  ['及以上', 'atLeast'],
  ['以下', 'atMost'],
  ['及以下', 'atMost'],
  ['以内', 'atMost'],
  ['内', 'atMost'],
]);

/** Words inside the figure (`3.4万余人次`): they stay in `raw`. */
export const QUALIFIER_INSIDE: ReadonlyMap<string, Qualifier> = new Map([
  ['余', 'about'],
  ['多', 'about'],
]);
