// The readline module (Modules/readline.c) with GNU readline's behaviour: the history list and its files,
// the completer settings, and, once imported, input() on a terminal edited as readline edits it (Emacs keys,
// the history on Up/Down, lines added to it as CPython's call_readline adds them) by node:readline, while the
// thread is suspended so that the host's event loop delivers the keys. Completion inside input() would call
// Python from a key handler of the host, outside the eval loop: the completer is kept but not called there.
// Init files, key bindings (parse_and_bind) and the line buffer of a running edit are GNU readline's own
// and have no counterpart: they are taken and do nothing.
import { createInterface, type Interface } from 'node:readline';
import { readFileSync, writeFileSync, appendFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PyValue, PyDict, PyModule, PyBuiltin, None, typeOf } from '../objects/object.js';
import { typeError, valueError, raise, EOFError } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { encodeText, decodeText } from './_codecs.js';
import { unpackArgs, anyStr } from './args.js';
import { raiseErrno, errnoOf } from './errno.js';
import { block } from '../vm/threads.js';
import { lineEditor } from './builtins.js';
import { tripSignal, runPendingSignals } from '../vm/ceval.js';
import { PySurrogateStr } from '../objects/surrogatestr.js';

/** The history, oldest first (GNU readline's history list). */
let history: string[] = [];
let historyLength = -1;
let autoHistory = true;
let completer: PyValue = None;
let completerDelims = ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?';

const INTERRUPT = Symbol('interrupt');
const EOF = Symbol('eof');

/** call_readline: one line edited on the terminal, the thread suspended until it is entered. */
function readLine(prompt: string): PyValue {
  let result: string | typeof INTERRUPT | typeof EOF | null = null;
  let rl: Interface | null = null;
  const start = (): void => {
    result = null;
    rl = createInterface({
      input: process.stdin, output: process.stdout, terminal: true, tabSize: 8,
      // Newest first, as node:readline keeps it; lines are added below, as call_readline adds them.
      history: [...history].reverse(), historySize: 0,
    });
    rl.on('line', (line: string) => {
      result = line;
      rl?.close();
    });
    rl.on('SIGINT', () => {
      result = INTERRUPT;
      rl?.close();
    });
    rl.on('close', () => {
      result ??= EOF;
      rl = null;
    });
    rl.setPrompt(prompt);
    rl.prompt();
  };
  const done = (): void => {
    if (rl !== null) {
      const r = rl as Interface;
      rl = null;
      r.removeAllListeners('close');
      r.close();
    }
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.stdin.pause();
  };
  start();
  return block({
    ready: () => result !== null,
    // Keys arrive through the host's event loop: look again every few milliseconds.
    get deadline() {
      return performance.now() + 10;
    },
    external: true,
    finish: () => {
      const r = result;
      if (r === null) return undefined;
      done();
      // As GNU readline, neither Ctrl-D nor Ctrl-C ends the line on the screen.
      if (r === EOF) raise(EOFError, 'EOF when reading a line');
      if (r === INTERRUPT) {
        // Ctrl-C is a key in raw mode: delivered as the SIGINT it stands for. A handler that does not raise
        // lets the edit start again, as readline's does.
        tripSignal(2);
        runPendingSignals();
        start();
        return undefined;
      }
      if (autoHistory && r.length > 0 && r !== history[history.length - 1]) history.push(r);
      return r;
    },
  });
}

function defaultHistoryFile(): string {
  return join(homedir(), '.history');
}

/** A file name argument (PyUnicode_FSConverter), or the default for None. */
function fileArg(v: PyValue | undefined, dflt: () => string): string | Buffer {
  if (v === undefined || v === None) return dflt();
  const s = anyStr(v);
  if (s !== undefined) return typeof s === 'string' ? s : Buffer.from(encodeText(s, 'utf-8', 'surrogateescape'));
  typeError(`expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
}

/** A str argument of the 's' kind (readline.c's PyArg_ParseTuple "s"), for its errors. */
function strArg(fname: string, pos: number, v: PyValue): string {
  const s = anyStr(v);
  if (s === undefined) typeError(`${fname}() argument${pos > 0 ? ` ${pos}` : ''} must be str, not ${typeOf(v).name}`);
  // A str JS cannot hold (a surrogate pair of code points) is kept as the character the pair makes.
  return typeof s === 'string' ? s : String.fromCodePoint(...(s as PySurrogateStr).cps);
}

/** GNU readline's errors are the errno of the file call, without the file's name. */
function fileCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    raiseErrno(errnoOf((e as NodeJS.ErrnoException).code));
  }
}

/** history_truncate_file: keep the file's last `n` lines. */
function truncateFile(file: string | Buffer, n: number): void {
  if (n < 0) return;
  const lines = fileCall(() => readFileSync(file, 'utf8')).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length > n) fileCall(() => writeFileSync(file, lines.slice(lines.length - n).map((l) => l + '\n').join('')));
}

function hookArg(fname: string, v: PyValue | undefined): PyValue {
  if (v === undefined || v === None) return None;
  if (typeOf(v).lookup('__call__') === undefined) typeError(`${fname}(func): argument not callable`);
  return v;
}

export function makeReadlineModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('readline', d);
  d.setStr('__doc__', 'Importing this module enables command line editing using GNU readline.');
  d.setStr('_READLINE_VERSION', 0x802);
  d.setStr('_READLINE_RUNTIME_VERSION', 0x802);
  d.setStr('_READLINE_LIBRARY_VERSION', '8.2');
  const def = (name: string, min: number, max: number, f: (a: PyValue[]) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, (args, kw) => {
      // Argument Clinic's messages: METH_NOARGS, METH_O, then positional-only ranges.
      if (kw !== null && kw.length > 0) typeError(`readline.${name}() takes no keyword arguments`);
      if (max === 0 && args.length > 0) typeError(`readline.${name}() takes no arguments (${args.length} given)`);
      if (min === 1 && max === 1 && args.length !== 1) typeError(`readline.${name}() takes exactly one argument (${args.length} given)`);
      unpackArgs(name, args, kw, min, max);
      return f(args);
    }, m));
  };
  const hooks = new Map<string, PyValue>();
  for (const name of ['set_startup_hook', 'set_pre_input_hook', 'set_completion_display_matches_hook']) {
    def(name, 0, 1, (a) => {
      hooks.set(name, hookArg(name, a[0]));
      return None;
    });
  }

  def('parse_and_bind', 1, 1, (a) => {
    if (anyStr(a[0]!) === undefined) typeError('bad argument type for built-in operation');
    return None;
  });
  def('read_init_file', 0, 1, (a) => {
    if (a[0] !== undefined && a[0] !== None) fileCall(() => statSync(fileArg(a[0], () => '')));
    return None;
  });
  def('get_line_buffer', 0, 0, () => '');
  def('insert_text', 1, 1, (a) => {
    strArg('insert_text', 0, a[0]!);
    return None;
  });
  def('redisplay', 0, 0, () => None);

  // History
  def('add_history', 1, 1, (a) => {
    if (anyStr(a[0]!) === undefined) typeError('bad argument type for built-in operation');
    history.push(strArg('add_history', 0, a[0]!));
    return None;
  });
  def('get_current_history_length', 0, 0, () => history.length);
  def('get_history_length', 0, 0, () => historyLength);
  def('set_history_length', 1, 1, (a) => {
    historyLength = Number(index(a[0]!));
    return None;
  });
  def('get_history_item', 1, 1, (a) => {
    const i = Number(index(a[0]!));
    return i >= 1 && i <= history.length ? history[i - 1]! : None;
  });
  const position = (v: PyValue): number => {
    const i = Number(index(v));
    if (i < 0) valueError('History index cannot be negative');
    if (i >= history.length) valueError(`No history item at position ${i}`);
    return i;
  };
  def('remove_history_item', 1, 1, (a) => {
    history.splice(position(a[0]!), 1);
    return None;
  });
  def('replace_history_item', 2, 2, (a) => {
    const line = strArg('replace_history_item', 2, a[1]!);
    history[position(a[0]!)] = line;
    return None;
  });
  def('clear_history', 0, 0, () => {
    history = [];
    return None;
  });
  def('set_auto_history', 1, 1, (a) => {
    autoHistory = Boolean(Number(index(a[0]!)));
    return None;
  });
  def('read_history_file', 0, 1, (a) => {
    const text = fileCall(() => readFileSync(fileArg(a[0], defaultHistoryFile)));
    const lines = decodeText(new Uint8Array(text), 'utf-8', 'surrogateescape').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    // Lines of '#' and digits are the time stamps GNU readline may write before an entry.
    for (const l of lines) if (!/^#\d+$/.test(l)) history.push(l);
    return None;
  });
  def('write_history_file', 0, 1, (a) => {
    const file = fileArg(a[0], defaultHistoryFile);
    fileCall(() => writeFileSync(file, history.map((l) => l + '\n').join('')));
    truncateFile(file, historyLength);
    return None;
  });
  def('append_history_file', 1, 2, (a) => {
    const n = Number(index(a[0]!));
    const file = fileArg(a[1], defaultHistoryFile);
    fileCall(() => statSync(file)); // the file must exist (append_history opens it without O_CREAT)
    const items = n <= 0 ? [] : history.slice(Math.max(0, history.length - n));
    fileCall(() => appendFileSync(file, items.map((l) => l + '\n').join('')));
    truncateFile(file, historyLength);
    return None;
  });

  // Completion (kept for the program; see the top of the file)
  def('set_completer', 0, 1, (a) => {
    completer = hookArg('set_completer', a[0]);
    return None;
  });
  def('get_completer', 0, 0, () => completer);
  def('get_completion_type', 0, 0, () => 0);
  def('get_begidx', 0, 0, () => 0);
  def('get_endidx', 0, 0, () => 0);
  def('set_completer_delims', 1, 1, (a) => {
    completerDelims = strArg('set_completer_delims', 0, a[0]!);
    return None;
  });
  def('get_completer_delims', 0, 0, () => completerDelims);

  lineEditor.read = readLine;
  return m;
}
