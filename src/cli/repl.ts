// The interactive mode, as CPython 3.11's (Python/pythonrun.c PyRun_InteractiveLoop, with the prompts,
// line editing, history and completion Modules/readline.c and Lib/site.py give it on a terminal).
//
// CPython's REPL parses each statement while reading it: its tokenizer fetches a line (ps1 first,
// then ps2) whenever the parser needs one more token. Typhon reparses the lines typed so far after
// each line, with a tokenizer that stops where CPython's would read again (parseInteractive): a
// statement is complete, or a syntax error, exactly when CPython's parser decides so without
// asking for another line. Statements run in the __main__ namespace, in slices, so that the event
// loop turns and Ctrl-C (SIGINT) raises KeyboardInterrupt in running code.
import * as readline from 'node:readline';
import { isatty } from 'node:tty';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Tokenizer } from '../parser/tokenizer.js';
import { Token, T } from '../parser/tokens.js';
import { Parser, parseFile } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
import * as A from '../parser/ast.js';
import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';
import { compile, PyCF_MASK, CO_FUTURE_BARRY_AS_BDFL } from '../compiler/compile.js';
import { PyDict, PyModule, PyValue, PyTuple, None } from '../objects/object.js';
import { PyBaseException, PyException, SystemExit, KeyboardInterrupt, SyntaxError, newException } from '../objects/exceptions.js';
import { call, str, getAttrOpt } from '../objects/abstract.js';
import { RtCode } from '../vm/code.js';
import { Frame, PAUSED, ts, toPyExc, signals, tripSignal, newFrame, defaultSigusr1 } from '../vm/ceval.js';
import { runMain, runBackgroundSlice, threadCount } from '../vm/threads.js';
import { threadingShutdown } from '../vm/execution.js';
import { initInterpreter, newMain, handleUncaught, syntaxErrorToPy } from '../vm/interp.js';
import { importConfig } from '../vm/import.js';
import { printException } from '../vm/traceback.js';
import { builtinsDict, lineEditor } from '../modules/builtins.js';
import { sys, flushStdout, writeStderr, readStdinLineBytes } from '../modules/sys.js';
import { decodeText } from '../modules/_codecs.js';
import { TYPHON_VERSION, PYTHON_VERSION } from './args.js';
import { completions, wordStart } from './rlcompleter.js';

/** Instructions run between two turns of the event loop while a statement runs. */
const SLICE = 200_000;
const HISTORY_LENGTH = 10_000;
const FILENAME = '<stdin>';

// ---------------------------------------------------------------------------
// Incomplete input

/** Thrown by the tokenizer when the parser wants a line not typed yet. */
class NeedMore {}
const NEED_MORE = new NeedMore();

export type Verdict =
  | { kind: 'more' }
  | { kind: 'empty' }
  | { kind: 'code'; tree: A.mod; source: string }
  | { kind: 'error'; error: PySyntaxError };

/** Tokenizer errors that only the end of the input causes (more lines may fix them). */
function isEndOfInputError(e: PySyntaxError, tk: Tokenizer, lines: string[]): boolean {
  if (e.msg.startsWith('unterminated triple-quoted string literal') || e.msg === 'unexpected EOF while parsing') return true;
  // A backslash ending the last line inside a '...' string continues the string on the next line.
  const last = lines[lines.length - 1];
  return e.msg.startsWith('unterminated string literal') && tk.curLineno >= lines.length && /(^|[^\\])(\\\\)*\\$/.test(last);
}

/**
 * What CPython's interactive parser makes of `lines` (typed without their newlines): a complete
 * statement, a syntax error, nothing (a blank or comment line at ps1), or a need for another line.
 * `eof`: the user ended the input (Ctrl-D at ps2), so the end of the lines is the end of input.
 * Warnings the parse gives go to `warn` once the verdict is final. `barry`: barry_as_FLUFL was imported.
 */
export function parseInteractive(lines: string[], eof: boolean, warn?: (msg: string, lineno: number) => void, barry = false): Verdict {
  // The interactive tokenizer lets a first line of only blanks or a comment through as a NEWLINE.
  if (lines.length === 1 && /^[ \t\f]*(#.*)?$/.test(lines[0])) return eof ? { kind: 'more' } : { kind: 'empty' };
  const source = lines.map((l) => l + '\n').join('');
  const tk = new Tokenizer(source, FILENAME, { execInput: false, errors: 'string' });
  const warnings: [string, number][] = [];
  tk.onWarning = (_cat, msg, lineno) => {
    warnings.push([msg, lineno]);
    return false;
  };
  // A totally empty line typed last ends a compound statement: CPython's interactive tokenizer
  // returns it as DEDENTs back to column 0 and a NEWLINE (other blank lines are skipped). The
  // string tokenizer skips it too, so it arrives here as the end of the text.
  const lastEmpty = !eof && lines.length > 1 && lines[lines.length - 1] === '';
  if (!eof) {
    const pull = tk.next.bind(tk);
    // Tokens fetched ahead (DEDENTs are followed by the next token or by the end of input), or an
    // error met while fetching ahead, delivered when the parser gets there.
    const ahead: (Token | { error: unknown })[] = [];
    let depth = 0;
    let ended = false;
    const fetch = (): Token => {
      try {
        const t = pull();
        if (t.type === T.ERRORTOKEN && tk.eofInBrackets) throw NEED_MORE;
        return t;
      } catch (e) {
        if (e instanceof PySyntaxError && isEndOfInputError(e, tk, lines)) throw NEED_MORE;
        throw e;
      }
    };
    /** The end of the lines: the empty line's DEDENTs and NEWLINE, or a line to ask for. */
    const atEnd = (): Token => {
      if (!lastEmpty || ended) throw NEED_MORE;
      ended = true;
      const n = lines.length;
      for (let i = 0; i < depth; i++) ahead.push(new Token(T.DEDENT, '', n, -1, n, -1));
      ahead.push(new Token(T.NEWLINE, '', n, 0, n, 1));
      return deliver();
    };
    const deliver = (): Token => {
      const a = ahead.shift()!;
      if (!(a instanceof Token)) throw a.error;
      if (a.type === T.INDENT) depth++;
      else if (a.type === T.DEDENT) depth--;
      return a;
    };
    tk.next = (): Token => {
      if (ahead.length > 0) return deliver();
      if (ended) throw NEED_MORE;
      const t = fetch();
      if (t.type === T.ENDMARKER) return atEnd();
      if (t.type !== T.DEDENT) {
        ahead.push(t);
        return deliver();
      }
      // The string tokenizer dedents to column 0 at the end of the text, where CPython's would
      // read another line first: DEDENTs count only when a token follows them.
      const dedents: Token[] = [t];
      for (;;) {
        let u: Token;
        try {
          u = fetch();
        } catch (e) {
          if (e === NEED_MORE) throw e;
          for (const d of dedents) ahead.push(d);
          ahead.push({ error: e });
          return deliver();
        }
        if (u.type === T.DEDENT) {
          dedents.push(u);
          continue;
        }
        if (u.type === T.ENDMARKER) return atEnd();
        for (const d of dedents) ahead.push(d);
        ahead.push(u);
        return deliver();
      }
    };
  }
  const p = new Parser(tk, FILENAME, 'single');
  p.errorStyle = 'string';
  p.barry = barry;
  let verdict: Verdict;
  try {
    verdict = { kind: 'code', tree: p.parseTop() as A.mod, source };
  } catch (e) {
    if (e === NEED_MORE) return { kind: 'more' };
    if (!(e instanceof PySyntaxError)) throw e;
    // CPython quotes the error's line alone from the statement's lines (the string tokenizer
    // may quote a multi-line token's first lines with it).
    if (e.lineno >= 1 && e.lineno <= lines.length) e.text = lines[e.lineno - 1];
    verdict = { kind: 'error', error: e };
  }
  if (warn !== undefined) for (const [msg, lineno] of warnings) warn(msg, lineno);
  return verdict;
}

// ---------------------------------------------------------------------------
// Reading lines: node:readline on a terminal, else plain lines from stdin with prompts on stderr.

const INTERRUPT = Symbol('interrupt');
const EOF = Symbol('eof');
/** A line that the input's encoding could not decode: the decoder's message. */
class Undecodable {
  constructor(readonly message: string) {}
}
type ReadResult = string | typeof INTERRUPT | typeof EOF | Undecodable;

interface LineSource {
  read(prompt: string): Promise<ReadResult>;
  /** Code is about to run: the terminal goes back to its normal mode (Ctrl-C sends SIGINT). */
  suspend(): void;
  /** A SIGINT while waiting for a line (sent by kill: the terminal's own Ctrl-C is a key then). */
  interrupt(): void;
  close(): void;
}

class StdioLines implements LineSource {
  read(prompt: string): Promise<ReadResult> {
    flushStdout();
    writeStderr(prompt);
    const bytes = readStdinLineBytes();
    if (bytes === null) {
      writeStderr('\n');
      return Promise.resolve(EOF);
    }
    // The tokenizer decodes each line with sys.stdin's encoding, strictly (tok_underflow_interactive).
    const stdin = sys.getStr('stdin');
    const enc = stdin === undefined || stdin === None ? undefined : getAttrOpt(stdin, 'encoding');
    let line: string;
    try {
      line = decodeText(bytes, typeof enc === 'string' ? enc : 'utf-8', 'strict');
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      return Promise.resolve(new Undecodable(`(unicode error) ${str(e.exc)}`));
    }
    return Promise.resolve(line.endsWith('\n') ? line.slice(0, -1) : line);
  }
  suspend(): void {}
  interrupt(): void {}
  close(): void {}
}

/** The parts of node:readline's Interface that CPython's line editor behaviour needs to reset. */
interface EditState {
  line: string;
  cursor: number;
  prevRows: number;
  historyIndex: number;
}

class TerminalLines implements LineSource {
  private rl: readline.Interface | null = null;
  private pending: ((r: ReadResult) => void) | null = null;
  /** Lines entered while code ran (a paste or typing ahead): read before prompting again. */
  private typedAhead: string[] = [];
  private history: string[];
  // GNU readline lists the matches when Tab follows a Tab that completed nothing.
  private prevKeyTab = false;
  private lastCompletionChanged = false;
  /** readline's history position after the previous key (-1: the line being typed). */
  private prevHistoryIndex = -1;
  private readonly onKey = (_s: string | undefined, key: readline.Key | undefined): void => {
    this.prevKeyTab = key?.name === 'tab';
    const rl = this.rl;
    if (rl === null) return;
    const st = rl as unknown as EditState;
    const oldest = this.history.length - 1;
    if (key?.name === 'up' && !key.ctrl && !key.meta && oldest >= 0 && this.prevHistoryIndex === oldest && st.historyIndex > oldest) {
      // Up at the oldest entry: node:readline goes back to the typed text, GNU readline stays (and rings).
      st.historyIndex = oldest;
      st.line = this.history[oldest];
      st.cursor = st.line.length;
      rl.prompt(true);
      bell();
    }
    this.prevHistoryIndex = st.historyIndex;
  };

  constructor(private readonly namespace: () => PyDict, private readonly historyFile: string | null) {
    this.history = loadHistory(historyFile);
  }

  private open(): readline.Interface {
    if (this.rl !== null) return this.rl;
    lineEditor.replActive = true; // input() in a statement reads plain lines: this editor keeps the terminal
    const rl = readline.createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history: this.history,
      historySize: HISTORY_LENGTH,
      removeHistoryDuplicates: false,
      tabSize: 8,
      completer: (line: string) => this.complete(line),
    });
    // node:readline turns completion off while it feeds the keys of a multi-byte chunk (a paste, or
    // fast typing), and then appends them at the end of the line wherever the cursor is: keep it on.
    Object.defineProperty(rl, 'isCompletionEnabled', { get: () => true, set: () => {} });
    rl.on('history', (h: string[]) => {
      this.history = h;
    });
    rl.on('line', (line: string) => {
      rl.pause();
      this.deliver(line);
    });
    rl.on('SIGINT', () => this.interrupt());
    rl.on('close', () => {
      this.rl = null;
      this.deliver(EOF);
    });
    // After readline's own keypress listener, so that during a completion it still holds the key before.
    process.stdin.removeListener('keypress', this.onKey);
    process.stdin.on('keypress', this.onKey);
    this.rl = rl;
    return rl;
  }

  /** Ctrl-C at the prompt: the typed text stays on the screen; the line under edit is dropped. */
  interrupt(): void {
    const rl = this.rl;
    if (rl === null || this.pending === null) return;
    const st = rl as unknown as EditState;
    st.line = '';
    st.cursor = 0;
    st.prevRows = 0;
    rl.pause();
    this.deliver(INTERRUPT);
  }

  private deliver(r: ReadResult): void {
    const p = this.pending;
    if (p !== null) {
      this.pending = null;
      p(r);
    } else if (typeof r === 'string') {
      this.typedAhead.push(r);
    }
  }

  read(prompt: string): Promise<ReadResult> {
    const ahead = this.typedAhead.shift();
    if (ahead !== undefined) return Promise.resolve(ahead);
    flushStdout();
    const rl = this.open();
    rl.setPrompt(prompt);
    process.stdin.setRawMode(true);
    rl.resume();
    // Written directly rather than by rl.prompt(), which first clears the line: output left without
    // a newline stays before the prompt, as with GNU readline.
    process.stdout.write(prompt);
    return new Promise((resolve) => {
      this.pending = resolve;
    });
  }

  suspend(): void {
    if (this.rl !== null) this.rl.pause();
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
  }

  close(): void {
    if (this.rl !== null) {
      const rl = this.rl;
      this.rl = null;
      rl.removeAllListeners('close');
      rl.close();
    }
    process.stdin.removeListener('keypress', this.onKey);
    process.stdin.pause();
    saveHistory(this.historyFile, this.history);
  }

  /** Tab: GNU readline's rl_complete over rlcompleter's matches. */
  private complete(lineBefore: string): [string[], string] {
    const text = lineBefore.slice(wordStart(lineBefore));
    const listNow = this.prevKeyTab && !this.lastCompletionChanged;
    this.lastCompletionChanged = false;
    if (text.trim() === '') {
      // rlcompleter inserts a tab where there is nothing to complete.
      this.lastCompletionChanged = true;
      return [['\t'], ''];
    }
    const matches = [...new Set(completions(text, this.namespace()))].sort();
    if (matches.length === 0) {
      bell();
      return [[], text];
    }
    if (matches.length === 1) {
      if (matches[0] === text) return [[], text];
      this.lastCompletionChanged = true;
      return [[matches[0]], text];
    }
    if (listNow) {
      this.showMatches(matches);
      return [[], text];
    }
    const lcd = commonPrefix(matches);
    bell();
    if (lcd.length > text.length) {
      this.lastCompletionChanged = true;
      return [[lcd], text];
    }
    return [[], text];
  }

  /** rl_display_match_list: sorted down columns of the widest match plus two spaces. */
  private showMatches(matches: string[]): void {
    const cols = process.stdout.columns || 80;
    const width = Math.max(...matches.map((m) => [...m].length)) + 2;
    let limit = Math.floor(cols / width);
    if (limit !== 1 && limit * width === cols) limit--;
    if (limit < 1) limit = 1;
    const rows = Math.ceil(matches.length / limit);
    let out = '\r\n';
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < limit; j++) {
        const i = r + j * rows;
        if (i >= matches.length) break;
        const m = matches[i];
        out += m;
        if (j + 1 < limit) out += ' '.repeat(Math.max(1, width - [...m].length));
      }
      out += '\r\n';
    }
    process.stdout.write(out);
    this.rl?.prompt(true);
  }
}

function bell(): void {
  process.stdout.write('\x07');
}

function commonPrefix(words: string[]): string {
  let p = words[0];
  for (const w of words) {
    let i = 0;
    while (i < p.length && i < w.length && p[i] === w[i]) i++;
    p = p.slice(0, i);
  }
  return p;
}

function historyPath(): string | null {
  try {
    return join(homedir(), '.typhon_history');
  } catch {
    return null;
  }
}

/** The history file holds one entry a line, oldest first; node:readline keeps them newest first. */
function loadHistory(file: string | null): string[] {
  if (file === null) return [];
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines.slice(-HISTORY_LENGTH).reverse();
  } catch {
    return [];
  }
}

function saveHistory(file: string | null, history: string[]): void {
  if (file === null) return;
  try {
    const lines = history.slice(0, HISTORY_LENGTH).reverse();
    writeFileSync(file, lines.length === 0 ? '' : lines.join('\n') + '\n');
  } catch {
    // As site.py: a history that cannot be written is silently not kept.
  }
}

// ---------------------------------------------------------------------------
// Running statements and reporting errors

function prompt(name: 'ps1' | 'ps2'): string {
  const v = sys.getStr(name);
  if (v === undefined) return '';
  try {
    return str(v);
  } catch {
    return '';
  }
}

function mainGlobals(): PyDict {
  const modules = sys.getStr('modules');
  const m = modules instanceof PyDict ? modules.getStr('__main__') : undefined;
  if (m instanceof PyModule && m.dict !== null) return m.dict;
  const g = newMain(FILENAME);
  g.t.delete('__file__');
  return g;
}

/** Run a compiled statement in slices; resolves to the exception it raised, if any. */
function runStatement(code: RtCode, globals: PyDict): Promise<PyBaseException | null> {
  return runEntry(new Frame(code, globals, builtinsDict, globals, null));
}

/** Run a frame on the main thread in slices (other threads get theirs); resolves to the exception it raised, if any. */
async function runEntry(entry: Frame): Promise<PyBaseException | null> {
  ts.interrupt = false;
  signals.pending.length = 0;
  try {
    let r = runMain(entry, SLICE, true);
    while (r === PAUSED) {
      flushStdout();
      await new Promise((resolve) => setImmediate(resolve));
      r = runMain(entry, SLICE, false);
    }
    return null;
  } catch (e) {
    return toPyExc(e);
  } finally {
    flushStdout();
  }
}

/**
 * PyErr_Print for an error in the REPL: sys.last_* set, then sys.excepthook. Returns the exit
 * status when the error is a SystemExit (which ends the session), else null.
 */
function reportError(exc: PyBaseException): number | null {
  if (exc.cls.isSubtype(SystemExit)) return handleUncaught(exc);
  const tb = exc.traceback ?? None;
  sys.setStr('last_type', exc.cls);
  sys.setStr('last_value', exc);
  sys.setStr('last_traceback', tb);
  flushStdout();
  const hook = sys.getStr('excepthook');
  const display = (e: PyBaseException): void => {
    const syn = (e as PyBaseException & { syntax?: PySyntaxError }).syntax;
    if (syn !== undefined && e.traceback === null) writeStderr(formatSyntaxError(syn));
    else printException(e);
  };
  if (hook === undefined || hook === sys.getStr('__excepthook__')) {
    if (hook === undefined) writeStderr('sys.excepthook is missing\n');
    display(exc);
    return null;
  }
  try {
    call(hook, [exc.cls, exc, tb]);
  } catch (e) {
    const err = toPyExc(e);
    if (err.cls.isSubtype(SystemExit)) return handleUncaught(err);
    flushStdout();
    writeStderr('Error in sys.excepthook:\n');
    display(err);
    writeStderr('\nOriginal exception was:\n');
    display(exc);
  }
  flushStdout();
  return null;
}

function printSyntaxWarning(msg: string, lineno: number): boolean {
  flushStdout();
  writeStderr(`${FILENAME}:${lineno}: SyntaxWarning: ${msg}\n`);
  return true;
}

/** Errno names to the OSError subclass and message CPython reports for a file it cannot open. */
const OPEN_ERRORS: Record<string, [string, number, string]> = {
  ENOENT: ['FileNotFoundError', 2, 'No such file or directory'],
  EACCES: ['PermissionError', 13, 'Permission denied'],
  EISDIR: ['IsADirectoryError', 21, 'Is a directory'],
  ENOTDIR: ['NotADirectoryError', 20, 'Not a directory'],
};

/**
 * pymain_run_startup: the file named by PYTHONSTARTUP runs in __main__ before the first prompt
 * (unless -E or -I). Returns the exit status if it raised SystemExit.
 */
async function runStartup(globals: PyDict): Promise<number | null> {
  const path = process.env.PYTHONSTARTUP;
  if (path === undefined || path === '') return null;
  const flags = sys.getStr('flags');
  if (flags !== undefined && getAttrOpt(flags, 'ignore_environment') === 1) return null;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const [type, errno, msg] = OPEN_ERRORS[code] ?? ['OSError', Math.abs((e as NodeJS.ErrnoException).errno ?? 0), String(code)];
    flushStdout();
    writeStderr(`Could not open PYTHONSTARTUP\n${type}: [Errno ${errno}] ${msg}: '${path}'\n`);
    return null;
  }
  let exc: PyBaseException | null;
  try {
    const tree = parseFile(bytes, path, 'exec');
    const co = compile(tree, path, 'exec', { optimize: importConfig.optimize, flags: 0, source: decodeSource(bytes, path) });
    exc = await runStatement(new RtCode(co), globals);
  } catch (e) {
    exc = toPyExc(syntaxErrorToPy(e));
  }
  return exc === null ? null : reportError(exc);
}

/**
 * pymain_run_interactive_hook: sys.__interactivehook__() before the first prompt (site's sets up readline
 * in CPython; a program or PYTHONSTARTUP may replace it). An error is reported and the session goes on; a
 * SystemExit ends it (its status is returned).
 */
function runInteractiveHook(): number | null {
  const hook = sys.getStr('__interactivehook__');
  if (hook === undefined) return null;
  try {
    call(hook, []);
    return null;
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    flushStdout();
    writeStderr('Failed calling sys.__interactivehook__\n');
    return reportError(e.exc);
  }
}

function banner(): string {
  const platform = str(sys.getStr('platform') ?? 'linux');
  return `Typhon ${TYPHON_VERSION} (Python ${PYTHON_VERSION}-compatible) [Node.js ${process.version}] on ${platform}\n`
    + 'Type "help", "copyright", "credits" or "license" for more information.\n';
}

/**
 * The interactive loop in the __main__ namespace (the current one after -i, else a fresh one);
 * resolves to the process's exit status when the input ends or SystemExit is raised.
 */
export async function runRepl(opts: { inspect: boolean; quiet: boolean }): Promise<number> {
  initInterpreter([''], '');
  const terminal = isatty(0) && isatty(1);
  // CPython's banner: no -c/-m/script ran (their sys.argv[0] is never '' or '-').
  const argv = sys.getStr('argv');
  const argv0 = argv !== undefined ? (argv as unknown as { items: PyValue[] }).items[0] : '';
  const noProgram = !opts.inspect || argv0 === '' || argv0 === '-';
  if (!opts.quiet && noProgram) {
    flushStdout();
    writeStderr(banner());
  }
  if (sys.getStr('ps1') === undefined) sys.setStr('ps1', '>>> ');
  if (sys.getStr('ps2') === undefined) sys.setStr('ps2', '... ');
  const globals = mainGlobals();
  if (noProgram) {
    const status = await runStartup(globals);
    if (status !== null) return status;
  }
  const hookStatus = runInteractiveHook();
  if (hookStatus !== null) return hookStatus;
  const input: LineSource = terminal ? new TerminalLines(() => globals, historyPath()) : new StdioLines();
  let running = false;
  // Ctrl-C while a statement runs: the terminal is in its normal mode then, so it is a SIGINT.
  const onSigint = (): void => {
    if (running) tripSignal(2);
    else input.interrupt();
  };
  process.on('SIGINT', onSigint);
  defaultSigusr1();
  let futureFlags = 0;
  /** The lines' verdict; a failure of the parser itself becomes the exception to report. */
  const judge = (lines: string[], eof: boolean): Verdict | PyBaseException => {
    try {
      return parseInteractive(lines, eof, printSyntaxWarning, (futureFlags & CO_FUTURE_BARRY_AS_BDFL) !== 0);
    } catch (e) {
      return toPyExc(syntaxErrorToPy(e));
    }
  };
  /** Compile and run a statement; the exception it ends with, if any. */
  const execute = async (tree: A.mod, source: string): Promise<PyBaseException | null> => {
    let code: RtCode;
    try {
      const co = compile(tree, FILENAME, 'single', {
        optimize: importConfig.optimize, flags: futureFlags, source, warn: (msg, _file, lineno) => printSyntaxWarning(msg, lineno),
      });
      // A __future__ import stays in force for the statements that follow.
      futureFlags |= co.flags & PyCF_MASK;
      code = new RtCode(co);
    } catch (e) {
      // The compiler's errors quote no line: CPython cannot read <stdin> back.
      if (e instanceof PySyntaxError) e.text = null;
      return toPyExc(syntaxErrorToPy(e));
    }
    running = true;
    try {
      return await runStatement(code, globals);
    } finally {
      running = false;
      if (threadCount() > 1) pumpThreads();
    }
  };
  // Threads a statement started go on while the prompt waits for the next line, as in CPython.
  let pumping: NodeJS.Timeout | null = null;
  const pumpThreads = (): void => {
    if (pumping !== null) return;
    const step = (): void => {
      pumping = null;
      if (running || threadCount() === 1) return;
      const ran = runBackgroundSlice(SLICE);
      flushStdout();
      pumping = setTimeout(step, ran ? 0 : 10);
    };
    pumping = setTimeout(step, 0);
  };
  try {
    for (;;) {
      const ps1 = prompt('ps1');
      const ps2 = prompt('ps2');
      const lines: string[] = [];
      let verdict: Verdict | PyBaseException | null = null;
      for (;;) {
        const r = await input.read(lines.length === 0 ? ps1 : ps2);
        if (r === INTERRUPT) {
          // Ctrl-C at a prompt drops the statement: "KeyboardInterrupt" on a line of its own.
          flushStdout();
          if (terminal) process.stdout.write('\n');
          verdict = newException(KeyboardInterrupt, []);
          break;
        }
        if (r instanceof Undecodable) {
          // The SyntaxError points past the end of the statement's last line read (line 0 when none).
          const n = lines.length;
          const last = n > 0 ? lines[n - 1] : '';
          verdict = newException(SyntaxError, [r.message, new PyTuple(['<stdin>', n, n > 0 ? [...last].length + 1 : 0, last, n, -1])]);
          break;
        }
        if (r === EOF) {
          if (terminal) process.stdout.write('\n');
          if (lines.length === 0) return 0;
          verdict = judge(lines, true);
          break;
        }
        lines.push(r);
        verdict = judge(lines, false);
        if (verdict instanceof PyBaseException || verdict.kind !== 'more') break;
      }
      input.suspend();
      let exc: PyBaseException | null = null;
      if (verdict instanceof PyBaseException) exc = verdict;
      else if (verdict === null || verdict.kind === 'empty' || verdict.kind === 'more') continue;
      else if (verdict.kind === 'error') exc = toPyExc(syntaxErrorToPy(verdict.error));
      else exc = await execute(verdict.tree, verdict.source);
      if (exc !== null) {
        const status = reportError(exc);
        if (status !== null) return status;
      }
    }
  } finally {
    if (pumping !== null) clearTimeout(pumping);
    process.removeListener('SIGINT', onSigint);
    input.close();
    await joinThreads();
    flushStdout();
  }
}

/** Leaving the REPL: threading._shutdown() waits for the threads still running, as at a program's end. */
async function joinThreads(): Promise<void> {
  const shutdown = threadingShutdown();
  if (shutdown === null) return;
  const exc = await runEntry(newFrame(shutdown));
  if (exc !== null) reportError(exc);
}
