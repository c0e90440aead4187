// The _testinternalcapi module (Modules/_testinternalcapi.c), as far as CPython's own test suite needs it to
// load: test.support.requires_debug_ranges() imports it at class-definition time, so test_dis, test_code,
// test_compile and test_traceback cannot even be imported without it. get_config() reports the
// interpreter's configuration (PyConfig) from what sys holds; get_recursion_depth() the frame depth.
import { PyDict, PyList, PyModule, PyBuiltin, PyValue, None } from '../objects/object.js';
import { getAttr } from '../objects/abstract.js';
import { ts } from '../vm/ceval.js';
import { sys } from './sys.js';

export function makeTestInternalCapiModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_testinternalcapi', d);
  d.setStr('SIZEOF_PYGC_HEAD', 16);
  d.setStr('get_config', new PyBuiltin('get_config', () => config(), m));
  d.setStr('get_recursion_depth', new PyBuiltin('get_recursion_depth', () => ts.depth, m));
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
