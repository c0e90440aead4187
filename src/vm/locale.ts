// The LC_CTYPE locale as CPython 3.11 reads it before it starts (Python/preconfig.c, pylifecycle.c,
// initconfig.c): the locale that setlocale(LC_CTYPE, "") selects from LC_ALL, LC_CTYPE and LANG, the UTF-8
// mode the C locale turns on (PEP 540), the coercion of the C locale to C.UTF-8 (PEP 538), and the encoding
// and error handler of the standard streams. Node cannot call setlocale: a locale counts as installed where
// glibc finds it (C and POSIX always, C.UTF-8 built in, others under $LOCPATH or /usr/lib/locale; when a
// locale archive exists, its index is not read and the locale is taken as present).
import { existsSync } from 'node:fs';

export interface LocaleConfig {
  /** -X utf8 / PYTHONUTF8 as given, else 1 in the C locale. */
  utf8Mode: number;
  /** PEP 538: LC_CTYPE=C.UTF-8 is put in the environment at start-up. */
  coerce: boolean;
  /** What CPython prints on stderr at start-up about the locale (PYTHONCOERCECLOCALE=warn), or ''. */
  warning: string;
  /** The LC_CTYPE locale the interpreter starts with (after the coercion). */
  ctype: string;
  /** The standard streams' encoding and error handler (stderr's is always backslashreplace). */
  stdioEncoding: string;
  stdioErrors: string;
}

const COERCION_TARGET = 'C.UTF-8';
const COERCION_WARNING = `Python detected LC_CTYPE=C: LC_CTYPE coerced to ${COERCION_TARGET} (set another locale or `
  + 'PYTHONCOERCECLOCALE=0 to disable this locale coercion behavior).\n';
const LEGACY_WARNING = 'Python runtime initialized with LC_CTYPE=C (a locale with default ASCII encoding), which may '
  + 'cause Unicode compatibility problems. Using C.UTF-8, C.utf8, or UTF-8 (if available) as alternative '
  + 'Unicode-compatible locales is recommended.\n';

/** glibc's _nl_normalize_codeset: letters lowered, digits kept, the rest dropped ("UTF-8" -> "utf8"). */
function normaliseCodeset(codeset: string): string {
  const s = codeset.toLowerCase().replace(/[^a-z0-9]/g, '');
  return /^\d+$/.test(s) ? 'iso' + s : s;
}

/** The codeset part of a locale name ("en_US.UTF-8@euro" -> "UTF-8"), or null. */
function codesetOf(name: string): string | null {
  const at = name.indexOf('@');
  const base = at < 0 ? name : name.slice(0, at);
  const dot = base.indexOf('.');
  return dot < 0 ? null : base.slice(dot + 1);
}

function installed(name: string, env: NodeJS.ProcessEnv): boolean {
  if (name === 'C' || name === 'POSIX') return true;
  const codeset = codesetOf(name);
  const norm = codeset === null ? name : name.replace(`.${codeset}`, `.${normaliseCodeset(codeset)}`);
  if (norm === 'C.utf8') return true;
  if (name.includes('/')) return false;
  for (const dir of [env.LOCPATH, '/usr/lib/locale']) {
    if (dir === undefined || dir === '') continue;
    if (existsSync(`${dir}/${name}`) || existsSync(`${dir}/${norm}`)) return true;
  }
  return existsSync('/usr/lib/locale/locale-archive');
}

/** The process's LC_CTYPE locale at start-up, as the command line set it up (_locale starts from it). */
export const startLocale = { ctype: 'C.UTF-8' };

/** setlocale(LC_CTYPE, "") then setlocale(LC_CTYPE, NULL): POSIX reads back as C, a missing locale leaves C. */
function ctypeLocale(env: NodeJS.ProcessEnv): string {
  const name = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== '') ?? 'C';
  return name === 'POSIX' || !installed(name, env) ? 'C' : name;
}

/** nl_langinfo(CODESET) in `locale` (glibc's names; a locale name without a codeset is taken as UTF-8). */
export function localeCodeset(locale: string): string {
  if (locale === 'C') return 'ANSI_X3.4-1968';
  const codeset = codesetOf(locale) ?? locale;
  return normaliseCodeset(codeset) === 'utf8' || codesetOf(locale) === null ? 'UTF-8' : codeset;
}

/** nl_langinfo(CODESET) as CPython names it (_Py_GetLocaleEncoding): the C locale's is ASCII. */
function localeEncoding(locale: string): string {
  if (locale === 'C') return 'ascii';
  const codeset = codesetOf(locale) ?? locale;
  return normaliseCodeset(codeset) === 'utf8' || codesetOf(locale) === null ? 'utf-8' : codeset;
}

/**
 * The locale settings of a start-up. `utf8Mode` is -X utf8 or PYTHONUTF8 (-1: neither); `coerceVar` and
 * `ioEncoding` are PYTHONCOERCECLOCALE and PYTHONIOENCODING, undefined under -E and -I.
 */
export function localeConfig(
  env: NodeJS.ProcessEnv, utf8Mode: number, coerceVar: string | undefined, ioEncoding: string | undefined,
): LocaleConfig {
  let locale = ctypeLocale(env);
  const legacy = locale === 'C';
  if (utf8Mode < 0) utf8Mode = legacy ? 1 : 0;
  const warn = coerceVar === 'warn';
  // Coerced unless PYTHONCOERCECLOCALE=0 or LC_ALL (which would override LC_CTYPE) is set.
  const coerce = legacy && coerceVar !== '0' && (env.LC_ALL ?? '') === '';
  let warning = '';
  if (coerce) {
    locale = COERCION_TARGET;
    if (warn) warning = COERCION_WARNING;
  } else if (legacy && warn) {
    warning = LEGACY_WARNING;
  }
  // config_init_stdio_encoding: PYTHONIOENCODING's "encoding:errors" (an encoding alone means strict).
  let encoding: string | null = null;
  let errors: string | null = null;
  if (ioEncoding !== undefined && ioEncoding !== '') {
    const k = ioEncoding.indexOf(':');
    const name = k < 0 ? ioEncoding : ioEncoding.slice(0, k);
    if (k >= 0 && k + 1 < ioEncoding.length) errors = ioEncoding.slice(k + 1);
    if (name !== '') {
      encoding = name;
      errors ??= 'strict';
    }
  }
  encoding ??= utf8Mode ? 'utf-8' : localeEncoding(locale);
  // config_get_stdio_errors: surrogateescape in UTF-8 mode, the C locale and the coercion targets.
  errors ??= utf8Mode || locale === 'C' || ['C.UTF-8', 'C.utf8', 'UTF-8'].includes(locale) ? 'surrogateescape' : 'strict';
  return { utf8Mode, coerce, warning, ctype: locale, stdioEncoding: encoding, stdioErrors: errors };
}
