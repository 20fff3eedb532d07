/**
 * Number resolution: Arabic digit strings scaled exactly by shifting the decimal point
 * as a string (`16.4亿` is 1640000000, never 1639999999.99), and one Chinese-numeral
 * parser that knows 零 to 亿 and 两.
 */

/** `"4120.38"` shifted by 4 → 41203800. Thousands separators are dropped. Null if not a number. */
export function scaleDecimal(digits: string, shift: number): number | null {
  const clean = digits.replace(/,/gu, '');
  if (!/^\d+(?:\.\d+)?$/u.test(clean)) return null;
  const [intPart = '', fracPart = ''] = clean.split('.');
  let int = intPart;
  let frac = fracPart;
  if (shift > 0) {
    const moved = frac.slice(0, shift).padEnd(shift, '0');
    int += moved;
    frac = frac.slice(shift);
  }
  const text = frac.length > 0 ? `${int}.${frac}` : int;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * `十二` → 12, `两百零五` → 205, `三万五千` → 35000, `一亿二千万` → 120000000,
 * `二〇二三` (digit by digit, with a zero) → 2023. Null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  const chars = [...s];
  if (chars.length > 1 && chars.every((c) => c in DIGITS && c !== '两') && chars.some((c) => DIGITS[c] === 0)) {
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let high = 0; // 亿 part
  let mid = 0; // 万 part
  let section = 0; // below 万
  let digit: number | null = null;
  let lastUnit = 0; // the unit just before the current digit, for `两千四百五` (2450)
  let afterZero = false;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[c] !== 0) return null; // 三四 with no unit between
      if (DIGITS[c] === 0) afterZero = true;
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      if (digit === null && unit !== 10) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      afterZero = false;
    } else if (c in BIG_UNITS) {
      const below = section + (digit ?? 0);
      if (c === '万') {
        if (below === 0) return null;
        mid = below * 1e4;
      } else {
        if (below + mid === 0 && high === 0) return null;
        high = (high + mid + below) * 1e8;
        mid = 0;
      }
      section = 0;
      digit = null;
      lastUnit = BIG_UNITS[c]!;
      afterZero = false;
    } else return null;
  }
  const trailing = digit === null ? 0 : !afterZero && lastUnit >= 100 && chars.length > 2 ? (digit * lastUnit) / 10 : digit;
  return high + mid + section + trailing;
}
