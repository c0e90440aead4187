// The site-packages directories that CPython's `import site` puts on sys.path at start-up (Lib/site.py's
// main: the user's site-packages, then the installation's, each with the directories its .pth files name).
// Running site.py itself would import os and what .pth files import at every start-up (~60 ms here); this
// computes the same directories. Not done here, as a documented difference: the `import` lines of .pth files
// (setuptools' distutils shim, editable installs' finders) and sitecustomize/usercustomize, which run only
// when the program imports site itself.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { stdlibDir, stdlibPrefix } from './stdlib.js';

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** site.getsitepackages() for the installation: Debian's patched site.py names dist-packages directories. */
function globalSitePackages(prefix: string, lib: string): string[] {
  let debian = false;
  try {
    debian = readFileSync(`${lib}/site.py`, 'latin1').includes('dist-packages');
  } catch {
    /* no site.py: the standard layout */
  }
  if (!debian) return [`${prefix}/lib/python3.11/site-packages`];
  return [`${prefix}/local/lib/python3.11/dist-packages`, `${prefix}/lib/python3/dist-packages`, `${prefix}/lib/python3.11/dist-packages`];
}

/** site.addsitedir: the directory, then the existing directories its .pth files list (in name order). */
function addSiteDir(sitedir: string, path: string[]): void {
  const dir = resolve(sitedir);
  if (!path.includes(dir)) path.push(dir);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith('.pth') || name.startsWith('.')) continue;
    let text: string;
    try {
      text = readFileSync(`${dir}/${name}`, 'utf8');
    } catch {
      continue;
    }
    for (const raw of text.split('\n')) {
      if (raw.startsWith('#') || raw.trim() === '' || raw.startsWith('import ') || raw.startsWith('import\t')) continue;
      const line = raw.trimEnd();
      const p = resolve(dir, line);
      if (!path.includes(p) && existsSync(p)) path.push(p);
    }
  }
}

/** A virtual environment (PEP 405) the program runs in. */
export interface Venv {
  /** Its directory: sys.prefix and sys.exec_prefix. */
  prefix: string;
  /** pyvenv.cfg's `home` (sys._home), the directory of the interpreter it was made from. */
  home: string | null;
  /** include-system-site-packages: the installation's site-packages (and the user's) are on sys.path too. */
  systemSite: boolean;
  /** pyvenv.cfg's `executable`, the interpreter it was made from (sys._base_executable), if it exists. */
  base: string | null;
}

/** site.venv: a pyvenv.cfg beside the executable (sys.executable, not resolved) or one directory up. */
export function findVenv(executable: string): Venv | null {
  if (executable === '') return null;
  const exeDir = dirname(resolve(executable));
  const prefix = dirname(exeDir);
  for (const conf of [join(exeDir, 'pyvenv.cfg'), join(prefix, 'pyvenv.cfg')]) {
    let text: string;
    try {
      if (!statSync(conf).isFile()) continue;
      text = readFileSync(conf, 'utf8');
    } catch {
      continue;
    }
    let systemSite = 'true';
    let home: string | null = null;
    let base: string | null = null;
    for (const line of text.split('\n')) {
      const eq = line.indexOf('=');
      if (eq < 0) continue;
      const key = line.slice(0, eq).trim().toLowerCase();
      const value = line.slice(eq + 1).trim();
      if (key === 'include-system-site-packages') systemSite = value.toLowerCase();
      else if (key === 'home') home = value;
      else if (key === 'executable' && existsSync(value)) base = value;
    }
    return { prefix, home, systemSite: systemSite === 'true', base };
  }
  return null;
}

/**
 * Append the site-packages directories to `path` (sys.path): a virtual environment's first, then (unless it
 * excludes the system's) the user's (PYTHONUSERBASE or ~/.local) unless `noUserSite` (-s, -I,
 * PYTHONNOUSERSITE), then the installation's.
 */
export function addSitePackages(path: string[], noUserSite: boolean, env: NodeJS.ProcessEnv, venv: Venv | null): void {
  const lib = stdlibDir();
  const prefix = stdlibPrefix();
  if (venv !== null) {
    const own = `${venv.prefix}/lib/python3.11/site-packages`;
    if (isDir(own)) addSiteDir(own, path);
    if (!venv.systemSite) return;
  }
  if (lib === null || prefix === '') return;
  // check_enableusersite: not for a process whose effective user or group differs from the real one.
  const sameUser = process.getuid?.() === process.geteuid?.() && process.getgid?.() === process.getegid?.();
  if (!noUserSite && sameUser) {
    const base = env.PYTHONUSERBASE || (env.HOME ? `${env.HOME}/.local` : '');
    const user = `${base}/lib/python3.11/site-packages`;
    if (base !== '' && isDir(user)) addSiteDir(user, path);
  }
  for (const dir of globalSitePackages(prefix, lib)) if (isDir(dir)) addSiteDir(dir, path);
}
