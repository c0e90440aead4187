// Finding CPython 3.11's pure-Python standard library (its Lib/ directory), which Typhon runs on its
// own native modules. It is never copied into the repository: it is found at start-up, in order:
//   1. $TYPHON_STDLIB (a directory, taken as given);
//   2. $TYPHONHOME/lib/python3.11;
//   3. a local CPython 3.11: python3.11 then python3 found on PATH, resolved through symlinks to
//      ../lib/python3.11 (a pyenv shim is a script: the pyenv version it selects, else the newest
//      3.11.* under $PYENV_ROOT/versions), then /usr/local/lib/python3.11, /usr/lib/python3.11 and
//      ~/.pyenv/versions/3.11.*/lib/python3.11.
// Candidates of step 3 must look like 3.11's Lib: os.py, tomllib/ (new in 3.11) and asynchat.py
// (removed in 3.12; Debian keeps it in libpython3.11-stdlib, unlike distutils). Everything here is
// existsSync/statSync/realpathSync/one small readFileSync: no process is spawned (start-up time matters).
import { existsSync, statSync, realpathSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, isAbsolute } from 'node:path';
import { homedir } from 'node:os';

function isDir(p: string): boolean {
  const st = statSync(p, { throwIfNoEntry: false });
  return st !== undefined && st.isDirectory();
}

// Whether `p` exists. The probe of every start-up tests ~8 paths: existsSync (access(2)) builds no Stats
// object with its four Dates, ~3x cheaper than statSync; a directory named like these files is not a case.
const exists = existsSync;

/** Whether `dir` is CPython 3.11's Lib (see above for the marks). */
export function isStdlib311(dir: string): boolean {
  return exists(dir + '/os.py') && exists(dir + '/tomllib/__init__.py') && exists(dir + '/asynchat.py');
}

function pyenvRoot(): string {
  return process.env.PYENV_ROOT || join(homedir(), '.pyenv');
}

/** lib/python3.11 of the newest pyenv 3.11.* version, preferring `preferred` when it is one. */
function pyenvLib(root: string, preferred: string | null): string | null {
  if (preferred !== null && preferred.startsWith('3.11')) {
    const lib = `${root}/versions/${preferred}/lib/python3.11`;
    if (isStdlib311(lib)) return lib;
  }
  let names: string[];
  try {
    names = readdirSync(root + '/versions');
  } catch {
    return null;
  }
  const micro = (n: string): number => Number(n.slice(5)) || 0;
  const found = names.filter((n) => /^3\.11\.\d+$/.test(n)).sort((a, b) => micro(b) - micro(a));
  for (const n of found) {
    const lib = `${root}/versions/${n}/lib/python3.11`;
    if (isStdlib311(lib)) return lib;
  }
  return null;
}

/** The version a pyenv shim would run: $PYENV_VERSION, else $PYENV_ROOT/version (first entry). */
function pyenvSelected(root: string): string | null {
  const env = process.env.PYENV_VERSION;
  if (env) return env.split(':')[0];
  try {
    return readFileSync(root + '/version', 'latin1').split(/\s+/)[0] || null;
  } catch {
    return null;
  }
}

/** Lib of the interpreter `name` found on PATH, or null. */
function fromPath(name: string): string | null {
  for (const d of (process.env.PATH ?? '').split(':')) {
    if (d === '' || !isAbsolute(d)) continue;
    const exe = d + '/' + name;
    if (!exists(exe)) continue;
    // pyenv's shims directory holds scripts that run `pyenv exec`: ask pyenv's files instead.
    if (d.endsWith('/shims') && isDir(dirname(d) + '/versions')) {
      const lib = pyenvLib(dirname(d), pyenvSelected(dirname(d)));
      if (lib !== null) return lib;
      continue;
    }
    let real: string;
    try {
      real = realpathSync(exe);
    } catch {
      continue;
    }
    const lib = dirname(dirname(real)) + '/lib/python3.11';
    if (isStdlib311(lib)) return lib;
  }
  return null;
}

function probe(): string | null {
  const env = process.env.TYPHON_STDLIB;
  if (env) return isDir(env) ? env.replace(/(?<=.)\/+$/, '') : null;
  const home = process.env.TYPHONHOME;
  if (home && isDir(home + '/lib/python3.11')) return home + '/lib/python3.11';
  const onPath = fromPath('python3.11') ?? fromPath('python3');
  if (onPath !== null) return onPath;
  for (const lib of ['/usr/local/lib/python3.11', '/usr/lib/python3.11']) if (isStdlib311(lib)) return lib;
  return pyenvLib(pyenvRoot(), null);
}

let cached: string | null | undefined;

/** The standard library directory, or null when none was found (searched once per process). */
export function stdlibDir(): string | null {
  if (cached === undefined) cached = probe();
  return cached;
}

/**
 * The entries the standard library adds to sys.path (after the script's directory and PYTHONPATH), as
 * CPython's getpath computes them: PREFIX/lib/python311.zip (where it would be; usually absent), the library,
 * and its lib-dynload (CPython's extension modules, which Typhon does not load: its finder passes them by).
 */
export function stdlibPath(): string[] {
  const d = stdlibDir();
  if (d === null) return [];
  const prefix = stdlibPrefix();
  return prefix === '' ? [d] : [`${prefix}/lib/python311.zip`, d, `${d}/lib-dynload`];
}

/** sys.prefix for a library laid out as PREFIX/lib/python3.11, else ''. */
export function stdlibPrefix(): string {
  const d = stdlibDir();
  if (d === null || !d.endsWith('/lib/python3.11')) return '';
  return d.slice(0, -'/lib/python3.11'.length);
}
