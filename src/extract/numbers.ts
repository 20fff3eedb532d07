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
 * `十二` → 12, `两百零五` → 205, `三万五千` → 35000, `一二三` (digit by digit) → 123.
 * Null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  // Digit-by-digit form: only digits, more than one.
  if (s.length > 1 && [...s].every((c) => c in DIGITS && c !== '两')) {
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && DIGITS[c] !== 0) return null; // 三四 without a unit between
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      section += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
      if (Number.isNaN(section)) return null;
      digit = null;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c]!;
      section += digit ?? 0;
      if (section === 0) return null;
      total = (total + section) * unit;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}
