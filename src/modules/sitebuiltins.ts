// What Lib/site.py adds to builtins (Lib/_sitebuiltins.py): exit and quit (Quitter: a repr that
// says how to leave, a call that raises SystemExit), copyright, credits and license (_Printer: the
// text as repr when short, else paged by a call) and help (_Helper: pydoc's help).
import { PyValue, PyDict, PyObject, PyType, None, typeType, objectType, defineMethods } from '../objects/object.js';
import { PyException, newException, SystemExit } from '../objects/exceptions.js';
import { call, getAttrOpt, str } from '../objects/abstract.js';
import { parseArgs } from '../objects/str.js';

function siteType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], 0);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_sitebuiltins');
  return t;
}

const quitterType = siteType('Quitter');
const printerType = siteType('_Printer');
const helperType = siteType('_Helper');

class PyQuitter extends PyObject {
  constructor(name: string, eof: string) {
    super(quitterType);
    this.dict = new PyDict();
    this.dict.setStr('name', name);
    this.dict.setStr('eof', eof);
  }
}

/** _Printer: lines shown whole by repr() when few, else by a call, MAXLINES at a time. */
class PyPrinter extends PyObject {
  constructor(readonly name: string, readonly lines: string[]) {
    super(printerType);
  }
}
const MAXLINES = 23;

class PyHelper extends PyObject {
  constructor() {
    super(helperType);
  }
}

const TYPHON_LICENSE = `Typhon is free software, released under the MIT license:

Copyright (c) the Typhon contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

Typhon implements the Python language; Python and its standard library are
distributed by the Python Software Foundation under the PSF License Agreement:
See https://www.python.org/psf/license/`;

const CREDITS = `    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.`;

const COPYRIGHT = `Copyright (c) the Typhon contributors.
All Rights Reserved.

Python is Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.`;

/** Put exit, quit, copyright, credits, license and help into the builtins namespace. */
export function installSiteBuiltins(builtins: PyDict): void {
  defineMethods(quitterType, {
    __repr__: (self) => {
      const d = (self as PyQuitter).dict!;
      return `Use ${str(d.getStr('name') ?? '')}() or ${str(d.getStr('eof') ?? '')} to exit`;
    },
    __call__: (self, args, kw) => {
      const [code] = parseArgs('__call__', ['code'], args, kw);
      // As site.py: shells that catch SystemExit still see their stdin closed.
      try {
        const stdin = getAttrOpt(sysModule(builtins), 'stdin');
        const close = stdin === undefined ? undefined : getAttrOpt(stdin, 'close');
        if (close !== undefined) call(close, []);
      } catch {
        /* a bare except in site.py */
      }
      throw new PyException(newException(SystemExit, [code ?? None]));
    },
  });
  defineMethods(printerType, {
    __repr__: (self) => {
      const p = self as PyPrinter;
      return p.lines.length <= MAXLINES ? p.lines.join('\n') : `Type ${p.name}() to see the full ${p.name} text`;
    },
    __call__: (self) => {
      const p = self as PyPrinter;
      const print = builtins.getStr('print')!;
      const input = builtins.getStr('input')!;
      for (let lineno = 0; lineno < p.lines.length; lineno += MAXLINES) {
        for (const line of p.lines.slice(lineno, lineno + MAXLINES)) call(print, [line]);
        if (lineno + MAXLINES >= p.lines.length) break;
        let key: PyValue;
        do key = call(input, ['Hit Return for more, or q (and Return) to quit: ']);
        while (key !== '' && key !== 'q');
        if (key === 'q') break;
      }
      return None;
    },
  });
  defineMethods(helperType, {
    __repr__: () => 'Type help() for interactive help, or help(object) for help about object.',
    __call__: (_self, args, kw) => {
      const pydoc = call(builtins.getStr('__import__')!, ['pydoc']);
      return call(getAttrOpt(pydoc, 'help') ?? None, args, kw);
    },
  });
  builtins.setStr('exit', new PyQuitter('exit', 'Ctrl-D (i.e. EOF)'));
  builtins.setStr('quit', new PyQuitter('quit', 'Ctrl-D (i.e. EOF)'));
  builtins.setStr('copyright', new PyPrinter('copyright', COPYRIGHT.split('\n')));
  builtins.setStr('credits', new PyPrinter('credits', CREDITS.split('\n')));
  builtins.setStr('license', new PyPrinter('license', TYPHON_LICENSE.split('\n')));
  builtins.setStr('help', new PyHelper());
}

function sysModule(builtins: PyDict): PyValue {
  return call(builtins.getStr('__import__')!, ['sys']);
}
