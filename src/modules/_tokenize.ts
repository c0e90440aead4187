// The _tokenize module (Python/Python-tokenize.c): TokenizerIter, CPython's own tokenizer as an iterator, which
// tokenize._generate_tokens_from_c_tokenizer wraps. Typhon's tokenizer (src/parser/tokenizer.ts) follows the C
// tokenizer token for token; this gives its tokens the shape tokenizeriter_next does: (string, type, lineno,
// end_lineno, col_offset, end_col_offset, line) with byte columns, a NEWLINE's string being the comment before
// it, INDENT/DEDENT without columns, and the iteration ending before ENDMARKER or at an error the C tokenizer
// leaves to the parser (an indentation error, EOF inside brackets).
import {
  PyValue, PyType, PyDict, PyModule, PyTuple, PyNativeIter, None, typeType, objectType, TF_BASETYPE, defineMethods, PyBuiltin, typeOf,
} from '../objects/object.js';
import { PyException, newException, StopIteration, typeError } from '../objects/exceptions.js';
import { clinicArgs } from './args.js';
import { asStr } from '../objects/str.js';
import { Tokenizer } from '../parser/tokenizer.js';
import { T } from '../parser/tokens.js';
import { syntaxErrorToPy } from '../vm/interp.js';
import { byteToChar } from '../vm/traceback.js';

const AWAIT = 55, ASYNC = 56;

class TokenizerState {
  readonly tz: Tokenizer;
  done = false;
  constructor(source: string) {
    this.tz = new Tokenizer(source, '<string>');
  }
  step(): PyValue | undefined {
    if (this.done) return undefined;
    let t;
    try {
      t = this.tz.next();
    } catch (e) {
      this.done = true;
      if (this.tz.doneCodeError) return undefined;
      throw syntaxErrorToPy(e);
    }
    if (t.type === T.ENDMARKER || t.type === T.ERRORTOKEN) {
      this.done = true;
      return undefined;
    }
    // tok->buf to tok->inp: the lines of the token (and of the line's tokens after a multi-line one).
    const line = this.tz.bufText();
    let s = t.string;
    let type: number = t.type;
    // A NEWLINE spans the comment before it (if any); a NAME is its text as written (Typhon's is NFKC).
    if (t.type === T.NEWLINE || (t.type === T.NAME && t.lineno === t.endLineno && t.col >= 0 && /[^\x00-\x7f]/.test(s))) {
      const last = line.slice(line.lastIndexOf('\n', line.length - 2) + 1);
      s = last.slice(byteToChar(last, t.col), byteToChar(last, t.endCol));
    } else if (t.type === T.NAME && (s === 'async' || s === 'await')) {
      type = s === 'async' ? ASYNC : AWAIT; // the C tokenizer's own kinds for them
    }
    return new PyTuple([s, type, t.lineno, t.endLineno, t.col, t.endCol, line]);
  }
}

export function makeTokenizeModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_tokenize', d);
  const t = new PyType(typeType, 'TokenizerIter', [objectType], TF_BASETYPE);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_tokenize');
  defineMethods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyNativeIter).next();
      if (v === undefined) throw new PyException(newException(StopIteration, ['EOF']));
      return v;
    },
  });
  t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const [source] = clinicArgs('tokenizeriter', ['source'], args.slice(1), kw, 1);
    const text = asStr(source!);
    if (text === undefined) typeError(`tokenizeriter() argument 'source' must be str, not ${typeOf(source!).tpName}`);
    const st = new TokenizerState(text);
    return new PyNativeIter(() => st.step(), args[0] as PyType);
  }));
  d.setStr('__doc__', None);
  d.setStr('TokenizerIter', t);
  return m;
}
