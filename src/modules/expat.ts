// An XML 1.0 parser with Expat 2.5's behaviour (lib/xmlparse.c, lib/xmltok*.c), for the pyexpat module:
// incremental input split anywhere (a construct is only reported once all of it has arrived), encoding
// detection (BOM, UTF-16 sniffing, the XML declaration; UTF-8, UTF-16, ISO-8859-1, US-ASCII and
// single-byte encodings mapped by the caller), well-formedness checks with Expat's error codes and
// positions (line, column in characters, byte index), the internal DTD subset (entities, element and
// attribute-list declarations, notations), namespace processing and Expat's split of character data
// into calls (one per run of text, per newline, per reference).

export const enum Err {
  NONE, NO_MEMORY, SYNTAX, NO_ELEMENTS, INVALID_TOKEN, UNCLOSED_TOKEN, PARTIAL_CHAR, TAG_MISMATCH,
  DUPLICATE_ATTRIBUTE, JUNK_AFTER_DOC_ELEMENT, PARAM_ENTITY_REF, UNDEFINED_ENTITY, RECURSIVE_ENTITY_REF,
  ASYNC_ENTITY, BAD_CHAR_REF, BINARY_ENTITY_REF, ATTRIBUTE_EXTERNAL_ENTITY_REF, MISPLACED_XML_PI,
  UNKNOWN_ENCODING, INCORRECT_ENCODING, UNCLOSED_CDATA_SECTION, EXTERNAL_ENTITY_HANDLING, NOT_STANDALONE,
  UNEXPECTED_STATE, ENTITY_DECLARED_IN_PE, FEATURE_REQUIRES_XML_DTD, CANT_CHANGE_FEATURE_ONCE_PARSING,
  UNBOUND_PREFIX, UNDECLARING_PREFIX, INCOMPLETE_PE, XML_DECL, TEXT_DECL, PUBLICID, SUSPENDED,
  NOT_SUSPENDED, ABORTED, FINISHED, SUSPEND_PE, RESERVED_PREFIX_XML, RESERVED_PREFIX_XMLNS,
  RESERVED_NAMESPACE_URI, INVALID_ARGUMENT, NO_BUFFER, AMPLIFICATION_LIMIT_BREACH,
}

/** XML_ErrorString, indexed by code. */
export const ERROR_STRINGS: string[] = [
  '', 'out of memory', 'syntax error', 'no element found', 'not well-formed (invalid token)', 'unclosed token',
  'partial character', 'mismatched tag', 'duplicate attribute', 'junk after document element',
  'illegal parameter entity reference', 'undefined entity', 'recursive entity reference', 'asynchronous entity',
  'reference to invalid character number', 'reference to binary entity', 'reference to external entity in attribute',
  'XML or text declaration not at start of entity', 'unknown encoding',
  'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
  'error in processing external entity reference', 'document is not standalone',
  'unexpected parser state - please send a bug report', 'entity declared in parameter entity',
  'requested feature requires XML_DTD support in Expat', 'cannot change setting once parsing has begun',
  'unbound prefix', 'must not undeclare prefix', 'incomplete markup in parameter entity',
  'XML declaration not well-formed', 'text declaration not well-formed', 'illegal character(s) in public id',
  'parser suspended', 'parser not suspended', 'parsing aborted', 'parsing finished',
  'cannot suspend in external parameter entity',
  'reserved prefix (xml) must not be undeclared or bound to another namespace name',
  'reserved prefix (xmlns) must not be declared or undeclared',
  'prefix must not be bound to one of the reserved namespace names', 'invalid argument',
  'a successful prior call to function XML_GetBuffer is required',
  'limit on input amplification factor (from DTD and entities) breached',
];

export const ERROR_NAMES: string[] = [
  '', 'NO_MEMORY', 'SYNTAX', 'NO_ELEMENTS', 'INVALID_TOKEN', 'UNCLOSED_TOKEN', 'PARTIAL_CHAR', 'TAG_MISMATCH',
  'DUPLICATE_ATTRIBUTE', 'JUNK_AFTER_DOC_ELEMENT', 'PARAM_ENTITY_REF', 'UNDEFINED_ENTITY', 'RECURSIVE_ENTITY_REF',
  'ASYNC_ENTITY', 'BAD_CHAR_REF', 'BINARY_ENTITY_REF', 'ATTRIBUTE_EXTERNAL_ENTITY_REF', 'MISPLACED_XML_PI',
  'UNKNOWN_ENCODING', 'INCORRECT_ENCODING', 'UNCLOSED_CDATA_SECTION', 'EXTERNAL_ENTITY_HANDLING', 'NOT_STANDALONE',
  'UNEXPECTED_STATE', 'ENTITY_DECLARED_IN_PE', 'FEATURE_REQUIRES_XML_DTD', 'CANT_CHANGE_FEATURE_ONCE_PARSING',
  'UNBOUND_PREFIX', 'UNDECLARING_PREFIX', 'INCOMPLETE_PE', 'XML_DECL', 'TEXT_DECL', 'PUBLICID', 'SUSPENDED',
  'NOT_SUSPENDED', 'ABORTED', 'FINISHED', 'SUSPEND_PE', 'RESERVED_PREFIX_XML', 'RESERVED_PREFIX_XMLNS',
  'RESERVED_NAMESPACE_URI', 'INVALID_ARGUMENT', 'NO_BUFFER', 'AMPLIFICATION_LIMIT_BREACH',
];

/** A content model (XML_Content): type, quantifier, name, children. */
export interface ContentModel { type: number; quant: number; name: string | null; children: ContentModel[] }

/** The callbacks; an absent one is "no handler" (what the default handler sees then differs). */
export interface Handlers {
  startElement?: (name: string, attrs: string[], nSpecified: number) => void;
  endElement?: (name: string) => void;
  characterData?: (s: string) => void;
  processingInstruction?: (target: string, data: string) => void;
  comment?: (s: string) => void;
  startCdataSection?: () => void;
  endCdataSection?: () => void;
  xmlDecl?: (version: string | null, encoding: string | null, standalone: number) => void;
  startDoctypeDecl?: (name: string, sysid: string | null, pubid: string | null, hasInternal: number) => void;
  endDoctypeDecl?: () => void;
  entityDecl?: (name: string, isPE: number, value: string | null, base: string | null, sysid: string | null, pubid: string | null, notation: string | null) => void;
  unparsedEntityDecl?: (name: string, base: string | null, sysid: string | null, pubid: string | null, notation: string) => void;
  notationDecl?: (name: string, base: string | null, sysid: string | null, pubid: string | null) => void;
  elementDecl?: (name: string, model: ContentModel) => void;
  attlistDecl?: (elname: string, attname: string, type: string, dflt: string | null, isRequired: number) => void;
  startNamespaceDecl?: (prefix: string | null, uri: string | null) => void;
  endNamespaceDecl?: (prefix: string | null) => void;
  skippedEntity?: (name: string, isPE: number) => void;
  default?: (s: string) => void;
  /** Set together with `default` for DefaultHandlerExpand: references are expanded, not reported. */
  defaultExpand?: boolean;
  externalEntityRef?: (context: string | null, base: string | null, sysid: string | null, pubid: string | null) => number;
  notStandalone?: () => number;
}

/** Thrown inside the parser for a well-formedness error at index `idx` of the current text. */
class XmlError {
  constructor(readonly code: Err, readonly idx: number) {}
}
/** Thrown when a construct runs past the input received so far (not final). */
const NEED_MORE = { needMore: true };

interface Entity {
  name: string;
  value: string | null;
  sysid: string | null;
  pubid: string | null;
  notation: string | null;
  base: string | null;
  open: boolean;
}

interface AttDef { name: string; dflt: string | null; isCdata: boolean }

const enum St { PROLOG0, PROLOG, DOCTYPE_SUBSET, DOCTYPE_END, CONTENT, CDATA, EPILOG, DONE }
const enum Enc { SNIFF, DECL, UTF8, UTF16LE, UTF16BE, LATIN1, ASCII, MAP }

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

// Names: Expat's tables follow XML 1.0 (4th edition) Appendix B; the Unicode classes below match them
// closely enough for real documents. Characters outside the BMP are never name characters in Expat.
const NAME_START = /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const NAME_RE = /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][-.0-9A-Za-z_:\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*/y;
const NAME_CHAR = /[-.0-9A-Za-z_:\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
/** Runs of plain character data in content: stops at markup, references, line ends, `]` and non-characters. */
const DATA_RUN = /[^<&\r\n\]\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]+/y;

/** The end of the run of character data from `i` (surrogate pairs included). */
function dataRun(t: string, i: number): number {
  for (;;) {
    DATA_RUN.lastIndex = i;
    if (DATA_RUN.exec(t) !== null) i = DATA_RUN.lastIndex;
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i += 2;
    else return i;
  }
}
let utf8Fatal: TextDecoder | undefined;
/** What an attribute value's slow path must look at: markup, references, non-characters, surrogates. */
const PLAIN_VALUE_BAD = /[<&\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const PUBID_OK = /^[ \r\na-zA-Z0-9\-'()+,./:=?;!*#@$_%]*$/;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

function isXmlChar(c: number): boolean {
  return c >= 0x20 ? (c < 0xd800 || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)) : (c === 9 || c === 10 || c === 13);
}
function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t';
}


/**
 * XmlInitUnknownEncoding's checks of an unknown encoding's byte map: every ASCII character markup is made of
 * (all but controls and $ @ \\ ^ ` { } ~ DEL) must be itself, no other byte may stand for one, and nothing
 * may lie beyond the BMP.
 */
function usableMap(m: number[]): boolean {
  const free = (c: number): boolean => c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : '$@\\^`{}~\x7f'.includes(String.fromCharCode(c));
  for (let i = 0; i < 128; i++) if (!free(i) && m[i] !== i) return false;
  for (let i = 0; i < 256; i++) {
    const c = m[i];
    if (c >= 0 && c < 0x80 && !free(c) && c !== i) return false;
    if (c > 0xffff) return false;
  }
  return true;
}
export class ExpatParser {
  handlers: Handlers = {};
  /** Namespace separator (null: no namespace processing). */
  nsSep: string | null;
  nsTriplets = false;
  /** The protocol encoding (ParserCreate's, or UTF-8 for str input). */
  protocolEnc: string | null;
  /** Maps an unknown encoding name to its 256 code points (-1: invalid byte), or null (unknown encoding). */
  unknownEncoding: ((name: string) => number[] | null) | null = null;
  base: string | null = null;
  paramEntityParsing = 0;
  useForeignDTD = false;

  errorCode: Err = Err.NONE;
  errLine = 0;
  errCol = 0;
  errByte = -1;
  /** True once Parse has been called (settings are frozen). */
  started = false;
  finished = false;
  /** Set by the owner when a handler raised: parsing stops at once. */
  aborted = false;

  // Input: undecoded bytes and the decoded text not yet consumed.
  private raw: Uint8Array = new Uint8Array(0);
  private enc: Enc = Enc.SNIFF;
  private map: number[] | null = null;
  private text = '';
  private pos = 0;
  private final = false;
  private totalBytes = 0;
  /** Position tracking: text index `tIdx` is at line `tLine`, column `tCol`, byte `tByte`. */
  private tIdx = 0;
  private tLine = 1;
  private tCol = 0;
  private tByte = 0;
  private tPendingCR = false;
  /** The start of the event being reported (an index into text), or -1. */
  eventIdx = -1;
  /** In an entity's replacement text: where the reference stands in the document. */
  private refIdx = -1;

  private state: St = St.PROLOG0;
  private tagStack: string[] = [];
  /** Namespace bindings pushed per element: [prefix, previous uri] pairs. */
  private nsStack: Array<Array<[string | null, string | null | undefined]>> = [];
  private ns = new Map<string | null, string | null>();
  private entities = new Map<string, Entity>();
  private paramEntities = new Map<string, Entity>();
  private attDefs = new Map<string, AttDef[]>();
  private hasDoctype = false;
  private hasExternalSubset = false;
  private hasParamRefs = false;
  private standalone = -1;
  private declEncoding: string | null = null;
  private entityDepth = 0;
  private keepProcessing = true;
  /** Text produced by entity expansion, for Expat's billion-laughs protection. */
  private indirect = 0;
  /** An external entity's parser (ExternalEntityParserCreate): content without a root, or the external subset. */
  private fragment = false;
  private extSubset = false;
  /** A text declaration may still come (the first token of an external entity). */
  private atStart = false;

  constructor(encoding: string | null, nsSep: string | null) {
    this.protocolEnc = encoding;
    this.nsSep = nsSep;
    if (nsSep !== null) this.ns.set('xml', XML_NS);
  }

  /** XML_ExternalEntityParserCreate: shares the DTD and the namespace bindings; `context` null is the external subset. */
  externalEntityParser(context: string | null, encoding: string | null): ExpatParser {
    const p = new ExpatParser(encoding, this.nsSep);
    p.nsTriplets = this.nsTriplets;
    p.entities = this.entities;
    p.paramEntities = this.paramEntities;
    p.attDefs = this.attDefs;
    p.base = this.base;
    p.hasDoctype = this.hasDoctype;
    p.hasExternalSubset = this.hasExternalSubset;
    p.hasParamRefs = this.hasParamRefs;
    p.standalone = this.standalone;
    p.ns = new Map(this.ns);
    p.unknownEncoding = this.unknownEncoding;
    p.atStart = true;
    if (context === null) {
      p.state = St.DOCTYPE_SUBSET;
      p.extSubset = true;
    } else {
      p.state = St.CONTENT;
      p.fragment = true;
    }
    return p;
  }

  /** XML_Parse: returns false on a well-formedness error (errorCode set); handlers' exceptions pass through. */
  parse(data: Uint8Array, isFinal: boolean): boolean {
    if (this.errorCode !== Err.NONE) return false;
    if (this.finished) {
      this.setError(Err.FINISHED, -2);
      return false;
    }
    this.started = true;
    this.final = isFinal;
    this.totalBytes += data.length;
    try {
      this.feed(data);
      this.run();
      if (isFinal) {
        this.finish();
        this.finished = true;
      }
      this.compact();
      return true;
    } catch (e) {
      if (e instanceof XmlError) {
        this.setError(e.code, e.idx);
        return false;
      }
      if (this.aborted) this.errorCode = Err.ABORTED;
      throw e;
    }
  }

  private setError(code: Err, idx: number): void {
    this.errorCode = code;
    if (idx === -2) return;
    this.advance(idx);
    this.errLine = this.tLine;
    this.errCol = this.tCol;
    this.errByte = this.totalBytes === 0 ? -1 : this.tByte;
    this.eventIdx = idx;
  }

  // -------------------------------------------------------------------------
  // Positions

  /** Moves the position tracker to text index `idx` (never backwards). */
  private advance(idx: number): void {
    const t = this.text;
    let i = this.tIdx, line = this.tLine, col = this.tCol, byte = this.tByte;
    const enc = this.enc;
    if (idx > t.length) idx = t.length;
    while (i < idx) {
      const c = t.charCodeAt(i++);
      if (c === 10) {
        if (this.tPendingCR) this.tPendingCR = false;
        else {
          line++;
          col = 0;
        }
        byte += enc === Enc.UTF16BE || enc === Enc.UTF16LE ? 2 : 1;
        continue;
      }
      this.tPendingCR = false;
      if (c === 13) {
        line++;
        col = 0;
        this.tPendingCR = true;
        byte += enc === Enc.UTF16BE || enc === Enc.UTF16LE ? 2 : 1;
        continue;
      }
      if (enc === Enc.UTF16BE || enc === Enc.UTF16LE) byte += 2;
      else if (enc === Enc.UTF8 || enc === Enc.SNIFF || enc === Enc.DECL) byte += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : c >= 0xdc00 && c < 0xe000 ? 2 : 3;
      else byte += 1;
      // A surrogate pair is one character.
      if (!(c >= 0xdc00 && c < 0xe000 && i >= 2 && t.charCodeAt(i - 2) >= 0xd800 && t.charCodeAt(i - 2) < 0xdc00)) col++;
    }
    this.tIdx = i;
    this.tLine = line;
    this.tCol = col;
    this.tByte = byte;
  }

  private where(): number {
    if (this.eventIdx >= 0 && this.refIdx < 0) this.advance(this.eventIdx);
    else if (this.refIdx >= 0) this.advance(this.refIdx);
    return 0;
  }
  get currentLine(): number {
    this.where();
    return this.tLine;
  }
  get currentColumn(): number {
    this.where();
    return this.tCol;
  }
  get currentByte(): number {
    if (this.eventIdx < 0 && this.tIdx === 0 && this.totalBytes === 0) return -1;
    this.where();
    return this.tByte;
  }

  /** Drops consumed text (the tracker moves to the consumption point first). */
  private compact(): void {
    this.advance(this.pos);
    if (this.pos > 0) {
      this.text = this.text.slice(this.pos);
      this.pos = 0;
      this.tIdx = 0;
    }
    this.eventIdx = 0;
  }

  /** The input context (GetInputContext): the raw text from the current event to the end of the buffer. */
  inputContext(): string {
    const i = this.refIdx >= 0 ? this.refIdx : this.eventIdx < 0 ? this.pos : this.eventIdx;
    return this.text.slice(i);
  }

  // -------------------------------------------------------------------------
  // Decoding

  private feed(data: Uint8Array): void {
    if (data.length > 0) {
      if (this.raw.length === 0) this.raw = data.slice();
      else {
        const r = new Uint8Array(this.raw.length + data.length);
        r.set(this.raw);
        r.set(data, this.raw.length);
        this.raw = r;
      }
    }
    this.decode();
  }

  private encodingByName(name: string): Enc | -1 {
    const n = name.toUpperCase();
    if (n === 'UTF-8') return Enc.UTF8;
    if (n === 'ISO-8859-1') return Enc.LATIN1;
    if (n === 'US-ASCII') return Enc.ASCII;
    if (n === 'UTF-16LE') return Enc.UTF16LE;
    if (n === 'UTF-16BE') return Enc.UTF16BE;
    if (n === 'UTF-16') return Enc.UTF16BE;
    return -1;
  }

  private setEncoding(name: string, idx: number): void {
    const e = this.encodingByName(name);
    if (e !== -1) {
      this.enc = e;
      return;
    }
    const m = this.unknownEncoding === null ? null : this.unknownEncoding(name);
    if (m === null || !usableMap(m)) throw new XmlError(Err.UNKNOWN_ENCODING, idx);
    this.map = m;
    this.enc = Enc.MAP;
  }

  private decode(): void {
    let raw = this.raw;
    if (this.enc === Enc.SNIFF) {
      if (raw.length < 4 && !this.final) {
        // Too little to tell, unless it already cannot be a BOM or a declaration.
        if (raw.length === 0) return;
        const b0 = raw[0];
        if (b0 === 0xef || b0 === 0xfe || b0 === 0xff || b0 === 0 || b0 === 0x3c) return;
      }
      let skip = 0;
      let enc: Enc | -1 = -1;
      if (raw.length >= 2 && raw[0] === 0xfe && raw[1] === 0xff) { enc = Enc.UTF16BE; skip = 2; }
      else if (raw.length >= 2 && raw[0] === 0xff && raw[1] === 0xfe) { enc = Enc.UTF16LE; skip = 2; }
      else if (raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) { enc = Enc.UTF8; skip = 3; }
      // A NUL in the first two bytes can only be UTF-16 (Expat's initScan).
      else if (raw.length >= 2 && raw[0] === 0) enc = Enc.UTF16BE;
      else if (raw.length >= 2 && raw[1] === 0) enc = Enc.UTF16LE;
      if (this.protocolEnc !== null) {
        const p = this.encodingByName(this.protocolEnc);
        // A UTF-16 protocol encoding follows the BOM's byte order.
        if (p === Enc.UTF16BE && this.protocolEnc.toUpperCase() === 'UTF-16' && enc === Enc.UTF16LE) enc = Enc.UTF16LE;
        else if (p !== -1 && !(enc === Enc.UTF8 && p === Enc.UTF8)) {
          if (skip > 0 && !((p === Enc.UTF16BE || p === Enc.UTF16LE) && skip === 2)) skip = 0;
          enc = p;
        } else if (p === -1) {
          this.setEncoding(this.protocolEnc, 0);
          enc = this.enc;
          skip = 0;
        }
      }
      if (skip > 0) {
        // Expat counts the byte order mark as a column.
        this.tByte += skip;
        this.tCol += 1;
        raw = raw.subarray(skip);
      }
      if (enc === -1) {
        // 8-bit: the XML declaration may name the encoding. It is ASCII: decode just it, then decide.
        if (raw.length >= 5 && raw[0] === 0x3c && raw[1] === 0x3f && raw[2] === 0x78 && raw[3] === 0x6d && raw[4] === 0x6c) {
          let end = -1;
          for (let i = 5; i + 1 < raw.length; i++) {
            if (raw[i] === 0x3f && raw[i + 1] === 0x3e) { end = i + 2; break; }
            if (raw[i] === 0x3e) break;
          }
          if (end < 0) {
            let gt = raw.indexOf(0x3e);
            if (gt < 0 && !this.final) {
              this.raw = raw;
              return;
            }
            end = gt < 0 ? raw.length : gt + 1;
          }
          // Decoded as UTF-8 (the 8-bit default) up to its end; the rest waits for its encoding.
          this.enc = Enc.UTF8;
          this.raw = raw.subarray(0, end);
          this.decodeRaw();
          this.raw = concat(this.raw, raw.subarray(end));
          this.enc = Enc.DECL;
          return;
        }
        if (raw.length < 5 && !this.final && raw.length > 0 && raw[0] === 0x3c) {
          // "<?xm" so far: wait.
          const pre = [0x3c, 0x3f, 0x78, 0x6d, 0x6c];
          let ok = true;
          for (let i = 0; i < raw.length; i++) if (raw[i] !== pre[i]) ok = false;
          if (ok) {
            this.raw = raw;
            return;
          }
        }
        enc = Enc.UTF8;
      }
      this.enc = enc;
    }
    if (this.enc === Enc.DECL) {
      this.raw = raw;
      return;
    }
    this.raw = raw;
    this.decodeRaw();
  }

  private decodeRaw(): void {
    const raw = this.raw;
    const n = raw.length;
    if (n === 0) return;
    let out = '';
    let i = 0;
    const parts: number[] = [];
    const flush = (): void => {
      out += String.fromCharCode.apply(null, parts);
      parts.length = 0;
    };
    switch (this.enc) {
      case Enc.UTF8: {
        // Fast path: all of it but a partial character at the end is valid UTF-8.
        let cut = n;
        for (let k = n - 1; k >= 0 && k >= n - 3; k--) {
          const b = raw[k];
          if (b < 0x80) break;
          if (b >= 0xc0) {
            const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
            if (k + len > n) cut = k;
            break;
          }
        }
        try {
          out = (utf8Fatal ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(raw.subarray(0, cut));
          i = cut;
        } catch {
          out = '';
        }
        while (i < n) {
          const b = raw[i];
          if (b < 0x80) {
            parts.push(b);
            i++;
          } else {
            let need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
            if (need < 0) {
              parts.push(0xffff);
              i++;
            } else if (i + need >= n + 0 && i + need > n - 1 && i + need >= n) {
              // Incomplete at the end of the input so far.
              let valid = true;
              for (let k = 1; i + k < n; k++) if ((raw[i + k] & 0xc0) !== 0x80) valid = false;
              // A partial character stays undecoded; at the end of the input it is an error (finish).
              if (valid) break;
              parts.push(0xffff);
              i++;
            } else {
              let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
              let ok = true;
              for (let k = 1; k <= need; k++) {
                const c = raw[i + k];
                if ((c & 0xc0) !== 0x80) { ok = false; break; }
                cp = (cp << 6) | (c & 0x3f);
              }
              if (ok && ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff)))) ok = false;
              if (!ok) {
                parts.push(0xffff);
                i++;
              } else {
                if (cp >= 0x10000) {
                  cp -= 0x10000;
                  parts.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
                } else parts.push(cp);
                i += need + 1;
              }
            }
          }
          if (parts.length >= 8192) flush();
        }
        break;
      }
      case Enc.UTF16LE:
      case Enc.UTF16BE: {
        const le = this.enc === Enc.UTF16LE;
        while (i + 1 < n) {
          parts.push(le ? raw[i] | (raw[i + 1] << 8) : (raw[i] << 8) | raw[i + 1]);
          i += 2;
          if (parts.length >= 8192) flush();
        }
        break;
      }
      case Enc.LATIN1:
        for (; i < n; i++) {
          parts.push(raw[i]);
          if (parts.length >= 8192) flush();
        }
        break;
      case Enc.ASCII:
        for (; i < n; i++) {
          parts.push(raw[i] < 0x80 ? raw[i] : 0xffff);
          if (parts.length >= 8192) flush();
        }
        break;
      case Enc.MAP: {
        const m = this.map!;
        for (; i < n; i++) {
          const c = m[raw[i]];
          if (c < 0) parts.push(0xffff);
          else if (c >= 0x10000) parts.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
          else parts.push(c);
          if (parts.length >= 8192) flush();
        }
        break;
      }
    }
    flush();
    this.text += out;
    this.raw = i >= n ? new Uint8Array(0) : raw.slice(i);
  }

  // -------------------------------------------------------------------------
  // Scanning helpers

  /** The character at `i`, or a request for more input (an unclosed token from `start` when final). */
  private ch(i: number, start: number, code: Err = Err.UNCLOSED_TOKEN): string {
    if (i < this.text.length) return this.text[i];
    if (!this.final) throw NEED_MORE;
    throw new XmlError(code, start);
  }

  /** An invalid-character check for markup: non-characters are invalid tokens. */
  private checkChar(i: number): void {
    const c = this.text.charCodeAt(i);
    if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c >= 0xfffe || (c >= 0xdc00 && c < 0xe000 && !(i > 0 && (this.text.charCodeAt(i - 1) & 0xfc00) === 0xd800))) throw new XmlError(Err.INVALID_TOKEN, i);
    if (c >= 0xd800 && c < 0xdc00) {
      const d = this.text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d < 0xe000) && i + 1 < this.text.length) throw new XmlError(Err.INVALID_TOKEN, i);
    }
  }

  /** A Name at `i` (the index past it), or an invalid token at the first bad character. */
  private name(i: number, start: number): number {
    const c = this.ch(i, start);
    if (!NAME_START.test(c)) throw new XmlError(Err.INVALID_TOKEN, i);
    NAME_RE.lastIndex = i;
    NAME_RE.exec(this.text);
    const end = NAME_RE.lastIndex;
    if (end >= this.text.length) this.ch(end, start);
    return end;
  }

  private skipSpace(i: number, start: number): number {
    while (isSpace(this.ch(i, start))) i++;
    return i;
  }

  /** Finds `s` from `i`, checking characters on the way; returns its index. */
  private find(s: string, i: number, start: number, code: Err = Err.UNCLOSED_TOKEN): number {
    const t = this.text;
    const j = t.indexOf(s, i);
    const end = j < 0 ? t.length : j;
    for (let k = i; k < end; k++) this.checkChar(k);
    if (j < 0) {
      if (!this.final) throw NEED_MORE;
      throw new XmlError(code, start);
    }
    return j;
  }

  // -------------------------------------------------------------------------
  // The processor

  private run(): void {
    while (!this.aborted && this.state !== St.DONE) {
      const p = this.pos;
      if (p >= this.text.length) {
        if (this.enc === Enc.DECL && this.raw.length === 0 && !this.final) return;
        if (this.enc === Enc.DECL) {
          // The declaration's text was not one: decode the rest as UTF-8.
          this.enc = Enc.UTF8;
          this.decodeRaw();
          if (p >= this.text.length) return;
        } else return;
      }
      try {
        switch (this.state) {
          case St.PROLOG0:
          case St.PROLOG:
          case St.EPILOG:
            this.misc();
            break;
          case St.DOCTYPE_SUBSET:
            this.subsetDecl();
            break;
          case St.DOCTYPE_END: {
            const i = this.skipSpace(p, p);
            if (i > p) {
              this.pos = i;
              this.dflt(p, i);
              break;
            }
            if (this.text[i] !== '>') throw new XmlError(Err.SYNTAX, i);
            this.emitDoctypeEnd(i + 1);
            break;
          }
          case St.CONTENT:
            this.content();
            break;
          case St.CDATA:
            this.cdataText();
            break;
        }
      } catch (e) {
        if (e === NEED_MORE) {
          if (this.enc === Enc.DECL) {
            this.enc = Enc.UTF8;
            this.decodeRaw();
            continue;
          }
          return;
        }
        throw e;
      }
    }
  }

  /** At the end of the final input: what is still open is an error. */
  private finish(): void {
    if (this.pos < this.text.length) return;
    if (this.raw.length > 0 && this.enc !== Enc.DECL) {
      const wide = this.enc === Enc.UTF16BE || this.enc === Enc.UTF16LE;
      throw new XmlError(wide ? Err.UNCLOSED_TOKEN : Err.PARTIAL_CHAR, this.text.length);
    }
    if (this.fragment) {
      if (this.tagStack.length > 0) throw new XmlError(Err.ASYNC_ENTITY, this.text.length);
      return;
    }
    if (this.raw.length > 0) {
      const wide = this.enc === Enc.UTF16BE || this.enc === Enc.UTF16LE;
      throw new XmlError(wide ? Err.UNCLOSED_TOKEN : Err.PARTIAL_CHAR, this.text.length);
    }
    if (this.extSubset) return;
    if (this.state === St.CDATA) throw new XmlError(Err.UNCLOSED_CDATA_SECTION, this.text.length);
    if (this.state === St.CONTENT || this.state === St.PROLOG0 || this.state === St.PROLOG) {
      throw new XmlError(Err.NO_ELEMENTS, this.text.length);
    }
    if (this.state === St.DOCTYPE_SUBSET || this.state === St.DOCTYPE_END) throw new XmlError(Err.NO_ELEMENTS, this.text.length);
  }

  /** Reports `raw` to the default handler when the specific handler is absent. */
  private dflt(start: number, end: number): void {
    const d = this.handlers.default;
    if (d !== undefined) {
      this.eventIdx = start;
      d(this.normalizeNl(this.text.slice(start, end)));
    }
  }

  private normalizeNl(s: string): string {
    return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
  }

  /** Prolog and epilog: white space, comments, PIs, the DOCTYPE, the root element. */
  private misc(): void {
    const t = this.text;
    const p = this.pos;
    const c = t[p];
    if (isSpace(c)) {
      let i = p;
      while (i < t.length && isSpace(t[i])) i++;
      if (i >= t.length && !this.final && t[i - 1] === '\r') i--;
      if (i === p) throw NEED_MORE;
      this.pos = i;
      if (this.state === St.PROLOG0) this.state = St.PROLOG;
      this.dflt(p, i);
      return;
    }
    if (c !== '<') this.prologJunk(p);
    const c1 = this.ch(p + 1, p);
    if (c1 === '?') {
      this.pi(p, this.state === St.PROLOG0);
      if (this.state === St.PROLOG0) this.state = St.PROLOG;
      return;
    }
    if (c1 === '!') {
      const c2 = this.ch(p + 2, p);
      if (c2 === '-') {
        this.comment(p);
        if (this.state === St.PROLOG0) this.state = St.PROLOG;
        return;
      }
      if (this.state === St.EPILOG) throw new XmlError(Err.INVALID_TOKEN, p + 2);
      for (let k = 0; k < 7; k++) {
        const ck = this.ch(p + 2 + k, p);
        if (ck !== 'DOCTYPE'[k]) throw new XmlError(Err.INVALID_TOKEN, p + 2 + k);
      }
      if (this.hasDoctype) throw new XmlError(Err.SYNTAX, p);
      this.doctype(p);
      return;
    }
    if (this.state === St.EPILOG) {
      if (NAME_START.test(c1)) throw new XmlError(Err.JUNK_AFTER_DOC_ELEMENT, p);
      throw new XmlError(Err.INVALID_TOKEN, p + 1);
    }
    this.startTag(p);
  }

  /**
   * Something other than markup or white space outside the root element: Expat's prolog tokenizer
   * accepts names, literals and DTD punctuation as tokens (a syntax error before the root, junk after
   * it); anything else is an invalid token.
   */
  private prologJunk(p: number): never {
    const t = this.text;
    const c = t[p];
    const code = this.state === St.EPILOG ? Err.JUNK_AFTER_DOC_ELEMENT : Err.SYNTAX;
    this.checkChar(p);
    if (NAME_CHAR.test(c)) {
      let i = p + 1;
      while (NAME_CHAR.test(this.ch(i, p, code))) i++;
      const d = t[i];
      if (isSpace(d) || '%[]()|,>"\'?*+'.includes(d)) throw new XmlError(code, p);
      throw new XmlError(Err.INVALID_TOKEN, i);
    }
    if ('[]()|,%>"\''.includes(c)) throw new XmlError(code, p);
    throw new XmlError(Err.INVALID_TOKEN, p);
  }

  private pi(p: number, atStart: boolean): void {
    const nEnd = this.name(p + 2, p);
    const target = this.text.slice(p + 2, nEnd);
    let i = nEnd;
    let data = '';
    let end: number;
    if (this.ch(i, p) === '?') {
      if (this.ch(i + 1, p) !== '>') throw new XmlError(Err.INVALID_TOKEN, i + 1);
      end = i + 2;
    } else {
      if (!isSpace(this.text[i])) throw new XmlError(Err.INVALID_TOKEN, i);
      i = this.skipSpace(i, p);
      const q = this.find('?>', i, p);
      data = this.text.slice(i, q);
      end = q + 2;
    }
    if (target.toLowerCase() === 'xml') {
      if (target !== 'xml' || !atStart || this.entityDepth > 0) throw new XmlError(Err.MISPLACED_XML_PI, p);
      this.pos = end;
      this.xmlDecl(p, nEnd, end);
      return;
    }
    this.pos = end;
    const h = this.handlers.processingInstruction;
    if (h !== undefined) {
      this.eventIdx = p;
      h(target, this.normalizeNl(data));
    } else this.dflt(p, end);
  }

  /** The XML declaration: version, encoding, standalone, in that order. */
  private xmlDecl(p: number, i: number, end: number): void {
    const t = this.text;
    let version: string | null = null, encoding: string | null = null, standalone = -1;
    let encIdx = -1;
    const stop = end - 2;
    let k = i;
    const bad = (at: number): never => {
      throw new XmlError(Err.XML_DECL, at);
    };
    let n = 0;
    for (;;) {
      const s0 = k;
      while (k < stop && isSpace(t[k])) k++;
      if (k >= stop) break;
      if (k === s0) bad(k);
      const ns = k;
      while (k < stop && /[a-zA-Z]/.test(t[k])) k++;
      const nm = t.slice(ns, k);
      while (k < stop && isSpace(t[k])) k++;
      if (t[k] !== '=') bad(ns);
      k++;
      while (k < stop && isSpace(t[k])) k++;
      const q = t[k];
      if (q !== '"' && q !== "'") bad(ns);
      const ve = t.indexOf(q, k + 1);
      if (ve < 0 || ve >= stop) bad(ns);
      const val = t.slice(k + 1, ve);
      if (nm === 'version' && n === 0) {
        if (!/^[a-zA-Z0-9_.:-]+$/.test(val)) bad(k + 1);
        version = val;
        n = 1;
      } else if (nm === 'encoding' && (n === 1 || (n === 0 && (this.fragment || this.extSubset)))) {
        if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(val)) bad(k + 1);
        encoding = val;
        encIdx = k + 1;
        n = 2;
      } else if (nm === 'standalone' && n >= 1 && n <= 2) {
        if (val === 'yes') standalone = 1;
        else if (val === 'no') standalone = 0;
        else bad(k + 1);
        n = 3;
      } else bad(ns);
      k = ve + 1;
    }
    if (version === null && !(this.fragment || this.extSubset)) bad(p);
    this.standalone = standalone;
    this.declEncoding = encoding;
    const h = this.handlers.xmlDecl;
    if (h !== undefined) {
      this.eventIdx = p;
      h(version, encoding, standalone);
    } else this.dflt(p, end);
    // The declared encoding applies unless the protocol named one.
    const wasDecl = this.enc === Enc.DECL;
    if (this.protocolEnc === null && encoding !== null) {
      const e = this.encodingByName(encoding);
      const wide = this.enc === Enc.UTF16BE || this.enc === Enc.UTF16LE;
      if (wide) {
        if (e !== Enc.UTF16BE && e !== Enc.UTF16LE) throw new XmlError(Err.INCORRECT_ENCODING, encIdx);
      } else if (e === Enc.UTF16BE || e === Enc.UTF16LE) throw new XmlError(Err.INCORRECT_ENCODING, encIdx);
      else if (wasDecl) this.setEncoding(encoding, encIdx);
    } else if (wasDecl) {
      this.enc = Enc.UTF8;
      if (this.protocolEnc !== null) this.setEncoding(this.protocolEnc, encIdx);
    }
    if (wasDecl) {
      if (this.enc === Enc.DECL) this.enc = Enc.UTF8;
      this.decodeRaw();
    }
  }

  private comment(p: number): void {
    if (this.ch(p + 3, p) !== '-') throw new XmlError(Err.INVALID_TOKEN, p + 3);
    const t = this.text;
    let i = p + 4;
    for (;;) {
      const j = this.find('--', i, p);
      if (this.ch(j + 2, p) !== '>') throw new XmlError(Err.INVALID_TOKEN, j + 2);
      i = j;
      break;
    }
    const end = i + 3;
    this.pos = end;
    const h = this.handlers.comment;
    if (h !== undefined) {
      this.eventIdx = p;
      h(this.normalizeNl(t.slice(p + 4, i)));
    } else this.dflt(p, end);
  }

  // -------------------------------------------------------------------------
  // DOCTYPE and the internal subset

  /** A quoted literal at `i`: [value, index past it]. */
  private literal(i: number, start: number): [string, number] {
    const q = this.ch(i, start);
    if (q !== '"' && q !== "'") throw new XmlError(Err.SYNTAX, i);
    const j = this.find(q, i + 1, start);
    return [this.text.slice(i + 1, j), j + 1];
  }

  /** An external ID (SYSTEM "s" | PUBLIC "p" "s"): [sysid, pubid, index past it]; the system literal is optional when `pubOnlyOk`. */
  private externalId(i: number, start: number, pubOnlyOk: boolean): [string | null, string | null, number] {
    const t = this.text;
    const kwEnd = this.name(i, start);
    const kw = t.slice(i, kwEnd);
    if (kw === 'SYSTEM') {
      const j = this.skipSpace(kwEnd, start);
      if (j === kwEnd) throw new XmlError(Err.SYNTAX, j);
      const [s, e] = this.literal(j, start);
      return [s, null, e];
    }
    if (kw === 'PUBLIC') {
      const j = this.skipSpace(kwEnd, start);
      if (j === kwEnd) throw new XmlError(Err.SYNTAX, j);
      const [pub, e] = this.literal(j, start);
      if (!PUBID_OK.test(pub)) throw new XmlError(Err.PUBLICID, j);
      const k = this.skipSpace(e, start);
      const c = this.ch(k, start);
      if (c !== '"' && c !== "'") {
        if (!pubOnlyOk) throw new XmlError(Err.SYNTAX, k);
        return [null, pub.replace(/[ \r\n]+/g, ' ').trim(), e];
      }
      if (k === e) throw new XmlError(Err.SYNTAX, k);
      const [sys, e2] = this.literal(k, start);
      return [sys, pub.replace(/[ \r\n]+/g, ' ').trim(), e2];
    }
    throw new XmlError(Err.SYNTAX, i);
  }

  private doctypeName = '';
  private doctypeSys: string | null = null;
  private doctypePub: string | null = null;

  private doctype(p: number): void {
    const t = this.text;
    let i = p + 9;
    const j = this.skipSpace(i, p);
    if (j === i) throw new XmlError(Err.SYNTAX, j);
    const nEnd = this.name(j, p);
    const name = t.slice(j, nEnd);
    i = this.skipSpace(nEnd, p);
    let sys: string | null = null, pub: string | null = null;
    let c = this.ch(i, p);
    if (c !== '[' && c !== '>') {
      if (i === nEnd) throw new XmlError(Err.INVALID_TOKEN, i);
      [sys, pub, i] = this.externalId(i, p, false);
      i = this.skipSpace(i, p);
      c = this.ch(i, p);
    }
    if (c !== '[' && c !== '>') throw new XmlError(Err.SYNTAX, i);
    this.hasDoctype = true;
    this.doctypeName = name;
    this.doctypeSys = sys;
    this.doctypePub = pub;
    if (sys !== null) {
      this.hasExternalSubset = true;
      this.notStandalone(p);
    }
    this.pos = c === '[' ? i + 1 : i;
    this.state = c === '[' ? St.DOCTYPE_SUBSET : St.DOCTYPE_END;
    const h = this.handlers.startDoctypeDecl;
    if (h !== undefined) {
      this.eventIdx = p;
      h(name, sys, pub, c === '[' ? 1 : 0);
    } else if (this.handlers.default !== undefined) {
      // The default handler sees the declaration token by token, as Expat's prolog tokenizer splits it.
      const piece = /<!DOCTYPE|[ \t\r\n]+|"[^"]*"|'[^']*'|\[|[^ \t\r\n"'[>]+/y;
      piece.lastIndex = p;
      const stop = this.pos;
      while (piece.lastIndex < stop && !this.aborted) {
        const from = piece.lastIndex;
        if (piece.exec(t) === null) break;
        this.dflt(from, piece.lastIndex);
      }
    }
    if (c === '>' && !this.aborted) this.emitDoctypeEnd(i + 1);
  }

  /** A reference to an external DTD part that is not read: the document depends on it unless standalone. */
  private notStandalone(at: number): void {
    if (this.standalone === 1 || this.paramEntityParsing !== 0) return;
    const ns = this.handlers.notStandalone;
    if (ns !== undefined) {
      this.eventIdx = at;
      if (!ns()) throw new XmlError(Err.NOT_STANDALONE, at);
    }
  }

  private emitDoctypeEnd(end: number): void {
    const start = this.pos;
    this.pos = end;
    this.state = St.PROLOG;
    // The external subset: read through the handler when parameter entity parsing asks for it.
    if ((this.hasExternalSubset || this.useForeignDTD) && this.paramEntityParsing !== 0 && !(this.paramEntityParsing === 1 && this.standalone === 1)) {
      const x = this.handlers.externalEntityRef;
      if (x !== undefined) {
        this.eventIdx = start;
        if (!x(null, this.base, this.doctypeSys, this.doctypePub)) throw new XmlError(Err.EXTERNAL_ENTITY_HANDLING, start);
      }
    }
    const h = this.handlers.endDoctypeDecl;
    if (h !== undefined) {
      this.eventIdx = start;
      h();
    } else this.dflt(start, end);
  }

  private subsetDecl(): void {
    const t = this.text;
    const p = this.pos;
    const c = t[p];
    if (isSpace(c)) {
      let i = p;
      while (i < t.length && isSpace(t[i])) i++;
      this.pos = i;
      this.dflt(p, i);
      return;
    }
    if (c === ']' && !this.extSubset) {
      this.pos = p + 1;
      this.state = St.DOCTYPE_END;
      return;
    }
    if (c === '%') {
      const e = this.name(p + 1, p);
      if (this.ch(e, p) !== ';') throw new XmlError(Err.INVALID_TOKEN, e);
      const name = t.slice(p + 1, e);
      this.pos = e + 1;
      this.hasParamRefs = true;
      const ent = this.paramEntities.get(name);
      if (ent === undefined && this.standalone === 1) throw new XmlError(Err.UNDEFINED_ENTITY, p);
      if (ent !== undefined && ent.value !== null) {
        // Internal parameter entities are replaced in the internal subset.
        this.text = t.slice(0, this.pos) + ent.value + t.slice(this.pos);
        return;
      }
      // Declarations after an unread parameter entity are not processed (Expat's keepProcessing).
      if (this.standalone !== 1) this.keepProcessing = false;
      this.notStandalone(p);
      if (ent !== undefined && this.paramEntityParsing !== 0) {
        const x = this.handlers.externalEntityRef;
        if (x !== undefined) {
          this.eventIdx = p;
          if (!x(null, ent.base, ent.sysid, ent.pubid)) throw new XmlError(Err.EXTERNAL_ENTITY_HANDLING, p);
          return;
        }
      }
      if (ent !== undefined) {
        const sk = this.handlers.skippedEntity;
        if (sk !== undefined) {
          this.eventIdx = p;
          sk(name, 1);
          return;
        }
      }
      this.dflt(p, e + 1);
      return;
    }
    if (c !== '<') {
      this.checkChar(p);
      throw new XmlError(Err.INVALID_TOKEN, p);
    }
    const c1 = this.ch(p + 1, p);
    if (c1 === '?') {
      this.pi(p, this.atStart && p === 0);
      this.atStart = false;
      return;
    }
    this.atStart = false;
    if (c1 !== '!') throw new XmlError(Err.INVALID_TOKEN, p + 1);
    const c2 = this.ch(p + 2, p);
    if (c2 === '-') {
      this.comment(p);
      return;
    }
    const kEnd = this.name(p + 2, p);
    const kw = t.slice(p + 2, kEnd);
    if (kw === 'ENTITY') this.entityDecl(p, kEnd);
    else if (kw === 'ELEMENT') this.elementDecl(p, kEnd);
    else if (kw === 'ATTLIST') this.attlistDecl(p, kEnd);
    else if (kw === 'NOTATION') this.notationDecl(p, kEnd);
    else throw new XmlError(Err.SYNTAX, p);
  }

  /** Requires white space at `i`; returns the index past it. */
  private needSpace(i: number, start: number): number {
    const j = this.skipSpace(i, start);
    if (j === i) throw new XmlError(Err.SYNTAX, i);
    return j;
  }

  /** The end of a declaration: optional space, then '>'. */
  private declEnd(i: number, start: number): number {
    i = this.skipSpace(i, start);
    if (this.ch(i, start) !== '>') throw new XmlError(Err.SYNTAX, i);
    return i + 1;
  }

  /** An entity value: character references and parameter entities replaced, general references kept. */
  private entityValue(v: string, at: number): string {
    if (v.indexOf('&') < 0 && v.indexOf('%') < 0) return v;
    let out = '';
    let i = 0;
    while (i < v.length) {
      const c = v[i];
      if (c === '&' && v[i + 1] === '#') {
        const semi = v.indexOf(';', i);
        if (semi < 0) throw new XmlError(Err.INVALID_TOKEN, at);
        out += this.charRefValue(v.slice(i + 2, semi), at);
        i = semi + 1;
      } else if (c === '%') {
        const semi = v.indexOf(';', i);
        const name = v.slice(i + 1, semi);
        const ent = this.paramEntities.get(name);
        if (semi < 0 || ent === undefined) throw new XmlError(Err.PARAM_ENTITY_REF, at);
        out += ent.value ?? '';
        i = semi + 1;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  private entityDecl(p: number, i: number): void {
    const t = this.text;
    i = this.needSpace(i, p);
    let isPE = false;
    if (this.ch(i, p) === '%') {
      isPE = true;
      i = this.needSpace(i + 1, p);
    }
    const nEnd = this.name(i, p);
    const name = t.slice(i, nEnd);
    i = this.needSpace(nEnd, p);
    const c = this.ch(i, p);
    const ent: Entity = { name, value: null, sysid: null, pubid: null, notation: null, base: this.base, open: false };
    let end: number;
    if (c === '"' || c === "'") {
      const [v, e] = this.literal(i, p);
      ent.value = this.normalizeNl(this.entityValue(v, i));
      ent.base = null;
      end = this.declEnd(e, p);
    } else {
      let e: number;
      [ent.sysid, ent.pubid, e] = this.externalId(i, p, false);
      const k = this.skipSpace(e, p);
      if (!isPE && this.ch(k, p) !== '>' && k > e) {
        const kwEnd = this.name(k, p);
        if (t.slice(k, kwEnd) !== 'NDATA') throw new XmlError(Err.SYNTAX, k);
        const ns = this.needSpace(kwEnd, p);
        const ne = this.name(ns, p);
        ent.notation = t.slice(ns, ne);
        e = ne;
      }
      end = this.declEnd(e, p);
    }
    this.pos = end;
    const table = isPE ? this.paramEntities : this.entities;
    const first = !table.has(name) && this.keepProcessing;
    if (first) table.set(name, ent);
    this.eventIdx = p;
    if (first) {
      if (ent.notation !== null && this.handlers.unparsedEntityDecl !== undefined) {
        this.handlers.unparsedEntityDecl(name, ent.base, ent.sysid, ent.pubid, ent.notation);
        return;
      }
      const h = this.handlers.entityDecl;
      if (h !== undefined) {
        h(name, isPE ? 1 : 0, ent.value, ent.base, ent.sysid, ent.pubid, ent.notation);
        return;
      }
    }
    this.dflt(p, end);
  }

  private notationDecl(p: number, i: number): void {
    const t = this.text;
    i = this.needSpace(i, p);
    const nEnd = this.name(i, p);
    const name = t.slice(i, nEnd);
    i = this.needSpace(nEnd, p);
    const [sys, pub, e] = this.externalId(i, p, true);
    const end = this.declEnd(e, p);
    this.pos = end;
    const h = this.handlers.notationDecl;
    if (h !== undefined) {
      this.eventIdx = p;
      h(name, this.base, sys, pub);
    } else this.dflt(p, end);
  }

  private elementDecl(p: number, i: number): void {
    const t = this.text;
    i = this.needSpace(i, p);
    const nEnd = this.name(i, p);
    const name = t.slice(i, nEnd);
    i = this.needSpace(nEnd, p);
    let model: ContentModel;
    const c = this.ch(i, p);
    if (c === '(') {
      [model, i] = this.contentParticle(i, p, true);
    } else {
      const kEnd = this.name(i, p);
      const kw = t.slice(i, kEnd);
      if (kw === 'EMPTY') model = { type: 1, quant: 0, name: null, children: [] };
      else if (kw === 'ANY') model = { type: 2, quant: 0, name: null, children: [] };
      else throw new XmlError(Err.SYNTAX, i);
      i = kEnd;
    }
    const end = this.declEnd(i, p);
    this.pos = end;
    const h = this.handlers.elementDecl;
    if (h !== undefined) {
      this.eventIdx = p;
      h(name, model);
    } else this.dflt(p, end);
  }

  private quant(i: number, start: number): [number, number] {
    const c = this.ch(i, start);
    if (c === '?') return [1, i + 1];
    if (c === '*') return [2, i + 1];
    if (c === '+') return [3, i + 1];
    return [0, i];
  }

  /** A parenthesised content model at `i` (mixed content allowed at the top). */
  private contentParticle(i: number, start: number, top: boolean): [ContentModel, number] {
    const t = this.text;
    i = this.skipSpace(i + 1, start);
    if (top && this.ch(i, start) === '#') {
      const kEnd = this.name(i + 1, start);
      if (t.slice(i + 1, kEnd) !== 'PCDATA') throw new XmlError(Err.SYNTAX, i);
      i = this.skipSpace(kEnd, start);
      const names: ContentModel[] = [];
      while (this.ch(i, start) === '|') {
        i = this.skipSpace(i + 1, start);
        const ne = this.name(i, start);
        names.push({ type: 4, quant: 0, name: t.slice(i, ne), children: [] });
        i = this.skipSpace(ne, start);
      }
      if (this.ch(i, start) !== ')') throw new XmlError(Err.SYNTAX, i);
      i++;
      let q = 0;
      if (this.ch(i, start) === '*') {
        q = 2;
        i++;
      } else if (names.length > 0) throw new XmlError(Err.SYNTAX, i);
      return [{ type: 3, quant: q, name: null, children: names }, i];
    }
    const kids: ContentModel[] = [];
    let sep = '';
    for (;;) {
      let kid: ContentModel;
      if (this.ch(i, start) === '(') [kid, i] = this.contentParticle(i, start, false);
      else {
        const ne = this.name(i, start);
        kid = { type: 4, quant: 0, name: t.slice(i, ne), children: [] };
        i = ne;
      }
      [kid.quant, i] = this.quant(i, start);
      kids.push(kid);
      i = this.skipSpace(i, start);
      const c = this.ch(i, start);
      if (c === ')') {
        i++;
        break;
      }
      if ((c !== ',' && c !== '|') || (sep !== '' && c !== sep)) throw new XmlError(Err.SYNTAX, i);
      sep = c;
      i = this.skipSpace(i + 1, start);
    }
    const model: ContentModel = { type: sep === '|' ? 5 : 6, quant: 0, name: null, children: kids };
    if (top) [model.quant, i] = this.quant(i, start);
    return [model, i];
  }

  private attlistDecl(p: number, i: number): void {
    const t = this.text;
    i = this.needSpace(i, p);
    const nEnd = this.name(i, p);
    const elname = t.slice(i, nEnd);
    i = nEnd;
    const decls: Array<[string, string, string | null, number]> = [];
    for (;;) {
      const j = this.skipSpace(i, p);
      if (this.ch(j, p) === '>') {
        i = j + 1;
        break;
      }
      if (j === i) throw new XmlError(Err.SYNTAX, j);
      const ae = this.name(j, p);
      const attname = t.slice(j, ae);
      let k = this.needSpace(ae, p);
      let type: string;
      if (this.ch(k, p) === '(') {
        const close = this.find(')', k, p);
        type = t.slice(k, close + 1).replace(/\s+/g, '');
        k = close + 1;
      } else {
        const te = this.name(k, p);
        type = t.slice(k, te);
        if (!['CDATA', 'ID', 'IDREF', 'IDREFS', 'ENTITY', 'ENTITIES', 'NMTOKEN', 'NMTOKENS', 'NOTATION'].includes(type)) throw new XmlError(Err.SYNTAX, k);
        k = te;
        if (type === 'NOTATION') {
          k = this.needSpace(k, p);
          if (this.ch(k, p) !== '(') throw new XmlError(Err.SYNTAX, k);
          const close = this.find(')', k, p);
          type += t.slice(k, close + 1).replace(/\s+/g, '');
          k = close + 1;
        }
      }
      k = this.needSpace(k, p);
      let dflt: string | null = null;
      let req = 0;
      if (this.ch(k, p) === '#') {
        const ke = this.name(k + 1, p);
        const kw = t.slice(k + 1, ke);
        k = ke;
        if (kw === 'REQUIRED') req = 1;
        else if (kw === 'IMPLIED') req = 0;
        else if (kw === 'FIXED') {
          k = this.needSpace(k, p);
          let v: string;
          [v, k] = this.literal(k, p);
          dflt = this.attValue(v, k, type === 'CDATA');
          req = 1;
        } else throw new XmlError(Err.SYNTAX, k);
      } else {
        let v: string;
        const at = k;
        [v, k] = this.literal(k, p);
        dflt = this.attValue(v, at, type === 'CDATA');
      }
      decls.push([attname, type, dflt, req]);
      i = k;
    }
    this.pos = i;
    let defs = this.attDefs.get(elname);
    if (defs === undefined) this.attDefs.set(elname, (defs = []));
    for (const [attname, type, dflt, req] of decls) {
      if (!this.keepProcessing) continue;
      if (!defs.some((d) => d.name === attname)) defs.push({ name: attname, dflt, isCdata: type === 'CDATA' });
      const h = this.handlers.attlistDecl;
      if (h !== undefined) {
        this.eventIdx = p;
        h(elname, attname, type, dflt, req);
      }
    }
    if (this.handlers.attlistDecl === undefined || !this.keepProcessing) this.dflt(p, i);
  }

  // -------------------------------------------------------------------------
  // Content

  private content(): void {
    const t = this.text;
    const p = this.pos;
    if (this.atStart && p > 0) this.atStart = false;
    const c = t[p];
    if (c === '<') {
      const c1 = this.ch(p + 1, p);
      if (c1 === '/') this.endTag(p);
      else if (c1 === '?') this.pi(p, this.atStart && p === 0);
      else if (c1 === '!') {
        const c2 = this.ch(p + 2, p);
        if (c2 === '-') this.comment(p);
        else if (c2 === '[') this.cdata(p);
        else throw new XmlError(Err.INVALID_TOKEN, p + 2);
      } else this.startTag(p);
      return;
    }
    if (c === '&') {
      this.reference(p);
      return;
    }
    if (c === '\n' || c === '\r') {
      let end = p + 1;
      if (c === '\r') {
        if (p + 1 >= t.length && !this.final) throw NEED_MORE;
        if (t[p + 1] === '\n') end++;
      }
      this.pos = end;
      this.chars('\n', p, end);
      return;
    }
    let end = dataRun(t, p);
    if (end === p) {
      if (c === ']') {
        // `]]>` is not allowed in character data.
        const c1 = this.ch(p + 1, p, Err.NONE);
        if (c1 === ']') {
          const c2 = this.ch(p + 2, p, Err.NONE);
          if (c2 === '>') throw new XmlError(Err.INVALID_TOKEN, p + 2);
        }
        end = p + 1;
        end = dataRun(t, end);
      } else {
        this.checkChar(p);
        // A surrogate pair.
        end = p + 2;
        if (end > t.length) {
          if (!this.final) throw NEED_MORE;
          throw new XmlError(Err.INVALID_TOKEN, p);
        }
      }
    }
    this.pos = end;
    this.chars(t.slice(p, end), p, end);
  }

  private chars(s: string, start: number, end: number): void {
    const h = this.handlers.characterData;
    if (h !== undefined) {
      this.eventIdx = start;
      // Text in an encoding other than UTF-8 reaches the handler through Expat's 1024-byte conversion buffer.
      if (s.length > 341 && this.enc !== Enc.UTF8 && this.enc !== Enc.ASCII && this.entityDepth === 0) {
        let i = 0;
        while (i < s.length && !this.aborted) {
          let bytes = 0, j = i;
          while (j < s.length) {
            const c = s.charCodeAt(j);
            const w = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : 3;
            if (bytes + w > 1024) break;
            bytes += w;
            j += w === 4 ? 2 : 1;
          }
          h(s.slice(i, j));
          i = j;
        }
        return;
      }
      h(s);
    } else this.dflt(start, end);
  }

  private cdata(p: number): void {
    for (let k = 0; k < 7; k++) {
      if (this.ch(p + 2 + k, p) !== '[CDATA['[k]) throw new XmlError(Err.INVALID_TOKEN, p + 2 + k);
    }
    this.pos = p + 9;
    this.state = St.CDATA;
    const hs = this.handlers.startCdataSection;
    if (hs !== undefined) {
      this.eventIdx = p;
      hs();
    } else this.dflt(p, p + 9);
  }

  /** Inside a CDATA section: text as it arrives (a run, a line end, a lone `]`), then the end. */
  private cdataText(): void {
    const t = this.text;
    const p = this.pos;
    const c = t[p];
    const unclosed = Err.UNCLOSED_CDATA_SECTION;
    if (c === ']') {
      if (this.ch(p + 1, p, unclosed) === ']' && this.ch(p + 2, p, unclosed) === '>') {
        this.pos = p + 3;
        this.state = this.tagStack.length === 0 && this.fragment ? St.CONTENT : St.CONTENT;
        const he = this.handlers.endCdataSection;
        if (he !== undefined) {
          this.eventIdx = p;
          he();
        } else this.dflt(p, p + 3);
        return;
      }
      this.pos = p + 1;
      this.chars(']', p, p + 1);
      return;
    }
    if (c === '\n' || c === '\r') {
      let end = p + 1;
      if (c === '\r') {
        if (p + 1 >= t.length) {
          if (!this.final) throw NEED_MORE;
          throw new XmlError(unclosed, p + 1);
        }
        if (t[p + 1] === '\n') end++;
      }
      this.pos = end;
      this.chars('\n', p, end);
      return;
    }
    let end = p;
    while (end < t.length) {
      const d = t.charCodeAt(end);
      if (d === 93 || d === 10 || d === 13) break;
      if (d < 0x20 || d >= 0xd800) {
        if (d >= 0xd800 && d < 0xdc00 && end + 1 < t.length && (t.charCodeAt(end + 1) & 0xfc00) === 0xdc00) {
          end += 2;
          continue;
        }
        if (d >= 0xd800 && d < 0xdc00 && end + 1 >= t.length && !this.final) break;
        if (d < 0x20 || (d >= 0xd800 && d < 0xe000) || d >= 0xfffe) {
          if (end === p) throw new XmlError(Err.INVALID_TOKEN, p);
          break;
        }
      }
      end++;
    }
    if (end === p) {
      if (!this.final) throw NEED_MORE;
      throw new XmlError(unclosed, p);
    }
    this.pos = end;
    this.chars(t.slice(p, end), p, end);
  }

  private charRefValue(body: string, at: number): string {
    let cp: number;
    if (body[0] === 'x') {
      if (!/^x[0-9a-fA-F]+$/.test(body)) throw new XmlError(Err.INVALID_TOKEN, at);
      cp = body.length > 9 ? 0x110000 : parseInt(body.slice(1), 16);
    } else {
      if (!/^[0-9]+$/.test(body)) throw new XmlError(Err.INVALID_TOKEN, at);
      cp = body.length > 8 ? 0x110000 : parseInt(body, 10);
    }
    if (!isXmlChar(cp)) throw new XmlError(Err.BAD_CHAR_REF, at);
    return String.fromCodePoint(cp);
  }

  /** The ';' ending the character reference at `p` ('&#', then decimal or 'x' and hex digits); ch() reads from `start`. */
  private charRefEnd(p: number, start: number): number {
    let i = p + 2;
    let c = this.ch(i, start);
    const hex = c === 'x';
    if (hex) c = this.ch(++i, start);
    const digits = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    if (!digits.test(c)) throw new XmlError(Err.INVALID_TOKEN, i);
    while (digits.test((c = this.ch(i, start)))) i++;
    if (c !== ';') throw new XmlError(Err.INVALID_TOKEN, i);
    return i;
  }

  /** Scans a reference at `p` ('&'): [kind, name or character, end]. */
  private scanRef(p: number): [0 | 1, string, number] {
    const t = this.text;
    const c1 = this.ch(p + 1, p);
    if (c1 === '#') {
      const i = this.charRefEnd(p, p);
      return [1, this.charRefValue(t.slice(p + 2, i), p), i + 1];
    }
    const e = this.name(p + 1, p);
    if (this.ch(e, p) !== ';') throw new XmlError(Err.INVALID_TOKEN, e);
    return [0, t.slice(p + 1, e), e + 1];
  }

  private static PREDEF: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

  private reference(p: number): void {
    const [kind, v, end] = this.scanRef(p);
    this.pos = end;
    if (kind === 1) {
      this.chars(v, p, end);
      return;
    }
    const pre = ExpatParser.PREDEF[v];
    if (pre !== undefined) {
      this.chars(pre, p, end);
      return;
    }
    const ent = this.entities.get(v);
    if (ent === undefined) {
      if (!this.hasDoctype || this.standalone === 1 || (!this.hasExternalSubset && !this.hasParamRefs)) throw new XmlError(Err.UNDEFINED_ENTITY, p);
      const sk = this.handlers.skippedEntity;
      if (sk !== undefined) {
        this.eventIdx = p;
        sk(v, 0);
      } else this.dflt(p, end);
      return;
    }
    if (ent.open) throw new XmlError(Err.RECURSIVE_ENTITY_REF, p);
    if (ent.notation !== null) throw new XmlError(Err.BINARY_ENTITY_REF, p);
    if (this.handlers.default !== undefined && !this.handlers.defaultExpand) {
      this.dflt(p, end);
      return;
    }
    if (ent.value === null) {
      const x = this.handlers.externalEntityRef;
      if (x !== undefined) {
        this.eventIdx = p;
        if (!x(v, ent.base, ent.sysid, ent.pubid)) throw new XmlError(Err.EXTERNAL_ENTITY_HANDLING, p);
      } else this.dflt(p, end);
      return;
    }
    // Internal entity: its replacement text is parsed as content, here.
    const saved = { text: this.text, pos: this.pos, final: this.final, refIdx: this.refIdx, depth: this.tagStack.length };
    this.account(ent.value.length, p);
    ent.open = true;
    this.entityDepth++;
    if (this.refIdx < 0) this.refIdx = p;
    this.text = ent.value;
    this.pos = 0;
    this.final = true;
    try {
      while (this.pos < this.text.length && !this.aborted) {
        this.content();
        if (this.tagStack.length < saved.depth) throw new XmlError(Err.ASYNC_ENTITY, 0);
      }
      if (this.tagStack.length !== saved.depth) throw new XmlError(Err.ASYNC_ENTITY, 0);
    } catch (e) {
      // Errors inside the replacement text are reported at the outermost reference.
      if (e instanceof XmlError) throw new XmlError(e.code, saved.refIdx >= 0 ? saved.refIdx : p);
      throw e;
    } finally {
      ent.open = false;
      this.entityDepth--;
      this.text = saved.text;
      this.pos = saved.pos;
      this.final = saved.final;
      this.refIdx = saved.refIdx;
    }
  }

  /** Expat's amplification limit: past 8 MiB, expansions may produce at most 100 times the input. */
  private account(n: number, at: number): void {
    this.indirect += n;
    const direct = Math.max(this.totalBytes, 1);
    const total = direct + this.indirect;
    if (total >= 8388608 && total / direct > 100) throw new XmlError(Err.AMPLIFICATION_LIMIT_BREACH, at);
  }

  /** Normalises an attribute value (entities and references replaced, white space mapped). */
  private attValue(v: string, at: number, cdata: boolean): string {
    let out = '';
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (c === '<') throw new XmlError(Err.INVALID_TOKEN, at + 1 + i);
      if (c === '&') {
        const semi = v.indexOf(';', i);
        const body = v.slice(i + 1, semi);
        if (body[0] === '#') out += this.charRefValue(body.slice(1), at + 1 + i);
        else {
          const pre = ExpatParser.PREDEF[body];
          if (pre !== undefined) out += pre;
          else {
            const ent = this.entities.get(body);
            if (ent === undefined) {
              if (!this.hasDoctype || this.standalone === 1 || (!this.hasExternalSubset && !this.hasParamRefs)) throw new XmlError(Err.UNDEFINED_ENTITY, at + 1 + i);
            } else if (ent.open) throw new XmlError(Err.RECURSIVE_ENTITY_REF, at + 1 + i);
            else if (ent.value === null) throw new XmlError(Err.ATTRIBUTE_EXTERNAL_ENTITY_REF, at + 1 + i);
            else {
              this.account(ent.value.length, at);
              ent.open = true;
              try {
                out += this.attValue(ent.value, at, true);
              } finally {
                ent.open = false;
              }
            }
          }
        }
        i = semi;
      } else if (c === '\r') {
        out += ' ';
        if (v[i + 1] === '\n') i++;
      } else if (c === '\n' || c === '\t') out += ' ';
      else out += c;
    }
    if (!cdata) out = out.replace(/ +/g, ' ').replace(/^ | $/g, '');
    return out;
  }

  private startTag(p: number): void {
    const t = this.text;
    const nEnd = this.name(p + 1, p);
    const name = t.slice(p + 1, nEnd);
    let i = nEnd;
    const attrs: string[] = [];
    const attrPos: number[] = [];
    let empty = false;
    for (;;) {
      let c = this.ch(i, p);
      if (isSpace(c)) {
        i = this.skipSpace(i, p);
        c = this.ch(i, p);
      } else if (c !== '>' && c !== '/') {
        this.checkChar(i);
        throw new XmlError(Err.INVALID_TOKEN, i);
      }
      if (c === '>') {
        i++;
        break;
      }
      if (c === '/') {
        if (this.ch(i + 1, p) !== '>') throw new XmlError(Err.INVALID_TOKEN, i + 1);
        i += 2;
        empty = true;
        break;
      }
      const aStart = i;
      const aEnd = this.name(i, p);
      i = this.skipSpace(aEnd, p);
      if (this.ch(i, p) !== '=') throw new XmlError(Err.INVALID_TOKEN, i);
      i = this.skipSpace(i + 1, p);
      const q = this.ch(i, p);
      if (q !== '"' && q !== "'") throw new XmlError(Err.INVALID_TOKEN, i);
      let k = i + 1;
      // Fast path: a value with nothing to check char by char.
      const close = t.indexOf(q, k);
      if (close >= 0 && !PLAIN_VALUE_BAD.test(t.slice(k, close))) k = close;
      for (;;) {
        const ck = this.ch(k, p);
        if (ck === q) break;
        if (ck === '<') throw new XmlError(Err.INVALID_TOKEN, k);
        if (ck === '&') {
          const [, , e] = this.scanRefSyntax(k, p);
          k = e;
          continue;
        }
        this.checkChar(k);
        k++;
      }
      attrs.push(t.slice(aStart, aEnd), t.slice(i + 1, k));
      attrPos.push(aStart, i);
      i = k + 1;
      const after = this.ch(i, p);
      if (!isSpace(after) && after !== '>' && after !== '/') {
        this.checkChar(i);
        throw new XmlError(Err.INVALID_TOKEN, i);
      }
    }
    // The whole tag has arrived: check and report it.
    this.pos = i;
    if ((this.state === St.PROLOG0 || this.state === St.PROLOG) && !this.hasDoctype && this.useForeignDTD) {
      this.hasDoctype = true;
      this.hasExternalSubset = true;
      const x = this.handlers.externalEntityRef;
      if (this.paramEntityParsing !== 0 && x !== undefined) {
        this.eventIdx = p;
        if (!x(null, this.base, null, null)) throw new XmlError(Err.EXTERNAL_ENTITY_HANDLING, p);
      }
    }
    if (this.state !== St.CONTENT) this.state = St.CONTENT;
    const defs = this.attDefs.get(name);
    for (let a = 0; a < attrs.length; a += 2) {
      for (let b = 0; b < a; b += 2) if (attrs[a] === attrs[b]) throw new XmlError(Err.DUPLICATE_ATTRIBUTE, attrPos[a]);
      const def = defs?.find((d) => d.name === attrs[a]);
      attrs[a + 1] = this.attValue(attrs[a + 1], attrPos[a + 1], def === undefined || def.isCdata);
    }
    const nSpecified = attrs.length;
    if (defs !== undefined) {
      for (const d of defs) {
        if (d.dflt === null) continue;
        let found = false;
        for (let a = 0; a < nSpecified; a += 2) if (attrs[a] === d.name) found = true;
        if (!found) attrs.push(d.name, d.dflt);
      }
    }
    let elName = name;
    if (this.nsSep !== null) elName = this.nsStart(name, attrs, attrPos, p);
    this.tagStack.push(name);
    if (this.nsSep !== null) this.tagStack.push(elName);
    const h = this.handlers.startElement;
    if (h !== undefined) {
      this.eventIdx = p;
      h(elName, attrs, this.nsSep !== null ? this.nsSpecified : nSpecified);
    } else this.dflt(p, i);
    // Expat reports an empty element's end at the end of its tag.
    if (empty && !this.aborted) this.closeElement(i, i);
  }

  private nsSpecified = 0;

  /** Namespace processing of a start tag: declarations reported, names expanded; attrs edited in place. */
  private nsStart(name: string, attrs: string[], attrPos: number[], p: number): string {
    const frame: Array<[string | null, string | null | undefined]> = [];
    const sep = this.nsSep!;
    const nSpecifiedRaw = attrs.length;
    let nSpecified = 0;
    const kept: string[] = [];
    const keptPos: number[] = [];
    const decls: Array<[string | null, string | null]> = [];
    for (let a = 0; a < attrs.length; a += 2) {
      const an = attrs[a];
      if (an === 'xmlns' || an.startsWith('xmlns:')) {
        const prefix = an === 'xmlns' ? null : an.slice(6);
        let uri: string | null = attrs[a + 1];
        if (prefix === 'xmlns') throw new XmlError(Err.RESERVED_PREFIX_XMLNS, p);
        if (prefix === 'xml' && uri !== XML_NS) throw new XmlError(Err.RESERVED_PREFIX_XML, p);
        if (prefix !== 'xml' && (uri === XML_NS || uri === XMLNS_NS)) throw new XmlError(Err.RESERVED_NAMESPACE_URI, p);
        // Expat 2.4.5+: a URI holding the separator would make expanded names ambiguous.
        if (sep !== '' && uri.includes(sep)) throw new XmlError(Err.SYNTAX, p);
        if (uri === '') {
          if (prefix !== null) throw new XmlError(Err.UNDECLARING_PREFIX, p);
          uri = null;
        }
        frame.push([prefix, this.ns.has(prefix) ? this.ns.get(prefix) : undefined]);
        this.ns.set(prefix, uri);
        decls.push([prefix, uri]);
        continue;
      }
      kept.push(an, attrs[a + 1]);
      keptPos.push(attrPos[a] ?? p);
      if (a < nSpecifiedRaw) nSpecified = kept.length;
    }
    this.nsStack.push(frame);
    const hs = this.handlers.startNamespaceDecl;
    for (const [prefix, uri] of decls) {
      if (hs !== undefined) {
        this.eventIdx = p;
        hs(prefix, uri);
      }
    }
    const expand = (qn: string, isAttr: boolean, at: number): string => {
      const colon = qn.indexOf(':');
      if (colon < 0) {
        if (isAttr) return qn;
        const d = this.ns.get(null);
        return d == null ? qn : d + sep + qn;
      }
      const prefix = qn.slice(0, colon);
      const uri = this.ns.get(prefix);
      if (uri == null) throw new XmlError(Err.UNBOUND_PREFIX, at);
      const local = qn.slice(colon + 1);
      return this.nsTriplets ? uri + sep + local + sep + prefix : uri + sep + local;
    };
    const out: string[] = [];
    for (let a = 0; a < kept.length; a += 2) {
      const en = expand(kept[a], true, keptPos[a / 2]);
      for (let b = 0; b < out.length; b += 2) if (out[b] === en) throw new XmlError(Err.DUPLICATE_ATTRIBUTE, keptPos[a / 2]);
      out.push(en, kept[a + 1]);
    }
    attrs.length = 0;
    attrs.push(...out);
    this.nsSpecified = nSpecified;
    return expand(name, false, p);
  }

  /** Syntax of a reference inside an attribute value (its meaning is checked once the tag is complete). */
  private scanRefSyntax(p: number, start: number): [0 | 1, string, number] {
    const t = this.text;
    const c1 = this.ch(p + 1, start);
    if (c1 === '#') return [1, '', this.charRefEnd(p, start) + 1];
    if (!NAME_START.test(c1)) throw new XmlError(Err.INVALID_TOKEN, p + 1);
    let i = p + 2;
    while (NAME_CHAR.test(this.ch(i, start))) i++;
    if (t[i] !== ';') throw new XmlError(Err.INVALID_TOKEN, i);
    return [0, t.slice(p + 1, i), i + 1];
  }

  private endTag(p: number): void {
    const t = this.text;
    const nEnd = this.name(p + 2, p);
    const name = t.slice(p + 2, nEnd);
    let i = this.skipSpace(nEnd, p);
    if (this.ch(i, p) !== '>') {
      this.checkChar(i);
      throw new XmlError(Err.INVALID_TOKEN, i);
    }
    i++;
    const stack = this.tagStack;
    const depthBase = this.nsSep !== null ? 2 : 1;
    const openName = stack[stack.length - depthBase];
    if (openName !== name) throw new XmlError(Err.TAG_MISMATCH, p + 2);
    this.pos = i;
    this.closeElement(p, i);
  }

  private closeElement(p: number, end: number): void {
    const stack = this.tagStack;
    let name: string;
    if (this.nsSep !== null) {
      name = stack.pop()!;
      stack.pop();
    } else name = stack.pop()!;
    const h = this.handlers.endElement;
    if (h !== undefined) {
      this.eventIdx = p;
      h(name);
    } else this.dflt(p, end);
    if (this.nsSep !== null) {
      const frame = this.nsStack.pop()!;
      const he = this.handlers.endNamespaceDecl;
      for (let k = frame.length - 1; k >= 0; k--) {
        const [prefix, prev] = frame[k];
        if (prev === undefined) this.ns.delete(prefix);
        else this.ns.set(prefix, prev);
        if (he !== undefined && !this.aborted) he(prefix);
      }
    }
    if (stack.length === 0 && this.entityDepth === 0 && !this.fragment) this.state = St.EPILOG;
  }
}
