/**
 * Full-width to half-width folding, one UTF-16 unit for one, so offsets stay.
 * Digits, Latin letters, ％ and the ASCII-able punctuation fold; 、 and 。 stay.
 */
const EXTRA: Record<string, string> = {
  '\u3000': ' ',
  '\u00a0': ' ',
  '\u2215': '/', // ∕ division slash
  '\uff5e': '~',
  '\u2236': ':', // ∶ ratio
};

export function foldFullWidth(input: string): string {
  // Fast path: nothing to fold.
  if (!/[\uff01-\uff5e\u3000\u00a0\u2215\u2236]/u.test(input)) return input;
  let out = '';
  let last = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    let r: string | undefined;
    if (c >= 0xff01 && c <= 0xff5e) r = String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || c === 0x2215 || c === 0x2236) r = EXTRA[input[i]!];
    if (r !== undefined) {
      out += input.slice(last, i) + r;
      last = i + 1;
    }
  }
  return out + input.slice(last);
}
