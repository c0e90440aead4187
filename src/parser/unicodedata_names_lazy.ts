// The Unicode character names for \N{...}, loaded on first use: the generated table
// (unicodedata_names.ts, 360 KB) is needed only by string literals that name characters, so it is not
// part of the bundle that every start-up reads and deserialises. It is read from the module file the
// build emits (dist/lib/parser/unicodedata_names.js) and its literals are taken out as they are written:
// the generator writes plain text inside template literals (no escapes, no substitutions).
import { readFileSync } from 'node:fs';

export interface UnicodeNameData {
  /** Front-coded names in code point order (see scripts/gen_unicodedata_names.py). */
  readonly NAMES: string;
  /** NAME:hex lines. */
  readonly ALIASES: string;
  /** Inclusive [first, last] ranges named "CJK UNIFIED IDEOGRAPH-XXXX". */
  readonly CJK_RANGES: readonly number[];
}

let data: UnicodeNameData | null = null;

declare const __dirname: string | undefined;

function candidates(): string[] {
  const out: string[] = [];
  // The CommonJS bundles (dist/typhon.cjs, dist/typhon-dev.cjs): dist/lib/parser beside them.
  if (typeof __dirname === 'string') out.push(`${__dirname}/lib/parser/unicodedata_names.js`, `${__dirname}/unicodedata_names.js`);
  // An ES module: this file's own directory (dist/lib/parser).
  const url = import.meta.url;
  if (typeof url === 'string' && url.startsWith('file://')) {
    const dir = decodeURIComponent(new URL('.', url).pathname).replace(/\/$/, '');
    out.push(`${dir}/unicodedata_names.js`);
  }
  return out;
}

function literal(text: string, name: string): string {
  const start = text.indexOf(`${name} = \``);
  if (start < 0) throw new Error(`unicodedata_names: ${name} not found`);
  const from = start + name.length + 4;
  const end = text.indexOf('`', from);
  return text.slice(from, end);
}

export function loadUnicodeNames(): UnicodeNameData {
  if (data !== null) return data;
  let text: string | null = null;
  for (const file of candidates()) {
    try {
      text = readFileSync(file, 'latin1');
      break;
    } catch {
      /* try the next place */
    }
  }
  if (text === null) throw new Error('unicodedata_names.js not found (run npm run build)');
  const r = text.indexOf('CJK_RANGES');
  const open = text.indexOf('[', r);
  const ranges = text.slice(open + 1, text.indexOf(']', open)).split(',').map((x) => Number(x.trim()));
  data = { NAMES: literal(text, 'NAMES'), ALIASES: literal(text, 'ALIASES'), CJK_RANGES: ranges };
  return data;
}

/** Each (name, code point) of the front-coded name list (see scripts/gen_unicodedata_names.py), in order. */
export function forEachUnicodeName(f: (name: string, cp: number) => void): void {
  const { NAMES } = loadUnicodeNames();
  let prev = '';
  let cp = -1;
  let i = 0;
  const n = NAMES.length;
  while (i < n) {
    // One line: shared-prefix length, the rest of the name, then maybe ':' and a hex gap.
    const shared = NAMES.charCodeAt(i) - 48;
    let j = i + 1;
    let c = 0;
    while (j < n && (c = NAMES.charCodeAt(j)) !== 0x0a && c !== 0x3a) j++;
    const rest = NAMES.slice(i + 1, j);
    const name = shared === 0 ? rest : prev.slice(0, shared) + rest;
    cp += 1;
    if (c === 0x3a) {
      const k = j + 1;
      for (j = k; j < n && NAMES.charCodeAt(j) !== 0x0a; j++);
      cp += parseInt(NAMES.slice(k, j), 16);
    }
    f(name, cp);
    prev = name;
    i = j + 1;
  }
}

// Hangul syllable name parts (Unicode's jamo short names), for the algorithmic names.
export const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
export const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
  'YU', 'EU', 'YI', 'I'];
export const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
  'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
