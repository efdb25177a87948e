// A negotiation value as the pack prints it: the number formatted once, the user's words kept
// only when they say more than the number ("CNY 11.4 million" with 11,400,000 is the number
// again; "Discount to 4.0 M" is a note worth keeping).

/** Currency names and magnitude words a user may write around an amount. */
const NUMBER_WORDS =
  /cn¥|us\$|cny|rmb|usd|eur|hkd|jpy|gbp|人民币|万元|万|亿|元|million|thousand|mn|bn|[¥￥$€£mk]/gi;

/** Whether a text is only a number, however written: "7400000", "CNY 11.4 million", "1140万元". */
export function isJustANumber(text: string): boolean {
  return /^[-+]?\d+%?$/.test(text.replace(NUMBER_WORDS, '').replace(/[\s,，.．_']/g, ''));
}

/**
 * `text` and `value` as one: the formatted value when the text is empty or only the number, the
 * text alone when it already holds the value, else the text with the value in brackets.
 */
export function statedValue(
  text: string,
  value: number | null,
  format: (n: number) => string,
  bracket: (s: string) => string,
): string {
  const words = text.trim();
  if (value === null) return words;
  const formatted = format(value);
  if (words === '' || isJustANumber(words)) return formatted;
  if (words.includes(String(value)) || words.includes(formatted)) return words;
  return `${words}${bracket(formatted)}`;
}
