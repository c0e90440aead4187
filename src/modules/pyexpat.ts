// The pyexpat module (Modules/pyexpat.c, 3.11, over Expat 2.5): ParserCreate, the xmlparser type with its
// handler attributes, character data buffering, ExpatError, and the errors/model submodules. The parser
// itself is expat.ts. xml.parsers.expat, xml.etree, xml.dom.minidom, xml.sax, plistlib and xmlrpc run on it.
import {
  PyObject, PyValue, PyType, PyDict, PyList, PyModule, PyBuiltin, PyBytesObj, None,
  typeType, objectType, defineMethods, defineGetters, typeOf, newTuple,
} from '../objects/object.js';
import { PyException, raise, typeError, Exception, ValueError, RuntimeError, AttributeError } from '../objects/exceptions.js';
import { call, lookupAttr, setAttr, truthy } from '../objects/abstract.js';
import { typeNew } from '../objects/typeobject.js';
import { newBytes } from '../objects/bytes.js';
import { importHooks } from '../vm/import.js';
import { clinicArgs, anyStr } from './args.js';
import { ExpatParser, Handlers, ContentModel, ERROR_STRINGS, ERROR_NAMES, Err } from './expat.js';

/** Handler attributes, in CPython's handler_info order. */
const HANDLER_NAMES = [
  'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler', 'CharacterDataHandler',
  'UnparsedEntityDeclHandler', 'NotationDeclHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler',
  'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler', 'DefaultHandlerExpand',
  'NotStandaloneHandler', 'ExternalEntityRefHandler', 'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler',
  'EntityDeclHandler', 'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
];
const enum H {
  StartElement, EndElement, ProcessingInstruction, CharacterData, UnparsedEntityDecl, NotationDecl,
  StartNamespaceDecl, EndNamespaceDecl, Comment, StartCdataSection, EndCdataSection, Default, DefaultExpand,
  NotStandalone, ExternalEntityRef, StartDoctypeDecl, EndDoctypeDecl, EntityDecl, XmlDecl, ElementDecl,
  AttlistDecl, SkippedEntity,
}

const CHARACTER_DATA_BUFFER_SIZE = 8192;
const BUF_SIZE = 2048;

let parserType: PyType;
let expatError: PyType;

function utf8Len(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 ? 1 : c >= 0xd800 && c < 0xe000 ? 1 : 2;
  }
  return n;
}

let encoderObj: TextEncoder | undefined;
const encoder = { encode: (s: string): Uint8Array => (encoderObj ??= new TextEncoder()).encode(s) };

class PyXmlParser extends PyObject {
  declare engine: ExpatParser;
  declare handlers: (PyValue | null)[];
  /** The character data buffer (buffer_text), or null when off; bufferUsed counts UTF-8 bytes as Expat's. */
  declare buffer: string[] | null;
  declare bufferUsed: number;
  declare bufferSize: number;
  declare orderedAttributes: boolean;
  declare specifiedAttributes: boolean;
  declare nsPrefixes: boolean;
  declare inCallback: boolean;
  declare intern: PyDict | null;
  constructor(engine: ExpatParser, intern: PyDict | null) {
    super(parserType);
    this.engine = engine;
    this.handlers = new Array(HANDLER_NAMES.length).fill(null);
    this.buffer = null;
    this.bufferUsed = 0;
    this.bufferSize = CHARACTER_DATA_BUFFER_SIZE;
    this.orderedAttributes = false;
    this.specifiedAttributes = false;
    this.nsPrefixes = false;
    this.inCallback = false;
    this.intern = intern;
    engine.unknownEncoding = unknownEncoding;
  }
}

/** pyexpat's unknown-encoding handler: a single-byte codec decodes the 256 byte values. */
function unknownEncoding(name: string): number[] | null {
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const u = call(lookupAttr(newBytes(all), 'decode')!, [name, 'replace']);
  const s = typeof u === 'string' ? u : String(anyStr(u) ?? '');
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  if (cps.length !== 256) raise(ValueError, 'multi-byte encodings are not supported');
  return cps.map((c) => (c === 0xfffd ? -1 : c));
}

function internStr(self: PyXmlParser, s: string | null): PyValue {
  if (s === null) return None;
  const d = self.intern;
  if (d === null) return s;
  const v = d.get(s);
  if (v !== undefined) return v;
  d.set(s, s);
  return s;
}
const strOrNone = (s: string | null): PyValue => (s === null ? None : s);

/** Calls a Python handler; an exception clears the handlers and stops the parser (flag_error). */
function callHandler(self: PyXmlParser, which: H, args: PyValue[]): PyValue {
  const f = self.handlers[which];
  if (f === null) return None;
  self.inCallback = true;
  try {
    return call(f, args);
  } catch (e) {
    flagError(self);
    throw e;
  } finally {
    self.inCallback = false;
  }
}

function flagError(self: PyXmlParser): void {
  self.engine.aborted = true;
  for (let i = 0; i < self.handlers.length; i++) self.handlers[i] = null;
  self.engine.handlers = {};
}

function flushBuffer(self: PyXmlParser): void {
  const b = self.buffer;
  if (b === null || self.bufferUsed === 0) return;
  const s = b.length === 1 ? b[0] : b.join('');
  b.length = 0;
  self.bufferUsed = 0;
  if (self.handlers[H.CharacterData] !== null) callHandler(self, H.CharacterData, [s]);
}

function characterData(self: PyXmlParser, s: string): void {
  const b = self.buffer;
  if (b === null) {
    callHandler(self, H.CharacterData, [s]);
    return;
  }
  const len = utf8Len(s);
  if (len > self.bufferSize - self.bufferUsed) {
    flushBuffer(self);
    if (self.handlers[H.CharacterData] === null) return;
  }
  if (len > self.bufferSize) {
    callHandler(self, H.CharacterData, [s]);
    self.bufferUsed = 0;
  } else {
    b.push(s);
    self.bufferUsed += len;
  }
}

function convModel(m: ContentModel): PyValue {
  return newTuple([m.type, m.quant, strOrNone(m.name), newTuple(m.children.map(convModel))]);
}

/** Installs the engine callback for handler `which` (or removes it). */
function setEngineHandler(self: PyXmlParser, which: H, on: boolean): void {
  const h: Handlers = self.engine.handlers;
  const S = self;
  /** A handler other than character data flushes the buffer first. */
  const fire = (w: H, args: PyValue[]): PyValue => {
    flushBuffer(S);
    if (S.engine.aborted) return None;
    return callHandler(S, w, args);
  };
  switch (which) {
    case H.StartElement:
      h.startElement = on ? (name, attrs, nSpec) => {
        flushBuffer(S);
        if (S.engine.aborted) return;
        const max = S.specifiedAttributes ? nSpec : attrs.length;
        let container: PyValue;
        if (S.orderedAttributes) {
          const items: PyValue[] = [];
          for (let i = 0; i < max; i += 2) items.push(internStr(S, attrs[i]), attrs[i + 1]);
          container = new PyList(items);
        } else {
          const d = new PyDict();
          for (let i = 0; i < max; i += 2) d.set(internStr(S, attrs[i]), attrs[i + 1]);
          container = d;
        }
        callHandler(S, H.StartElement, [internStr(S, name), container]);
      } : undefined;
      break;
    case H.EndElement:
      h.endElement = on ? (name) => void fire(H.EndElement, [internStr(S, name)]) : undefined;
      break;
    case H.ProcessingInstruction:
      h.processingInstruction = on ? (t, d) => void fire(H.ProcessingInstruction, [internStr(S, t), d]) : undefined;
      break;
    case H.CharacterData:
      h.characterData = on ? (s) => characterData(S, s) : undefined;
      break;
    case H.UnparsedEntityDecl:
      h.unparsedEntityDecl = on ? (n, b, s, p, no) => void fire(H.UnparsedEntityDecl, [internStr(S, n), internStr(S, b), internStr(S, s), internStr(S, p), internStr(S, no)]) : undefined;
      break;
    case H.NotationDecl:
      h.notationDecl = on ? (n, b, s, p) => void fire(H.NotationDecl, [internStr(S, n), internStr(S, b), internStr(S, s), internStr(S, p)]) : undefined;
      break;
    case H.StartNamespaceDecl:
      h.startNamespaceDecl = on ? (p, u) => void fire(H.StartNamespaceDecl, [internStr(S, p), internStr(S, u)]) : undefined;
      break;
    case H.EndNamespaceDecl:
      h.endNamespaceDecl = on ? (p) => void fire(H.EndNamespaceDecl, [internStr(S, p)]) : undefined;
      break;
    case H.Comment:
      h.comment = on ? (s) => void fire(H.Comment, [s]) : undefined;
      break;
    case H.StartCdataSection:
      h.startCdataSection = on ? () => void fire(H.StartCdataSection, []) : undefined;
      break;
    case H.EndCdataSection:
      h.endCdataSection = on ? () => void fire(H.EndCdataSection, []) : undefined;
      break;
    case H.Default:
    case H.DefaultExpand:
      // One slot in Expat: the last one set wins.
      h.default = on ? (s) => void fire(which, [s]) : undefined;
      h.defaultExpand = which === H.DefaultExpand;
      break;
    case H.NotStandalone:
      h.notStandalone = on ? () => intResult(fire(H.NotStandalone, [])) : undefined;
      break;
    case H.ExternalEntityRef:
      h.externalEntityRef = on ? (c, b, s, p) => intResult(fire(H.ExternalEntityRef, [strOrNone(c), internStr(S, b), internStr(S, s), internStr(S, p)])) : undefined;
      break;
    case H.StartDoctypeDecl:
      h.startDoctypeDecl = on ? (n, s, p, i) => void fire(H.StartDoctypeDecl, [internStr(S, n), internStr(S, s), internStr(S, p), i]) : undefined;
      break;
    case H.EndDoctypeDecl:
      h.endDoctypeDecl = on ? () => void fire(H.EndDoctypeDecl, []) : undefined;
      break;
    case H.EntityDecl:
      h.entityDecl = on ? (n, pe, v, b, s, p, no) => void fire(H.EntityDecl, [internStr(S, n), pe, strOrNone(v), internStr(S, b), internStr(S, s), internStr(S, p), internStr(S, no)]) : undefined;
      break;
    case H.XmlDecl:
      h.xmlDecl = on ? (v, e, st) => void fire(H.XmlDecl, [strOrNone(v), strOrNone(e), st]) : undefined;
      break;
    case H.ElementDecl:
      h.elementDecl = on ? (n, m) => {
        flushBuffer(S);
        if (S.engine.aborted) return;
        const model = convModel(m);
        callHandler(S, H.ElementDecl, [internStr(S, n), model]);
      } : undefined;
      break;
    case H.AttlistDecl:
      h.attlistDecl = on ? (e, a, t, d, r) => void fire(H.AttlistDecl, [internStr(S, e), internStr(S, a), t, strOrNone(d), r]) : undefined;
      break;
    case H.SkippedEntity:
      h.skippedEntity = on ? (n, pe) => void fire(H.SkippedEntity, [internStr(S, n), pe]) : undefined;
      break;
  }
}

/** An int handler's result (PyLong_AsLong): None and other non-ints raise TypeError. */
function intResult(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return Number(call(typeOf(0), [v]));
}

function P(v: PyValue): PyXmlParser {
  return v as PyXmlParser;
}

function setError(self: PyXmlParser): never {
  const e = self.engine;
  const code = e.errorCode;
  const err = call(expatError, [`${ERROR_STRINGS[code]}: line ${e.errLine}, column ${e.errCol}`]);
  setAttr(err, 'code', code);
  setAttr(err, 'lineno', e.errLine);
  setAttr(err, 'offset', e.errCol);
  throw new PyException(err as never);
}

function doParse(self: PyXmlParser, data: Uint8Array, isFinal: boolean): PyValue {
  const ok = self.engine.parse(data, isFinal);
  if (!ok) setError(self);
  flushBuffer(self);
  return 1;
}

function bytesOf(v: PyValue, what: string): Uint8Array {
  if (v instanceof PyBytesObj) return v.bytes;
  const s = anyStr(v);
  if (s !== undefined) return encoder.encode(typeof s === 'string' ? s : String(s));
  typeError(`a bytes-like object is required, not '${typeOf(v).tpName}'`);
  return what as never;
}

function initParserType(): void {
  parserType = new PyType(typeType, 'xmlparser', [objectType], 0);
  parserType.mro = [parserType, objectType];
  parserType.tdict.set('__module__', 'pyexpat');
  parserType.tdict.set('__doc__', 'XML parser');
  parserType.tdict.set('__new__', new PyBuiltin('__new__', () => typeError("cannot create 'pyexpat.xmlparser' instances")));
  defineMethods(parserType, {
    Parse: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('Parse() takes no keyword arguments');
      if (args.length < 1 || args.length > 2) typeError(args.length < 1 ? 'Parse() takes at least 1 argument (0 given)' : `Parse() takes at most 2 arguments (${args.length} given)`);
      const data = args[0];
      const s = anyStr(data);
      let bytes: Uint8Array;
      if (s !== undefined) {
        bytes = encoder.encode(typeof s === 'string' ? s : String(s));
        const e = P(self).engine;
        if (!e.started) e.protocolEnc = 'utf-8';
      } else bytes = bytesOf(data, '');
      return doParse(P(self), bytes, args.length > 1 ? truthy(args[1]) : false);
    },
    ParseFile: (self, args) => {
      if (args.length !== 1) typeError(`ParseFile() takes exactly one argument (${args.length} given)`);
      const read = lookupAttr(args[0], 'read');
      if (read === undefined) typeError("argument must have 'read' attribute");
      for (;;) {
        const chunk = call(read, [BUF_SIZE]);
        if (!(chunk instanceof PyBytesObj)) typeError(`read() did not return a bytes object (type=${typeOf(chunk).tpName})`);
        const b = chunk.bytes;
        if (b.length > BUF_SIZE) raise(ValueError, `read() returned too much data: ${BUF_SIZE} bytes requested, ${b.length} returned`);
        const ok = P(self).engine.parse(b.slice(), b.length === 0);
        if (!ok) setError(P(self));
        if (b.length === 0) break;
      }
      flushBuffer(P(self));
      return 1;
    },
    SetBase: (self, args) => {
      const s = anyStr(args[0]);
      if (args.length !== 1 || s === undefined) typeError(`SetBase() argument must be str, not ${typeOf(args[0]).tpName}`);
      P(self).engine.base = String(s);
      return None;
    },
    GetBase: (self) => strOrNone(P(self).engine.base),
    GetInputContext: (self) => {
      const p = P(self);
      if (!p.inCallback) return None;
      return newBytes(encoder.encode(p.engine.inputContext()));
    },
    ExternalEntityParserCreate: (self, args) => {
      if (args.length < 1 || args.length > 2) typeError(`ExternalEntityParserCreate expected at least 1 argument, got ${args.length}`);
      const ctx = args[0] === None ? null : anyStr(args[0]);
      if (ctx === undefined) typeError(`ExternalEntityParserCreate() argument 1 must be str or None, not ${typeOf(args[0]).tpName}`);
      let enc: string | null = null;
      if (args.length > 1) {
        const e = anyStr(args[1]);
        if (e === undefined) typeError(`ExternalEntityParserCreate() argument 2 must be str, not ${typeOf(args[1]).tpName}`);
        enc = String(e);
      }
      const parent = P(self);
      const engine = parent.engine.externalEntityParser(ctx === null ? null : String(ctx), enc);
      const np = new PyXmlParser(engine, parent.intern);
      np.bufferSize = parent.bufferSize;
      np.orderedAttributes = parent.orderedAttributes;
      np.specifiedAttributes = parent.specifiedAttributes;
      np.nsPrefixes = parent.nsPrefixes;
      if (parent.buffer !== null) np.buffer = [];
      for (let i = 0; i < parent.handlers.length; i++) {
        if (parent.handlers[i] !== null) {
          np.handlers[i] = parent.handlers[i];
          setEngineHandler(np, i, true);
        }
      }
      return np;
    },
    SetParamEntityParsing: (self, args) => {
      if (args.length !== 1) typeError(`SetParamEntityParsing() takes exactly one argument (${args.length} given)`);
      const f = Number(call(typeOf(0), [args[0]]));
      const e = P(self).engine;
      if (e.started) return 0;
      e.paramEntityParsing = f;
      return 1;
    },
    UseForeignDTD: (self, args) => {
      const e = P(self).engine;
      if (e.started) {
        e.errorCode = Err.CANT_CHANGE_FEATURE_ONCE_PARSING;
        const err = call(expatError, [`${ERROR_STRINGS[Err.CANT_CHANGE_FEATURE_ONCE_PARSING]}: line ${e.currentLine}, column ${e.currentColumn}`]);
        setAttr(err, 'code', Err.CANT_CHANGE_FEATURE_ONCE_PARSING);
        setAttr(err, 'lineno', e.currentLine);
        setAttr(err, 'offset', e.currentColumn);
        throw new PyException(err as never);
      }
      e.useForeignDTD = args.length === 0 ? true : truthy(args[0]);
      return None;
    },
  });
  const ro = (name: string) => (): void => raise(AttributeError, `attribute '${name}' of 'pyexpat.xmlparser' objects is not writable`);
  const noDel = (v: PyValue | null): void => {
    if (v === null) raise(RuntimeError, 'Cannot delete attribute');
  };
  const getters: Parameters<typeof defineGetters>[1] = {
    ErrorCode: (self) => P(self).engine.errorCode,
    // Expat's XML_GetError*Number are its XML_GetCurrent*Number: the error's position after one.
    ErrorLineNumber: (self) => (P(self).engine.errorCode !== Err.NONE ? P(self).engine.errLine : P(self).engine.currentLine),
    ErrorColumnNumber: (self) => (P(self).engine.errorCode !== Err.NONE ? P(self).engine.errCol : P(self).engine.currentColumn),
    ErrorByteIndex: (self) => (P(self).engine.errorCode !== Err.NONE ? P(self).engine.errByte : P(self).engine.currentByte),
    CurrentLineNumber: (self) => P(self).engine.currentLine,
    CurrentColumnNumber: (self) => P(self).engine.currentColumn,
    CurrentByteIndex: (self) => P(self).engine.currentByte,
    buffer_size: [(self) => P(self).bufferSize, (self, v) => {
      noDel(v);
      if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') typeError('buffer_size must be an integer');
      const n = Number(v);
      if (n <= 0) raise(ValueError, 'buffer_size must be greater than zero');
      const p = P(self);
      if (n === p.bufferSize) return;
      if (n > 2147483647) raise(ValueError, 'buffer_size must not be greater than 2147483647');
      if (p.buffer !== null) flushBuffer(p);
      p.buffer = [];
      p.bufferSize = n;
    }],
    buffer_text: [(self) => P(self).buffer !== null, (self, v) => {
      noDel(v);
      const p = P(self);
      if (truthy(v!)) {
        if (p.buffer === null) {
          p.buffer = [];
          p.bufferUsed = 0;
        }
      } else if (p.buffer !== null) {
        flushBuffer(p);
        p.buffer = null;
      }
    }],
    buffer_used: (self) => P(self).bufferUsed,
    namespace_prefixes: [(self) => P(self).nsPrefixes, (self, v) => {
      noDel(v);
      P(self).nsPrefixes = truthy(v!);
      P(self).engine.nsTriplets = P(self).nsPrefixes;
    }],
    ordered_attributes: [(self) => P(self).orderedAttributes, (self, v) => {
      noDel(v);
      P(self).orderedAttributes = truthy(v!);
    }],
    specified_attributes: [(self) => P(self).specifiedAttributes, (self, v) => {
      noDel(v);
      P(self).specifiedAttributes = truthy(v!);
    }],
    intern: [(self) => P(self).intern ?? None, ro('intern')],
  };
  HANDLER_NAMES.forEach((name, i) => {
    getters[name] = [(self) => P(self).handlers[i] ?? None, (self, v) => {
      noDel(v);
      const p = P(self);
      if (i === H.CharacterData) flushBuffer(p);
      const on = v !== None;
      p.handlers[i] = on ? v : null;
      setEngineHandler(p, i, on);
    }];
  });
  defineGetters(parserType, getters);
}


function parserCreate(args: PyValue[], kw: string[] | null): PyValue {
  const [encoding, sep, intern] = clinicArgs('ParserCreate', ['encoding', 'namespace_separator', 'intern'], args, kw, 0);
  const strArg = (v: PyValue | undefined, name: string): string | null => {
    if (v === undefined || v === None) return null;
    const s = anyStr(v);
    if (s === undefined) typeError(`ParserCreate() argument '${name}' must be str or None, not ${typeOf(v).tpName}`);
    return String(s);
  };
  const enc = strArg(encoding, 'encoding');
  const ns = strArg(sep, 'namespace_separator');
  if (ns !== null && utf8Len(ns) > 1) raise(ValueError, 'namespace_separator must be at most one character, omitted, or None');
  let d: PyDict | null;
  if (intern === None) d = null;
  else if (intern === undefined) d = new PyDict();
  else if (!(intern instanceof PyDict)) typeError('intern must be a dictionary');
  else d = intern;
  // An empty separator still turns namespace processing on (Expat's "\0" separator).
  return new PyXmlParser(new ExpatParser(enc, ns), d);
}

let initialised = false;
export function makePyexpatModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initParserType();
    const ns = new PyDict();
    ns.setStr('__module__', 'xml.parsers.expat');
    expatError = typeNew(typeType, 'ExpatError', [Exception], ns, null);
  }
  const d = new PyDict();
  const m = new PyModule('pyexpat', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => d.setStr(name, new PyBuiltin(name, fn, m));
  d.setStr('__doc__', 'Python wrapper for Expat parser.');
  def('ParserCreate', parserCreate);
  def('ErrorString', (args) => {
    if (args.length !== 1) typeError(`ErrorString() takes exactly one argument (${args.length} given)`);
    const c = Number(call(typeOf(0), [args[0]]));
    return c > 0 && c < ERROR_STRINGS.length ? ERROR_STRINGS[c] : None;
  });
  d.setStr('ExpatError', expatError);
  d.setStr('error', expatError);
  d.setStr('XMLParserType', parserType);
  d.setStr('EXPAT_VERSION', 'expat_2.5.0');
  d.setStr('version_info', newTuple([2, 5, 0]));
  d.setStr('native_encoding', 'UTF-8');
  d.setStr('features', new PyList([
    newTuple(['sizeof(XML_Char)', 1]), newTuple(['sizeof(XML_LChar)', 1]), newTuple(['XML_DTD', 0]),
    newTuple(['XML_CONTEXT_BYTES', 1024]), newTuple(['XML_NS', 0]), newTuple(['XML_BLAP_MAX_AMP', 100]),
    newTuple(['XML_BLAP_ACT_THRES', 8388608]),
  ]));
  d.setStr('XML_PARAM_ENTITY_PARSING_NEVER', 0);
  d.setStr('XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE', 1);
  d.setStr('XML_PARAM_ENTITY_PARSING_ALWAYS', 2);

  // pyexpat.errors: XML_ERROR_* names bound to their messages, with codes/messages maps.
  const ed = new PyDict();
  const errors = new PyModule('pyexpat.errors', ed);
  ed.setStr('__doc__', 'Constants used to describe error conditions.');
  const codes = new PyDict();
  const messages = new PyDict();
  for (let c = 1; c < ERROR_STRINGS.length; c++) {
    ed.setStr(`XML_ERROR_${ERROR_NAMES[c]}`, ERROR_STRINGS[c]);
    codes.set(ERROR_STRINGS[c], c);
    messages.set(c, ERROR_STRINGS[c]);
  }
  ed.setStr('codes', codes);
  ed.setStr('messages', messages);
  // pyexpat.model: content model constants.
  const md = new PyDict();
  const model = new PyModule('pyexpat.model', md);
  md.setStr('__doc__', 'Constants used to interpret content model information.');
  const consts: Array<[string, number]> = [
    ['XML_CTYPE_EMPTY', 1], ['XML_CTYPE_ANY', 2], ['XML_CTYPE_MIXED', 3], ['XML_CTYPE_NAME', 4], ['XML_CTYPE_CHOICE', 5],
    ['XML_CTYPE_SEQ', 6], ['XML_CQUANT_NONE', 0], ['XML_CQUANT_OPT', 1], ['XML_CQUANT_REP', 2], ['XML_CQUANT_PLUS', 3],
  ];
  for (const [k, v] of consts) md.setStr(k, v);
  d.setStr('errors', errors);
  d.setStr('model', model);
  importHooks.modules.setStr('pyexpat.errors', errors);
  importHooks.modules.setStr('pyexpat.model', model);
  return m;
}

