// What the import system asks of the file system about a path (FileFinder's _path_stat and _path_is_mode_type):
// any OSError (a name too long, a loop of symlinks, no permission) counts as absent. Paths are Python strs: a
// lone surrogate (a byte that was not UTF-8, decoded with surrogateescape) reaches the system as that byte.
import { statSync, type Stats } from 'node:fs';
import { nodePath } from '../modules/posix.js';

export { nodePath };

function stat(p: string): Stats | undefined {
  try {
    return statSync(nodePath(p), { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function isDir(p: string): boolean {
  return stat(p)?.isDirectory() === true;
}

export function isFile(p: string): boolean {
  return stat(p)?.isFile() === true;
}

/** Whether p is a regular file; undefined when nothing is there. */
export function fileKind(p: string): boolean | undefined {
  const st = stat(p);
  return st === undefined ? undefined : st.isFile();
}
