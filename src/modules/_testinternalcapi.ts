// The _testinternalcapi module (Modules/_testinternalcapi.c), as far as CPython's own test suite needs it to
// load: test.support.requires_debug_ranges() imports it at class-definition time, so test_dis, test_code,
// test_compile and test_traceback cannot even be imported without it. get_config() reports the
// interpreter's configuration (PyConfig) from what sys holds; get_recursion_depth() the frame depth.
import { PyDict, PyList, PyModule, PyBuiltin, PyValue, PyBytesObj, None, typeOf } from '../objects/object.js';
import { getAttr } from '../objects/abstract.js';
import { PyException, PyUnicodeErrorObj, UnicodeError, raise, typeError, RuntimeError, ValueError } from '../objects/exceptions.js';
import { encodeText, decodeTextValue } from './_codecs.js';
import { anyStr } from './args.js';
import { ts } from '../vm/ceval.js';
import { sys, sysFlag } from './sys.js';

export function makeTestInternalCapiModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_testinternalcapi', d);
  d.setStr('SIZEOF_PYGC_HEAD', 16);
  d.setStr('get_config', new PyBuiltin('get_config', () => config(), m));
  d.setStr('get_recursion_depth', new PyBuiltin('get_recursion_depth', () => ts.depth, m));
  d.setStr('EncodeLocaleEx', new PyBuiltin('EncodeLocaleEx', (args) => localeCodec(args, true), m));
  d.setStr('DecodeLocaleEx', new PyBuiltin('DecodeLocaleEx', (args) => localeCodec(args, false), m));
  return m;
}

/** PyConfig's fields that sys exposes, under PyConfig's names. */
function config(): PyDict {
  const c = new PyDict();
  const s = (k: string): PyValue => sys.getStr(k) ?? None;
  const flag = (k: string): PyValue => Number(getAttr(s('flags'), k));
  const xo = s('_xoptions');
  const xoptions: PyValue[] = [];
  if (xo instanceof PyDict) {
    for (const e of xo.t.map.values()) xoptions.push(e.value === true ? e.key : `${String(e.key)}=${String(e.value)}`);
  }
  const fields: [string, PyValue][] = [
    ['argv', s('argv')], ['orig_argv', s('orig_argv')], ['executable', s('executable')],
    ['base_executable', s('_base_executable')], ['prefix', s('prefix')], ['base_prefix', s('base_prefix')],
    ['exec_prefix', s('exec_prefix')], ['base_exec_prefix', s('base_exec_prefix')], ['platlibdir', s('platlibdir')],
    ['pycache_prefix', s('pycache_prefix')],
    ['module_search_paths', new PyList(s('path') instanceof PyList ? (s('path') as PyList).items.slice() : [])],
    ['warnoptions', new PyList(s('warnoptions') instanceof PyList ? (s('warnoptions') as PyList).items.slice() : [])],
    ['xoptions', new PyList(xoptions)],
    ['code_debug_ranges', 1], ['use_frozen_modules', 0], ['check_hash_pycs_mode', 'default'],
    ['filesystem_encoding', 'utf-8'], ['filesystem_errors', 'surrogateescape'],
    ['inspect', flag('inspect')], ['interactive', flag('interactive')], ['optimization_level', flag('optimize')],
    ['write_bytecode', s('dont_write_bytecode') === true ? 0 : 1], ['user_site_directory', flag('no_user_site') ? 0 : 1],
    ['site_import', flag('no_site') ? 0 : 1], ['use_environment', flag('ignore_environment') ? 0 : 1],
    ['verbose', flag('verbose')], ['bytes_warning', flag('bytes_warning')], ['quiet', flag('quiet')],
    ['isolated', flag('isolated')], ['dev_mode', flag('dev_mode')], ['safe_path', flag('safe_path')],
    ['warn_default_encoding', flag('warn_default_encoding')], ['int_max_str_digits', flag('int_max_str_digits')],
  ];
  for (const [k, v] of fields) c.setStr(k, v);
  return c;
}

/**
 * EncodeLocaleEx(str, current_locale=0, errors=None) / DecodeLocaleEx(bytes, ...): _Py_EncodeLocaleEx and
 * _Py_DecodeLocaleEx in a UTF-8 locale. They know strict and surrogateescape (and surrogatepass in UTF-8
 * mode); an error is a RuntimeError giving its position and reason.
 */
function localeCodec(args: PyValue[], encode: boolean): PyValue {
  const name = encode ? 'EncodeLocaleEx' : 'DecodeLocaleEx';
  if (args.length < 1 || args.length > 3) typeError(`${name}() takes from 1 to 3 positional arguments but ${args.length} were given`);
  const text = encode ? anyStr(args[0]) : undefined;
  if (encode && text === undefined) typeError(`${name}() argument 1 must be str, not ${typeOf(args[0]).tpName}`);
  if (!encode && !(args[0] instanceof PyBytesObj)) typeError(`${name}() argument 1 must be bytes, not ${typeOf(args[0]).tpName}`);
  const e = args.length > 2 && args[2] !== None ? args[2] : 'strict';
  if (typeof e !== 'string') typeError(`${name}() argument 3 must be str or None, not ${typeOf(e).tpName}`);
  const utf8Mode = sysFlag('utf8_mode');
  if (e !== 'strict' && e !== 'surrogateescape' && !(e === 'surrogatepass' && utf8Mode)) raise(ValueError, 'unsupported error handler');
  try {
    if (encode) {
      const b = encodeText(text!, 'utf-8', e);
      // PyBytes_FromString: up to the first NUL.
      const nul = b.indexOf(0);
      return new PyBytesObj(nul < 0 ? b : b.slice(0, nul));
    }
    return decodeTextValue((args[0] as PyBytesObj).bytes, 'utf-8', e);
  } catch (x) {
    if (!(x instanceof PyException && x.exc.cls.isSubtype(UnicodeError))) throw x;
    const u = x.exc as PyUnicodeErrorObj;
    raise(RuntimeError, `${encode ? 'encode' : 'decode'} error: pos=${u.start}, reason=${encode ? 'encoding' : 'decoding'} error`);
  }
}
