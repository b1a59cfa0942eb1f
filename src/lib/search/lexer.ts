// Splits a run filter into tokens, each with the offset where it starts.
import { SearchSyntaxError } from './ast';

export type Token =
  | { readonly type: 'word'; readonly text: string; readonly at: number }
  | {
      readonly type: 'quoted-key';
      readonly text: string;
      readonly at: number;
      readonly quote: '`' | '"';
    }
  | { readonly type: 'string'; readonly text: string; readonly at: number }
  | { readonly type: 'number'; readonly value: number; readonly at: number }
  | { readonly type: 'op'; readonly text: string; readonly at: number }
  | { readonly type: 'punct'; readonly text: '(' | ')' | ',' | '.'; readonly at: number };

const WORD = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;

function quoted(text: string, start: number, quote: string): { value: string; end: number } {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      value += text[++i];
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else {
      value += c;
    }
  }
  throw new SearchSyntaxError(`unclosed ${quote}`, start);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === '.') {
      tokens.push({ type: 'punct', text: c, at: i });
      i++;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      const { value, end } = quoted(text, i, c);
      // Backticks always quote a key; double quotes quote a key right after a dot.
      const afterDot =
        tokens.at(-1)?.type === 'punct' && (tokens.at(-1) as { text: string }).text === '.';
      if (c === '`' || (c === '"' && afterDot)) {
        tokens.push({ type: 'quoted-key', text: value, at: i, quote: c });
      } else {
        tokens.push({ type: 'string', text: value, at: i });
      }
      i = end;
      continue;
    }
    const op = /^(!=|>=|<=|=|>|<)/.exec(text.slice(i));
    if (op) {
      tokens.push({ type: 'op', text: op[1] ?? '', at: i });
      i += op[1]?.length ?? 1;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number && /[\d.-]/.test(c)) {
      tokens.push({ type: 'number', value: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      tokens.push({ type: 'word', text: word[0], at: i });
      i += word[0].length;
      continue;
    }
    throw new SearchSyntaxError(`unexpected character '${c}'`, i);
  }
  return tokens;
}
