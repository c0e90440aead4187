// The _csv module (Modules/_csv.c, 3.11): the Dialect type with its validation, the reader's
// character state machine, the writer's quoting rules, the dialect registry and the field size
// limit. Lib/csv.py (DictReader, DictWriter, Sniffer) runs on top unchanged. Text is handled as
// code points, so astral characters and lone surrogates count as one character each.
import {
  PyObject, PyValue, PyType, PyDict, PyList, PyModule, PyBuiltin, PyNativeIter, PyFloat, PyComplexObj, None,
  typeType, objectType, floatType, TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineGetters, typeOf,
} from '../objects/object.js';
import { PyException, raise, typeError, Exception, OverflowError, AttributeError, StopIteration, TypeError as TypeErrorT } from '../objects/exceptions.js';
import { call, getIter, iterNext, lookupAttr, str as strOf } from '../objects/abstract.js';
import { initHeapLayout, typeNew } from '../objects/typeobject.js';
import { PyStrSub } from '../objects/str.js';
import { PySurrogateStr, fromCodePoints, pushCodePoints } from '../objects/surrogatestr.js';
import { unpackArgs, clinicArgs, strCodePoints } from './args.js';

const QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;
/** "No character" for escapechar/quotechar (CPython's NOT_SET), and the end-of-line marker the reader feeds. */
const NOT_SET = -1, EOL = -2;

function mkType(name: string, flags: number): PyType {
  const t = new PyType(typeType, name, [objectType], flags);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_csv');
  return t;
}

const dialectType = mkType('Dialect', TF_BASETYPE);
const readerType = mkType('reader', 0);
const writerType = mkType('writer', 0);
let csvError: PyType | undefined;
/** The registry (the module's `_dialects`). */
let dialects: PyDict | undefined;
let fieldLimit = 128 * 1024;

function error(msg: string): never {
  raise(csvError!, msg);
}

function charStr(c: number): PyValue {
  return c === NOT_SET ? None : fromCodePoints([c]);
}

// ---------------------------------------------------------------------------
// Dialect

class PyDialect extends PyObject {
  declare delimiter: number;
  declare quotechar: number;
  declare escapechar: number;
  declare doublequote: boolean;
  declare skipinitialspace: boolean;
  declare strict: boolean;
  declare quoting: number;
  declare lineterminator: PyValue;
  /** The line terminator's code points, searched by the writer. */
  declare lineterm: number[];
  /** Every special character is below U+D800 and the terminator is a JS string: the writer's string path. */
  declare simple: boolean;
  declare delimStr: string;
  declare quoteStr: string;
  declare escapeStr: string;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType) {
    super(cls);
    this.delimiter = 44;
    this.quotechar = 34;
    this.escapechar = NOT_SET;
    this.doublequote = true;
    this.skipinitialspace = false;
    this.strict = false;
    this.quoting = QUOTE_MINIMAL;
    this.lineterminator = '\r\n';
    this.lineterm = [13, 10];
    this.simple = true;
    this.delimStr = ',';
    this.quoteStr = '"';
    this.escapeStr = '';
    this.slots = null;
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(this, cls);
  }
}

const DIALECT_KWS = ['dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'];

/** One character (delimiter, quotechar): a 1-character str; None allowed when `orNone`. */
function setChar(name: string, src: PyValue, orNone: boolean): number {
  if (orNone && src === None) return NOT_SET;
  const cps = strCodePoints(src);
  if (cps === undefined) typeError(`"${name}" must be string${orNone ? ' or None' : ''}, not ${typeOf(src).tpName}`);
  if (cps.length !== 1) typeError(`"${name}" must be a 1-character string`);
  return cps[0];
}

function truth(v: PyValue): boolean {
  if (typeof v === 'boolean') return v;
  return call(typeOf(true), [v]) === true;
}

/** Dialect.__new__ (dialect_new): keywords override the attributes of `dialect`, then validation. */
function newDialect(cls: PyType, args: PyValue[], kw: string[] | null): PyDialect {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (args.length > DIALECT_KWS.length) typeError(`function takes at most ${DIALECT_KWS.length} arguments (${args.length} given)`);
  const v: (PyValue | undefined)[] = new Array(DIALECT_KWS.length).fill(undefined);
  for (let i = 0; i < npos; i++) v[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const j = DIALECT_KWS.indexOf(kw![k]);
    if (j < 0) typeError(`'${kw![k]}' is an invalid keyword argument for this function`);
    if (v[j] !== undefined) typeError(`argument for function given by name ('${kw![k]}') and position (${j + 1})`);
    v[j] = args[npos + k];
  }
  let dialect = v[0];
  if (dialect !== undefined) {
    if (strCodePoints(dialect) !== undefined) dialect = getDialect(dialect);
    // An instance with no overrides is immutable, so it is reused.
    let overrides = false;
    for (let i = 1; i < v.length; i++) if (v[i] !== undefined) overrides = true;
    if (!overrides && dialect instanceof PyDialect) return dialect;
    // Missing attributes keep their defaults (CPython clears the AttributeError after the lookups).
    for (let i = 1; i < v.length; i++) {
      if (v[i] !== undefined) continue;
      try {
        v[i] = lookupAttr(dialect, DIALECT_KWS[i]);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
      }
    }
  }
  const [, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = v;
  const d = new PyDialect(cls);
  if (delimiter !== undefined) d.delimiter = setChar('delimiter', delimiter, false);
  if (doublequote !== undefined) d.doublequote = truth(doublequote);
  if (escapechar !== undefined) d.escapechar = setChar('escapechar', escapechar, true);
  if (lineterminator !== undefined) {
    if (lineterminator === None) d.lineterminator = None;
    else {
      const cps = strCodePoints(lineterminator);
      if (cps === undefined) typeError('"lineterminator" must be a string');
      d.lineterminator = lineterminator;
      d.lineterm = cps;
    }
  }
  if (quotechar !== undefined) d.quotechar = setChar('quotechar', quotechar, true);
  if (quoting !== undefined) {
    if (typeof quoting !== 'number' && typeof quoting !== 'bigint' && typeof quoting !== 'boolean' && !(typeOf(quoting).isSubtype(typeOf(0))))
      typeError('"quoting" must be an integer');
    const q = Number(call(typeOf(0), [quoting]));
    if (q > 2147483647 || q < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
    d.quoting = q;
  }
  if (skipinitialspace !== undefined) d.skipinitialspace = truth(skipinitialspace);
  if (strict !== undefined) d.strict = truth(strict);
  if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NONE) typeError('bad "quoting" value');
  if (quotechar === None && quoting === undefined) d.quoting = QUOTE_NONE;
  if (d.quoting !== QUOTE_NONE && d.quotechar === NOT_SET) typeError('quotechar must be set if quoting enabled');
  if (d.lineterminator === None) typeError('lineterminator must be set');
  const bmp = (c: number): boolean => c < 0xd800;
  d.simple = bmp(d.delimiter) && bmp(d.quotechar) && bmp(d.escapechar) && typeof d.lineterminator === 'string' && d.lineterm.every(bmp);
  d.delimStr = String.fromCodePoint(d.delimiter);
  d.quoteStr = d.quotechar === NOT_SET ? '' : String.fromCodePoint(d.quotechar);
  d.escapeStr = d.escapechar === NOT_SET ? '' : String.fromCodePoint(d.escapechar);
  return d;
}

/** Dialect(dialect, **kw): how reader, writer and register_dialect build theirs. */
function callDialect(dialect: PyValue | undefined, kwArgs: PyValue[], kw: string[] | null): PyDialect {
  const args = dialect === undefined ? kwArgs : [dialect, ...kwArgs];
  return newDialect(dialectType, args, kw);
}

function getDialect(name: PyValue): PyValue {
  const d = dialects!.get(name);
  if (d === undefined) error('unknown dialect');
  return d;
}

function initDialect(): void {
  dialectType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => newDialect(args[0] as PyType, args.slice(1), kw)));
  const D = (v: PyValue) => v as PyDialect;
  const ro = (): void => raise(AttributeError, 'readonly attribute');
  defineGetters(dialectType, {
    delimiter: (self) => charStr(D(self).delimiter),
    escapechar: (self) => charStr(D(self).escapechar),
    quotechar: (self) => charStr(D(self).quotechar),
    lineterminator: (self) => D(self).lineterminator,
    quoting: (self) => D(self).quoting,
    // Members in CPython (bools here): writes fail with "readonly attribute", not the getset message.
    doublequote: [(self) => D(self).doublequote, ro],
    skipinitialspace: [(self) => D(self).skipinitialspace, ro],
    strict: [(self) => D(self).strict, ro],
  });
  dialectType.tdict.set('__doc__', 'CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n');
}

// ---------------------------------------------------------------------------
// Reader

const enum S {
  START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
  QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL,
}

class PyCsvReader extends PyNativeIter {
  declare dialect: PyDialect;
  declare input: PyValue;
  declare lineNum: number;
  declare state: S;
  declare field: number[];
  declare fieldLen: number;
  declare numeric: boolean;
  declare fields: PyValue[];
  constructor(input: PyValue, dialect: PyDialect) {
    super(function (this: PyCsvReader) { return readerNext(this); } as () => PyValue | undefined, readerType, 'reader');
    this.dialect = dialect;
    this.input = input;
    this.lineNum = 0;
    this.state = S.START_RECORD;
    this.field = [];
    this.fieldLen = 0;
    this.numeric = false;
    this.fields = [];
  }
}

function saveField(r: PyCsvReader): void {
  let f: PyValue = fromCodePoints(r.field.slice(0, r.fieldLen));
  r.fieldLen = 0;
  if (r.numeric) {
    r.numeric = false;
    f = call(floatType, [f]);
  }
  r.fields.push(f);
}

function addChar(r: PyCsvReader, c: number): void {
  if (r.fieldLen >= fieldLimit) error(`field larger than field limit (${fieldLimit})`);
  r.field[r.fieldLen++] = c;
}

const isEol = (c: number): boolean => c === 10 || c === 13 || c === EOL;

function processChar(r: PyCsvReader, c: number): void {
  const d = r.dialect;
  switch (r.state) {
    case S.START_RECORD:
      if (c === EOL) return; // an empty line: []
      if (c === 10 || c === 13) {
        r.state = S.EAT_CRNL;
        return;
      }
      r.state = S.START_FIELD;
    // falls through: an ordinary character starts a field
    case S.START_FIELD:
      if (isEol(c)) {
        saveField(r);
        r.state = c === EOL ? S.START_RECORD : S.EAT_CRNL;
      } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
        r.state = S.IN_QUOTED_FIELD;
      } else if (c === d.escapechar) {
        r.state = S.ESCAPED_CHAR;
      } else if (c === 32 && d.skipinitialspace) {
        // spaces at the start of a field are dropped
      } else if (c === d.delimiter) {
        saveField(r);
      } else {
        if (d.quoting === QUOTE_NONNUMERIC) r.numeric = true;
        addChar(r, c);
        r.state = S.IN_FIELD;
      }
      return;
    case S.ESCAPED_CHAR:
      if (c === 10 || c === 13) {
        addChar(r, c);
        r.state = S.AFTER_ESCAPED_CRNL;
        return;
      }
      if (c === EOL) c = 10;
      addChar(r, c);
      r.state = S.IN_FIELD;
      return;
    case S.AFTER_ESCAPED_CRNL:
      if (c === EOL) return;
    // falls through
    case S.IN_FIELD:
      if (isEol(c)) {
        saveField(r);
        r.state = c === EOL ? S.START_RECORD : S.EAT_CRNL;
      } else if (c === d.escapechar) {
        r.state = S.ESCAPED_CHAR;
      } else if (c === d.delimiter) {
        saveField(r);
        r.state = S.START_FIELD;
      } else {
        addChar(r, c);
      }
      return;
    case S.IN_QUOTED_FIELD:
      if (c === EOL) {
        // the line break inside quotes was already added as a character
      } else if (c === d.escapechar) {
        r.state = S.ESCAPE_IN_QUOTED_FIELD;
      } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
        r.state = d.doublequote ? S.QUOTE_IN_QUOTED_FIELD : S.IN_FIELD;
      } else {
        addChar(r, c);
      }
      return;
    case S.ESCAPE_IN_QUOTED_FIELD:
      if (c === EOL) c = 10;
      addChar(r, c);
      r.state = S.IN_QUOTED_FIELD;
      return;
    case S.QUOTE_IN_QUOTED_FIELD:
      if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
        addChar(r, c); // "" inside quotes is one quote
        r.state = S.IN_QUOTED_FIELD;
      } else if (c === d.delimiter) {
        saveField(r);
        r.state = S.START_FIELD;
      } else if (isEol(c)) {
        saveField(r);
        r.state = c === EOL ? S.START_RECORD : S.EAT_CRNL;
      } else if (!d.strict) {
        addChar(r, c);
        r.state = S.IN_FIELD;
      } else {
        error(`'${String.fromCodePoint(d.delimiter)}' expected after '${String.fromCodePoint(d.quotechar)}'`);
      }
      return;
    case S.EAT_CRNL:
      if (c === 10 || c === 13) return;
      if (c === EOL) {
        r.state = S.START_RECORD;
        return;
      }
      error('new-line character seen in unquoted field - do you need to open the file in universal-newline mode?');
  }
}

function readerNext(r: PyCsvReader): PyValue | undefined {
  r.fields = [];
  r.fieldLen = 0;
  r.state = S.START_RECORD;
  r.numeric = false;
  do {
    const line = iterNext(r.input);
    if (line === undefined) {
      // End of input in the middle of a record.
      if (r.fieldLen !== 0 || (r.state as S) === S.IN_QUOTED_FIELD) {
        if (r.dialect.strict) error('unexpected end of data');
        saveField(r);
        break;
      }
      return undefined;
    }
    let s: string;
    if (typeof line === 'string') s = line;
    else if (line instanceof PyStrSub) s = line.value;
    else if (line instanceof PySurrogateStr) s = '';
    else error(`iterator should return strings, not ${typeOf(line).tpName} (the file should be opened in text mode)`);
    r.lineNum++;
    if (line instanceof PySurrogateStr) {
      const cps = line.cps;
      for (let i = 0; i < cps.length; i++) processChar(r, cps[i]);
    } else {
      const n = s.length;
      for (let i = 0; i < n; i++) {
        let c = s.charCodeAt(i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
          const lo = s.charCodeAt(i + 1);
          if (lo >= 0xdc00 && lo < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
            i++;
          }
        }
        processChar(r, c);
      }
    }
    processChar(r, EOL);
  } while (r.state !== S.START_RECORD);
  const out = r.fields;
  r.fields = [];
  return new PyList(out);
}

function initReader(): void {
  const R = (v: PyValue) => v as PyCsvReader;
  const ro = (): void => raise(AttributeError, 'readonly attribute');
  defineMethods(readerType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = readerNext(R(self));
      if (v === undefined) raise(StopIteration);
      return v;
    },
  });
  defineGetters(readerType, {
    dialect: [(self) => R(self).dialect, ro],
    line_num: [(self) => R(self).lineNum, ro],
  });
}

function makeReader(args: PyValue[], kw: string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  const pos = args.slice(0, args.length - nkw);
  unpackArgs('', pos, null, 1, 2);
  const it = getIter(pos[0]);
  const dialect = callDialect(pos[1], args.slice(pos.length), kw);
  return new PyCsvReader(it, dialect);
}

// ---------------------------------------------------------------------------
// Writer

class PyCsvWriter extends PyObject {
  declare dialect: PyDialect;
  declare write: PyValue;
  /** The record being joined: a JS string, or code points once a field needs them; its field count. */
  declare srec: string;
  declare rec: number[] | null;
  declare numFields: number;
  constructor(write: PyValue, dialect: PyDialect) {
    super(writerType);
    this.write = write;
    this.dialect = dialect;
    this.srec = '';
    this.rec = null;
    this.numFields = 0;
  }
}

/** PyNumber_Check: ints, floats, complex numbers and anything with __index__/__int__/__float__. */
function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (v instanceof PyFloat || v instanceof PyComplexObj) return true;
  if (typeof v === 'string') return false;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

/** join_append: one field, escaped as the dialect says, quoted when it needs to be (or `quoted`). */
function joinAppend(w: PyCsvWriter, field: number[] | null, quoted: boolean): void {
  const d = w.dialect;
  const body: number[] = [];
  if (field !== null) {
    for (let i = 0; i < field.length; i++) {
      const c = field[i];
      let wantEscape = false;
      if (c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterm.includes(c)) {
        if (d.quoting === QUOTE_NONE) wantEscape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) body.push(d.quotechar);
            else wantEscape = true;
          } else if (c === d.escapechar) {
            wantEscape = true;
          }
          if (!wantEscape) quoted = true;
        }
        if (wantEscape) {
          if (d.escapechar === NOT_SET) error('need to escape, but no escapechar set');
          body.push(d.escapechar);
        }
      }
      body.push(c);
    }
  }
  const rec = w.rec!;
  if (w.numFields > 0) rec.push(d.delimiter);
  if (quoted) rec.push(d.quotechar);
  for (let i = 0; i < body.length; i++) rec.push(body[i]);
  if (quoted) rec.push(d.quotechar);
  w.numFields++;
}

/**
 * join_append on JS strings, for a dialect whose special characters are all below the surrogates (so no
 * UTF-16 unit of the field can be mistaken for one): the common case, without code-point arrays.
 */
function joinAppendStr(w: PyCsvWriter, field: string, quoted: boolean): void {
  const d = w.dialect;
  const lt = d.lineterm;
  const n = field.length;
  let i = 0;
  for (; i < n; i++) {
    const c = field.charCodeAt(i);
    if (c === d.delimiter || c === d.quotechar || c === d.escapechar || lt.includes(c)) break;
  }
  let body = field;
  if (i < n) {
    // Something to quote or escape: rebuild the field from its first special character on.
    let out = field.slice(0, i);
    for (; i < n; i++) {
      const c = field.charCodeAt(i);
      if (c === d.delimiter || c === d.escapechar || c === d.quotechar || lt.includes(c)) {
        let wantEscape = false;
        if (d.quoting === QUOTE_NONE) wantEscape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) out += d.quoteStr;
            else wantEscape = true;
          } else if (c === d.escapechar) {
            wantEscape = true;
          }
          if (!wantEscape) quoted = true;
        }
        if (wantEscape) {
          if (d.escapechar === NOT_SET) error('need to escape, but no escapechar set');
          out += d.escapeStr;
        }
      }
      out += field[i];
    }
    body = out;
  }
  let piece = w.numFields > 0 ? d.delimStr : '';
  piece = quoted ? piece + d.quoteStr + body + d.quoteStr : piece + body;
  w.srec += piece;
  w.numFields++;
}

function writeRow(w: PyCsvWriter, seq: PyValue): PyValue {
  const d = w.dialect;
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(TypeErrorT)) error(`iterable expected, not ${typeOf(seq).tpName}`);
    throw e;
  }
  // The record is a JS string while every field allows it, code points from the first that does not.
  w.srec = '';
  w.rec = null;
  w.numFields = 0;
  for (;;) {
    const f = iterNext(it);
    if (f === undefined) break;
    const quoted = d.quoting === QUOTE_NONNUMERIC ? !isNumber(f) : d.quoting === QUOTE_ALL;
    let v: PyValue | null = f === None ? null : f;
    if (v !== null && typeof v !== 'string' && !(v instanceof PySurrogateStr)) v = v instanceof PyStrSub ? v.value : strOf(v);
    if (w.rec === null && d.simple && (v === null || typeof v === 'string')) {
      joinAppendStr(w, v === null ? '' : v, quoted);
      continue;
    }
    if (w.rec === null) {
      w.rec = [];
      pushCodePoints(w.rec, w.srec);
    }
    joinAppend(w, v === null ? null : strCodePoints(v) ?? [], quoted);
  }
  const empty = w.rec === null ? w.srec.length === 0 : w.rec.length === 0;
  if (w.numFields > 0 && empty) {
    // A record of one empty field would read back as an empty line: it is written quoted.
    if (d.quoting === QUOTE_NONE) error('single empty field record must be quoted');
    w.numFields--;
    if (w.rec === null) joinAppendStr(w, '', true);
    else joinAppend(w, null, true);
  }
  let line: PyValue;
  if (w.rec === null) line = w.srec + (d.lineterminator as string);
  else {
    const rec = w.rec;
    for (const c of d.lineterm) rec.push(c);
    line = fromCodePoints(rec);
  }
  w.rec = null;
  w.srec = '';
  return call(w.write, [line]);
}

function initWriter(): void {
  const W = (v: PyValue) => v as PyCsvWriter;
  const ro = (): void => raise(AttributeError, 'readonly attribute');
  defineMethods(writerType, {
    writerow: (self, args) => {
      if (args.length !== 1) typeError(`writer.writerow() takes exactly one argument (${args.length} given)`);
      return writeRow(W(self), args[0]);
    },
    writerows: (self, args) => {
      if (args.length !== 1) typeError(`writer.writerows() takes exactly one argument (${args.length} given)`);
      const it = getIter(args[0]);
      for (;;) {
        const row = iterNext(it);
        if (row === undefined) break;
        writeRow(W(self), row);
      }
      return None;
    },
  });
  defineGetters(writerType, { dialect: [(self) => W(self).dialect, ro] });
}

function makeWriter(args: PyValue[], kw: string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  const pos = args.slice(0, args.length - nkw);
  unpackArgs('', pos, null, 1, 2);
  const write = lookupAttr(pos[0], 'write');
  if (write === undefined) typeError('argument 1 must have a "write" method');
  const dialect = callDialect(pos[1], args.slice(pos.length), kw);
  return new PyCsvWriter(write, dialect);
}

// ---------------------------------------------------------------------------
// The module

function fieldSizeLimit(args: PyValue[], kw: string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  if (args.length > 1) typeError(`field_size_limit() takes at most 1 argument (${args.length} given)`);
  if (nkw === 1 && kw![0] !== 'new_limit') typeError(`'${kw![0]}' is an invalid keyword argument for field_size_limit()`);
  const old = fieldLimit;
  if (args.length === 1) {
    const v = args[0];
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && !typeOf(v).isSubtype(typeOf(0))) typeError('limit must be an integer');
    const n = call(typeOf(0), [v]);
    if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C long');
    fieldLimit = Number(n);
  }
  return old;
}

const MODULE_DOC = `CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
`;

let initialised = false;
export function makeCsvModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initDialect();
    initReader();
    initWriter();
    const ns = new PyDict();
    ns.setStr('__module__', '_csv');
    csvError = typeNew(typeType, 'Error', [Exception], ns, null);
  }
  dialects = new PyDict();
  const d = new PyDict();
  const m = new PyModule('_csv', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => d.setStr(name, new PyBuiltin(name, fn, m));
  d.setStr('__doc__', MODULE_DOC);
  d.setStr('__version__', '1.0');
  d.setStr('QUOTE_MINIMAL', QUOTE_MINIMAL);
  d.setStr('QUOTE_ALL', QUOTE_ALL);
  d.setStr('QUOTE_NONNUMERIC', QUOTE_NONNUMERIC);
  d.setStr('QUOTE_NONE', QUOTE_NONE);
  d.setStr('Dialect', dialectType);
  d.setStr('Error', csvError!);
  d.setStr('Reader', readerType);
  d.setStr('Writer', writerType);
  d.setStr('_dialects', dialects);
  def('reader', makeReader);
  def('writer', makeWriter);
  def('register_dialect', (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const pos = args.slice(0, args.length - nkw);
    unpackArgs('', pos, null, 1, 2);
    if (strCodePoints(pos[0]) === undefined) typeError('dialect name must be a string');
    const dia = callDialect(pos[1], args.slice(pos.length), kw);
    dialects!.set(pos[0], dia);
    return None;
  });
  def('unregister_dialect', (args, kw) => {
    [args[0]] = clinicArgs('unregister_dialect', ['name'], args, kw, 1) as PyValue[];
    if (dialects!.get(args[0]) === undefined) error('unknown dialect');
    dialects!.t.delete(args[0]);
    return None;
  });
  def('get_dialect', (args, kw) => {
    const [name] = clinicArgs('get_dialect', ['name'], args, kw, 1);
    return getDialect(name!);
  });
  def('list_dialects', (args) => {
    if (args.length > 0) typeError(`_csv.list_dialects() takes no arguments (${args.length} given)`);
    return new PyList(Array.from(dialects!.t.values(), (e) => e.key));
  });
  def('field_size_limit', fieldSizeLimit);
  return m;
}
