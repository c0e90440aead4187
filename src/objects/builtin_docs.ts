// Docstrings and text signatures of builtin types, functions and descriptors (`len.__doc__`,
// `inspect.signature(list.append)`, `help(int)`). CPython's live in its C sources; the build extracts
// them from the local CPython 3.11 (scripts/gen_builtin_docs.py -> dist/builtin_docs.jsonl), and they are
// read on the first one asked for, so start-up does not pay for ~380 KB of text. Slot wrappers' are in
// slot_docs.ts.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { PyType } from './object.js';

/** [__text_signature__, __doc__], either null. */
export type DocEntry = readonly [string | null, string | null];

/** The file (undefined: not looked for yet; null: none), its block index, and the entries looked up so far. */
let file: string | null | undefined;
let blocks: [string, number, number][] = [];
let base = 0;
const parsed = new Map<string, DocEntry | undefined>();

declare const __dirname: string | undefined;

function candidates(): string[] {
  const out: string[] = [];
  // The CommonJS bundles (dist/typhon.cjs, dist/typhon-dev.cjs) sit beside the file.
  if (typeof __dirname === 'string') out.push(`${__dirname}/builtin_docs.jsonl`);
  // An ES module: this file in dist/lib/objects.
  const url = import.meta.url;
  if (typeof url === 'string' && url.startsWith('file://')) {
    const dir = decodeURIComponent(new URL('.', url).pathname).replace(/\/$/, '');
    out.push(`${dir}/../../builtin_docs.jsonl`);
  }
  return out;
}

/**
 * Bytes [pos, pos + len) of the file as text ('' when it cannot be read). The file is opened for each read, not
 * kept open: a program may close descriptors it did not open (os.closerange), and the number be reused.
 */
function readAt(pos: number, len: number): string {
  if (file === null || file === undefined) return '';
  let fd = -1;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.allocUnsafe(len);
    return buf.toString('latin1', 0, readSync(fd, buf, 0, len, pos));
  } catch {
    return '';
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/**
 * Finds the file and reads its block index (its first line). Most programs ask for a few entries (a
 * classmethod of GenericAlias copies its docstring; io and signal copy some): reading the whole file took
 * ~0.65 ms, the index and a block ~0.1.
 */
function findFile(): void {
  file = candidates().find((path) => existsSync(path)) ?? null;
  for (let size = 4096; file !== null; size *= 2) {
    const head = readAt(0, size);
    const nl = head.indexOf('\n');
    if (nl >= 0) {
      blocks = JSON.parse(head.slice(0, nl));
      base = nl + 1;
      return;
    }
    if (head.length < size) return;
  }
}

/** The entry for 'module:function', 'module.Type' or 'module.Type.attr' (see the generator's keys). */
export function builtinDoc(key: string): DocEntry | undefined {
  if (parsed.has(key)) return parsed.get(key);
  if (file === undefined) findFile();
  let entry: DocEntry | undefined;
  // The last block whose first key is not above the key; keys are dotted names, with no quote to unescape.
  let i = blocks.length - 1;
  while (i >= 0 && blocks[i][0] > key) i--;
  if (i >= 0) {
    const text = readAt(base + blocks[i][1], blocks[i][2] - blocks[i][1]);
    const at = text.indexOf(`["${key}",`);
    if (at >= 0 && (at === 0 || text[at - 1] === '\n')) {
      const [, sig, doc] = JSON.parse(text.slice(at, text.indexOf('\n', at))) as [string, string | null, string | null];
      entry = [sig, doc];
    }
  }
  parsed.set(key, entry);
  return entry;
}

/** A type's key: its __module__ and __qualname__. */
export function typeKey(t: PyType): string {
  return `${t.module}.${t.qualname}`;
}

/** The docstring of an attribute defined in a builtin type's dict, or null. */
export function attrDoc(owner: PyType, name: string, part: 0 | 1): string | null {
  return builtinDoc(`${typeKey(owner)}.${name}`)?.[part] ?? null;
}

/**
 * _PyType_GetTextSignatureFromInternalDoc: a docstring that starts with the name (its last dotted part), an
 * open parenthesis, and ends the signature with ")\n--\n\n" before any blank line gives that signature.
 */
export function textSignatureFromDoc(name: string, doc: string): string | null {
  const short = name.slice(name.lastIndexOf('.') + 1);
  if (!doc.startsWith(short) || doc[short.length] !== '(') return null;
  const start = short.length;
  for (let i = start; i < doc.length; i++) {
    if (doc.startsWith(')\n--\n\n', i)) return doc.slice(start, i + 1);
    if (doc[i] === '\n' && doc[i + 1] === '\n') return null;
  }
  return null;
}
