/**
 * Word `w:numFmt` values → the counter text Word displays. Tables of digits as data.
 */

export const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
export const CHINESE_LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
export const CHINESE_LEGAL_TRADITIONAL_DIGITS = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'] as const;
export const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'] as const;
export const EARTHLY_BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'] as const;
export const CIRCLED_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Chinese counting numerals up to 9999: 十, 十一, 二十, 一百零五, 一千二百. */
export function chineseCounting(n: number, digits: readonly string[] = CHINESE_DIGITS, units: readonly string[] = ['', '十', '百', '千']): string {
  if (n <= 0 || n > 9999) return String(n);
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i] ?? '';
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length > 0) parts.push('零');
    zero = false;
    // 十一 rather than 一十一 when the number starts at the tens.
    if (!(d === 1 && unit === units[1] && s.length === 2)) parts.push(digits[d] ?? '');
    parts.push(unit);
  }
  return parts.join('');
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function cyclic(n: number, table: readonly string[]): string {
  return n <= 0 ? String(n) : (table[(n - 1) % table.length] ?? String(n));
}

/** Text for counter value `n` in Word number format `fmt`. */
export function formatCounter(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => CHINESE_DIGITS[Number(d)] ?? d).join('');
    case 'chineseLegalSimplified':
      return chineseCounting(n, CHINESE_LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographLegalTraditional':
      return chineseCounting(n, CHINESE_LEGAL_TRADITIONAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return cyclic(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cyclic(n, EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? (CIRCLED_NUMBERS[n - 1] ?? String(n)) : String(n);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}
