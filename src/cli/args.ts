// The command line and the PYTHON* environment variables, read as CPython 3.11 reads them
// (Python/getopt.c, Python/initconfig.c): the same options, the same precedence of options over
// environment, the same messages and exit statuses for bad usage.
import { resolve } from 'node:path';
import { localeConfig } from '../vm/locale.js';

/** Everything the command line and the environment decide before the interpreter starts. */
export interface CliConfig {
  /** What to run: -c, -m, a file, or standard input ('-' or no argument). */
  mode: 'command' | 'module' | 'file' | 'stdin';
  /** The -c text, the -m name or the file name. */
  target: string;
  /** sys.argv */
  argv: string[];
  /** sys.orig_argv (the arguments after the program name, with the program name first) */
  origArgv: string[];
  bytesWarning: number;
  debug: number;
  inspect: number;
  interactive: number;
  isolated: number;
  optimize: number;
  safePath: boolean;
  dontWriteBytecode: boolean;
  noUserSite: boolean;
  noSite: boolean;
  ignoreEnvironment: boolean;
  unbuffered: boolean;
  verbose: number;
  quiet: number;
  skipFirstLine: boolean;
  warnoptions: string[];
  /** -X options in order: name and value (true for a bare name). */
  xoptions: [string, string | true][];
  checkHashBasedPycs: 'default' | 'always' | 'never';
  pycachePrefix: string | null;
  /** PYTHONPATH entries, already absolute where CPython makes them so. */
  pythonPath: string[];
  /** PYTHONHASHSEED: null = random. */
  hashSeed: number | null;
  /** -X utf8, PYTHONUTF8, else 1 in the C locale (src/vm/locale.ts). */
  utf8Mode: number;
  /** PEP 538: put LC_CTYPE=C.UTF-8 in the environment; and what to say about the locale on stderr, or ''. */
  coerceLocale: boolean;
  localeWarning: string;
  /** The LC_CTYPE locale the interpreter starts with (C.UTF-8 after the coercion). */
  ctypeLocale: string;
  /** The standard streams' encoding and error handler (PYTHONIOENCODING, UTF-8 mode, the locale). */
  stdioEncoding: string;
  stdioErrors: string;
  devMode: boolean;
  /** faulthandler enabled at start-up: -X faulthandler, PYTHONFAULTHANDLER or the development mode. */
  faulthandler: boolean;
  /** -X no_debug_ranges, PYTHONNODEBUGRANGES: code objects without column positions. */
  noDebugRanges: boolean;
  warnDefaultEncoding: number;
  intMaxStrDigits: number;
  importTime: boolean;
}

/** Parsing stopped: print these and exit with this status (help, version, usage errors). */
export interface CliExit {
  exit: number;
  stdout: string;
  stderr: string;
}

export const TYPHON_VERSION = '0.1.0';
export const PYTHON_VERSION = '3.11.7';
const PROGRAM = 'typhon';

function usageLine(): string {
  return `usage: ${PROGRAM} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n`;
}

function usageError(message: string): CliExit {
  return { exit: 2, stdout: '', stderr: `${message}\n${usageLine()}Try \`${PROGRAM} -h' for more information.\n` };
}

function fatal(func: string, message: string, state: string): CliExit {
  return { exit: 1, stdout: '', stderr: `Fatal Python error: ${func}: ${message}\nPython runtime state: ${state}\n\n` };
}

/** `-V` once: CPython's "Python X.Y.Z" line (scripts parse it); twice: also what runs it. */
export function versionText(level: number): string {
  if (level < 2) return `Python ${PYTHON_VERSION}\n`;
  return `Python ${PYTHON_VERSION} (Typhon ${TYPHON_VERSION}, Node.js ${process.version}) [V8 ${process.versions.v8}]\n`;
}

const SHORT_WITH_ARG = 'cmWX';
const SHORT_FLAGS = 'bBdEhiIOPqRsStuvVx?';

/** _Py_get_env_flag: an integer value counts as given, anything else non-empty as 1. */
function envFlag(env: NodeJS.ProcessEnv, name: string): number {
  const v = env[name];
  if (v === undefined || v === '') return 0;
  const s = v.trim();
  if (/^[+-]?\d+$/.test(s)) {
    const n = Number.parseInt(s, 10);
    return n > 0 ? n : 1;
  }
  return 1;
}

function envStr(env: NodeJS.ProcessEnv, name: string): string | null {
  const v = env[name];
  return v === undefined || v === '' ? null : v;
}

/** The working directory, or '' when it no longer exists (CPython starts there too; os.getcwd() then raises). */
export function workingDir(): string {
  try {
    return process.cwd();
  } catch {
    return '';
  }
}

/**
 * Parse argv (the arguments after the program name) and the environment. Returns the
 * configuration, or what to print and the exit status when the command line says to stop.
 * `program` is the command as run (sys.orig_argv[0]; CPython's is its own argv[0]).
 */
export function parseCommandLine(args: string[], env: NodeJS.ProcessEnv, cwd: string, program = PROGRAM): CliConfig | CliExit {
  const c: CliConfig = {
    mode: 'stdin', target: '', argv: [''], origArgv: [program, ...args],
    bytesWarning: 0, debug: 0, inspect: 0, interactive: 0, isolated: 0, optimize: 0, safePath: false,
    dontWriteBytecode: false, noUserSite: false, noSite: false, ignoreEnvironment: false, unbuffered: false,
    verbose: 0, quiet: 0, skipFirstLine: false, warnoptions: [], xoptions: [], checkHashBasedPycs: 'default',
    pycachePrefix: null, pythonPath: [], hashSeed: null, utf8Mode: -1, devMode: false, faulthandler: false, noDebugRanges: false, warnDefaultEncoding: 0,
    intMaxStrDigits: -1, importTime: false, coerceLocale: false, localeWarning: '', ctypeLocale: 'C.UTF-8', stdioEncoding: 'utf-8', stdioErrors: 'strict',
  };
  let help: 'none' | 'options' | 'env' | 'xoptions' | 'all' = 'none';
  let version = 0;
  const cmdWarnings: string[] = [];
  let i = 0;
  let stopped = false;
  let randomHash = false;
  while (i < args.length && !stopped) {
    const a = args[i];
    if (a.length < 2 || a[0] !== '-') break; // a file name, or '-' (standard input)
    i++;
    if (a === '--') break;
    if (a === '--help') { help = 'options'; continue; }
    if (a === '--version') { version++; continue; }
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (name === 'check-hash-based-pycs') {
        if (i >= args.length) return usageError(`Argument expected for the ${a} options`);
        const v = args[i++];
        if (v !== 'default' && v !== 'always' && v !== 'never') {
          return usageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
        }
        c.checkHashBasedPycs = v;
      } else if (name === 'help-env') help = 'env';
      else if (name === 'help-xoptions') help = 'xoptions';
      else if (name === 'help-all') help = 'all';
      else return usageError(`unknown option ${a}`);
      continue;
    }
    // A cluster of short options: -OO, -Bc 'code', -Wignore ...
    for (let j = 1; j < a.length; j++) {
      const o = a[j];
      if (o === 'J') return usageError('-J is reserved for Jython');
      if (SHORT_WITH_ARG.includes(o)) {
        let value: string;
        if (j + 1 < a.length) value = a.slice(j + 1);
        else if (i < args.length) value = args[i++];
        else return usageError(`Argument expected for the -${o} option`);
        if (o === 'c') {
          c.mode = 'command';
          c.target = value + '\n';
          c.argv = ['-c', ...args.slice(i)];
          stopped = true;
        } else if (o === 'm') {
          c.mode = 'module';
          c.target = value;
          c.argv = ['-m', ...args.slice(i)];
          stopped = true;
        } else if (o === 'W') cmdWarnings.push(value);
        else c.xoptions.push(xoption(value));
        break;
      }
      if (!SHORT_FLAGS.includes(o)) return usageError(`Unknown option: -${o}`);
      switch (o) {
        case 'b': c.bytesWarning++; break;
        case 'B': c.dontWriteBytecode = true; break;
        case 'd': c.debug++; break;
        case 'E': c.ignoreEnvironment = true; break;
        case 'h': case '?': help = 'options'; break;
        case 'i': c.inspect++; c.interactive++; break;
        case 'I': c.isolated++; break;
        case 'O': c.optimize++; break;
        case 'P': c.safePath = true; break;
        case 'q': c.quiet++; break;
        case 's': c.noUserSite = true; break;
        case 'S': c.noSite = true; break;
        case 'u': c.unbuffered = true; break;
        case 'v': c.verbose++; break;
        case 'V': version++; break;
        case 'x': c.skipFirstLine = true; break;
        // -R: hash randomization, even where PYTHONHASHSEED says otherwise (use_hash_seed = 0)
        case 'R': randomHash = true; break;
        // 't' is accepted and ignored, as by CPython 3
      }
    }
  }
  if (help !== 'none') {
    const text = help === 'options' ? usageLine() + HELP_OPTIONS
      : help === 'env' ? HELP_ENV
      : help === 'xoptions' ? HELP_XOPTIONS
      : usageLine() + HELP_OPTIONS + '\n\n' + HELP_ENV + '\n\n' + HELP_XOPTIONS;
    return { exit: 0, stdout: text, stderr: '' };
  }
  if (version > 0) return { exit: 0, stdout: versionText(version), stderr: '' };
  if (c.mode === 'stdin' && i < args.length) {
    if (args[i] === '-') {
      c.argv = args.slice(i);
    } else {
      c.mode = 'file';
      c.target = args[i];
      c.argv = args.slice(i);
    }
  }
  if (c.isolated) {
    c.ignoreEnvironment = true;
    c.noUserSite = true;
    c.safePath = true;
  }

  // The environment: PYTHON* variables, ignored under -E/-I; a flag is the larger of the two.
  const useEnv = !c.ignoreEnvironment;
  if (useEnv) {
    c.debug = Math.max(c.debug, envFlag(env, 'PYTHONDEBUG'));
    c.verbose = Math.max(c.verbose, envFlag(env, 'PYTHONVERBOSE'));
    c.optimize = Math.max(c.optimize, envFlag(env, 'PYTHONOPTIMIZE'));
    c.inspect = Math.max(c.inspect, envFlag(env, 'PYTHONINSPECT'));
    if (envFlag(env, 'PYTHONDONTWRITEBYTECODE')) c.dontWriteBytecode = true;
    if (envFlag(env, 'PYTHONNOUSERSITE')) c.noUserSite = true;
    if (envFlag(env, 'PYTHONUNBUFFERED')) c.unbuffered = true;
    if (envFlag(env, 'PYTHONSAFEPATH')) c.safePath = true;
    if (envFlag(env, 'PYTHONDEVMODE')) c.devMode = true;
    if (env.PYTHONFAULTHANDLER) c.faulthandler = true;
    if (env.PYTHONNODEBUGRANGES) c.noDebugRanges = true;
    if (envFlag(env, 'PYTHONWARNDEFAULTENCODING')) c.warnDefaultEncoding = 1;
    const path = env.PYTHONPATH;
    if (path !== undefined && path !== '') {
      // Entries are made absolute and normalised (getpath's abspath); an empty one is the working directory.
      c.pythonPath = path.split(':').map((p) => (p === '' ? cwd : resolve(cwd, p)));
    }
    const prefix = envStr(env, 'PYTHONPYCACHEPREFIX');
    if (prefix !== null) c.pycachePrefix = prefix;
    const seed = env.PYTHONHASHSEED;
    if (!randomHash && seed !== undefined && seed !== '' && seed !== 'random') {
      const n = /^\d+$/.test(seed) ? Number(seed) : NaN;
      if (!(n >= 0 && n <= 4294967295)) {
        return fatal('config_init_hash_seed', 'PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]', 'preinitialized');
      }
      c.hashSeed = n;
    }
    const utf8 = env.PYTHONUTF8;
    if (utf8 !== undefined && utf8 !== '') {
      if (utf8 === '1') c.utf8Mode = 1;
      else if (utf8 === '0') c.utf8Mode = 0;
      else return fatal('preconfig_init_utf8_mode', 'invalid PYTHONUTF8 environment variable value', 'preinitializing');
    }
    const digits = env.PYTHONINTMAXSTRDIGITS;
    if (digits !== undefined && digits !== '') {
      const n = /^\d+$/.test(digits) ? Number(digits) : NaN;
      if (!(n === 0 || (n >= 640 && n <= 0x7fffffff))) {
        return fatal('config_init_int_max_str_digits', 'PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.', 'preinitialized');
      }
      c.intMaxStrDigits = n;
    }
    const warnings = env.PYTHONWARNINGS;
    if (warnings !== undefined && warnings !== '') for (const w of warnings.split(',')) if (w !== '') c.warnoptions.push(w);
  }
  c.warnoptions.push(...cmdWarnings);
  // -b and -bb come last: the highest priority (config_init_warnoptions).
  if (c.bytesWarning > 0) c.warnoptions.push(c.bytesWarning > 1 ? 'error::BytesWarning' : 'default::BytesWarning');

  // -X options (they override the environment).
  for (const [name, value] of c.xoptions) {
    switch (name) {
      case 'importtime': c.importTime = true; break;
      case 'dev': c.devMode = true; break;
      case 'faulthandler': c.faulthandler = true; break;
      case 'no_debug_ranges': c.noDebugRanges = true; break;
      case 'warn_default_encoding': c.warnDefaultEncoding = 1; break;
      case 'pycache_prefix':
        c.pycachePrefix = value === true || value === '' ? null : value;
        break;
      case 'utf8':
        if (value === true || value === '1') c.utf8Mode = 1;
        else if (value === '0') c.utf8Mode = 0;
        else return fatal('preconfig_init_utf8_mode', 'invalid -X utf8 option value', 'preinitializing');
        break;
      case 'int_max_str_digits': {
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
        if (!(n === 0 || (n >= 640 && n <= 0x7fffffff))) {
          return fatal('config_init_int_max_str_digits', '-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.', 'preinitialized');
        }
        c.intMaxStrDigits = n;
        break;
      }
    }
  }
  if (c.devMode) {
    c.warnoptions.unshift('default');
    c.faulthandler = true;
  }
  const loc = localeConfig(env, c.utf8Mode, useEnv ? env.PYTHONCOERCECLOCALE : undefined, useEnv ? env.PYTHONIOENCODING : undefined);
  c.utf8Mode = loc.utf8Mode;
  c.coerceLocale = loc.coerce;
  c.localeWarning = loc.warning;
  c.ctypeLocale = loc.ctype;
  c.stdioEncoding = loc.stdioEncoding;
  c.stdioErrors = loc.stdioErrors;
  return c;
}

function xoption(s: string): [string, string | true] {
  const eq = s.indexOf('=');
  return eq < 0 ? [s, true] : [s.slice(0, eq), s.slice(eq + 1)];
}

/** sys.flags in CPython 3.11's field order. */
export function sysFlags(c: CliConfig): (number | boolean)[] {
  return [
    c.debug, c.inspect, c.interactive, c.optimize, c.dontWriteBytecode ? 1 : 0, c.noUserSite ? 1 : 0, c.noSite ? 1 : 0,
    c.ignoreEnvironment ? 1 : 0, c.verbose, c.bytesWarning, c.quiet, c.hashSeed === 0 ? 0 : 1, c.isolated, c.devMode,
    c.utf8Mode, c.warnDefaultEncoding, c.safePath, c.intMaxStrDigits,
  ];
}

/** sys._xoptions as name -> value pairs (the last of a name wins, in first-seen order). */
export function xoptionsMap(c: CliConfig): Map<string, string | true> {
  const m = new Map<string, string | true>();
  for (const [k, v] of c.xoptions) m.set(k, v);
  return m;
}

const HELP_OPTIONS = `Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

// The variables Typhon honours are those of CPython it has a use for; the others are accepted and ignored.
const HELP_ENV = `Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONHOME   : alternate <prefix> directory (or <prefix>:<exec_prefix>).
               The default module search path uses <prefix>/lib/pythonX.X.
PYTHONPLATLIBDIR : override sys.platlibdir.
PYTHONCASEOK : ignore case in 'import' statements (Windows).
PYTHONUTF8: if set to 1, enable the UTF-8 mode.
PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
PYTHONFAULTHANDLER: dump the Python traceback on fatal errors.
PYTHONHASHSEED: if this variable is set to 'random', a random value is used
   to seed the hashes of str and bytes objects.  It can also be set to an
   integer in the range [0,4294967295] to get hash values with a
   predictable seed.
PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
   when converting from a string and when converting an int back to a str.
   A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,
   16, and 32 are never limited.
PYTHONMALLOC: set the Python memory allocators and/or install debug hooks
   on Python memory allocators. Use PYTHONMALLOC=debug to install debug
   hooks.
PYTHONCOERCECLOCALE: if this variable is set to 0, it disables the locale
   coercion behavior. Use PYTHONCOERCECLOCALE=warn to request display of
   locale coercion and locale compatibility warnings on stderr.
PYTHONBREAKPOINT: if this variable is set to 0, it disables the default
   debugger. It can be set to the callable of your debugger of choice.
PYTHONDEVMODE: enable the development mode.
PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files.
PYTHONWARNDEFAULTENCODING: enable opt-in EncodingWarning for 'encoding=None'.
PYTHONNODEBUGRANGES: If this variable is set, it disables the inclusion of the 
   tables mapping extra location information (end line, start column offset 
   and end column offset) to every instruction in code objects. This is useful 
   when smaller code objects and pyc files are desired as well as suppressing the 
   extra visual location indicators when the interpreter displays tracebacks.
These variables have equivalent command-line parameters (see --help for details):
PYTHONDEBUG             : enable parser debug mode (-d)
PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                          (-X int_max_str_digits=number)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : trace import statements (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
`;

const HELP_XOPTIONS = `The following implementation-specific options are available:

-X faulthandler: enable faulthandler

-X showrefcount: output the total reference count and number of used
    memory blocks when the program finishes or after each statement in the
    interactive interpreter. This only works on debug builds

-X tracemalloc: start tracing Python memory allocations using the
    tracemalloc module. By default, only the most recent frame is stored in a
    traceback of a trace. Use -X tracemalloc=NFRAME to start tracing with a
    traceback limit of NFRAME frames

-X importtime: show how long each import takes. It shows module name,
    cumulative time (including nested imports) and self time (excluding
    nested imports). Note that its output may be broken in multi-threaded
    application. Typical usage is python3 -X importtime -c 'import asyncio'

-X dev: enable CPython's "development mode", introducing additional runtime
    checks which are too expensive to be enabled by default. Effect of the
    developer mode:
       * Add default warning filter, as -W default
       * Install debug hooks on memory allocators: see the PyMem_SetupDebugHooks()
         C function
       * Enable the faulthandler module to dump the Python traceback on a crash
       * Enable asyncio debug mode
       * Set the dev_mode attribute of sys.flags to True
       * io.IOBase destructor logs close() exceptions

-X utf8: enable UTF-8 mode for operating system interfaces, overriding the default
    locale-aware mode. -X utf8=0 explicitly disables UTF-8 mode (even when it would
    otherwise activate automatically)

-X pycache_prefix=PATH: enable writing .pyc files to a parallel tree rooted at the
    given directory instead of to the code tree

-X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None'

-X no_debug_ranges: disable the inclusion of the tables mapping extra location 
   information (end line, start column offset and end column offset) to every 
   instruction in code objects. This is useful when smaller code objects and pyc 
   files are desired as well as suppressing the extra visual location indicators 
   when the interpreter displays tracebacks.

-X frozen_modules=[on|off]: whether or not frozen modules should be used.
   The default is "on" (or "off" if you are running a local build).

-X int_max_str_digits=number: limit the size of int<->str conversions.
    This helps avoid denial of service attacks when parsing untrusted data.
    The default is sys.int_info.default_max_str_digits.  0 disables.
`;
