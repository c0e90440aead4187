// The site-packages directories that CPython's `import site` puts on sys.path at start-up (Lib/site.py's
// main: the user's site-packages, then the installation's, each with the directories its .pth files name).
// Running site.py itself would import os and what .pth files import at every start-up (~60 ms here); this
// computes the same directories. Not done here, as a documented difference: the `import` lines of .pth files
// (setuptools' distutils shim, editable installs' finders) and sitecustomize/usercustomize, which run only
// when the program imports site itself.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
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

/**
 * Append the site-packages directories to `path` (sys.path): the user's (PYTHONUSERBASE or ~/.local) unless
 * `noUserSite` (-s, -I, PYTHONNOUSERSITE), then the installation's.
 */
export function addSitePackages(path: string[], noUserSite: boolean, env: NodeJS.ProcessEnv): void {
  const lib = stdlibDir();
  const prefix = stdlibPrefix();
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
