// Expressions back to source text, for `from __future__ import annotations`
// (Python/ast_unparse.c, which the compiler uses; it agrees with ast.unparse on
// annotations in practice).
import * as A from '../parser/ast.js';
import { ConstValue, PyComplex, PyFrozenSet, PyTuple, constantRepr, floatRepr } from '../parser/constants.js';

const enum P {
  TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM,
}

const BINOP: Record<string, [string, P]> = {
  Add: [' + ', P.ARITH], Sub: [' - ', P.ARITH], Mult: [' * ', P.TERM], MatMult: [' @ ', P.TERM],
  Div: [' / ', P.TERM], Mod: [' % ', P.TERM], LShift: [' << ', P.SHIFT], RShift: [' >> ', P.SHIFT],
  BitOr: [' | ', P.BOR], BitXor: [' ^ ', P.BXOR], BitAnd: [' & ', P.BAND], FloorDiv: [' // ', P.TERM],
  Pow: [' ** ', P.POWER],
};
const CMPOP: Record<string, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in',
  NotIn: 'not in',
};

function constRepr(v: ConstValue): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) && !Number.isNaN(v)) return v > 0 ? '1e309' : '-1e309';
    return floatRepr(v);
  }
  if (v instanceof PyComplex) {
    const inf = (x: number) => (Number.isFinite(x) || Number.isNaN(x) ? floatRepr(x, false) : x > 0 ? '1e309' : '-1e309');
    if (v.real === 0 && !Object.is(v.real, -0)) return inf(v.imag) + 'j';
    const im = inf(v.imag);
    return '(' + inf(v.real) + (im[0] === '-' ? '' : '+') + im + 'j)';
  }
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return '(' + constRepr(v.items[0]) + ',)';
    return '(' + v.items.map(constRepr).join(', ') + ')';
  }
  if (v instanceof PyFrozenSet) return 'frozenset({' + v.items.map(constRepr).join(', ') + '})';
  if ((v as unknown) === A.Constant) return '';
  const s = constantRepr(v as A.Constant['value']);
  return s === 'Ellipsis' ? '...' : s;
}

class Unparser {
  out = '';

  expr(e: A.expr, level: P): void {
    switch (e._type) {
      case 'BoolOp': {
        const pr = e.op._type === 'And' ? P.AND : P.OR;
        const op = e.op._type === 'And' ? ' and ' : ' or ';
        if (level > pr) this.out += '(';
        e.values.forEach((v, i) => {
          if (i) this.out += op;
          this.expr(v, pr + 1);
        });
        if (level > pr) this.out += ')';
        return;
      }
      case 'BinOp': {
        const [op, pr] = BINOP[e.op._type];
        const rassoc = e.op._type === 'Pow';
        if (level > pr) this.out += '(';
        this.expr(e.left, pr + (rassoc ? 1 : 0));
        this.out += op;
        this.expr(e.right, pr + (rassoc ? 0 : 1));
        if (level > pr) this.out += ')';
        return;
      }
      case 'UnaryOp': {
        const t = e.op._type;
        const op = t === 'Not' ? 'not ' : t === 'Invert' ? '~' : t === 'UAdd' ? '+' : '-';
        const pr = t === 'Not' ? P.NOT : P.FACTOR;
        if (level > pr) this.out += '(';
        this.out += op;
        this.expr(e.operand, pr);
        if (level > pr) this.out += ')';
        return;
      }
      case 'Lambda': {
        if (level > P.TEST) this.out += '(';
        const n = this.argsCount(e.args);
        this.out += n ? 'lambda ' : 'lambda';
        this.arguments(e.args);
        this.out += ': ';
        this.expr(e.body, P.TEST);
        if (level > P.TEST) this.out += ')';
        return;
      }
      case 'IfExp':
        if (level > P.TEST) this.out += '(';
        this.expr(e.body, P.TEST + 1);
        this.out += ' if ';
        this.expr(e.test, P.TEST + 1);
        this.out += ' else ';
        this.expr(e.orelse, P.TEST);
        if (level > P.TEST) this.out += ')';
        return;
      case 'Dict':
        this.out += '{';
        e.keys.forEach((k, i) => {
          if (i) this.out += ', ';
          if (k === null) {
            this.out += '**';
            this.expr(e.values[i], P.EXPR);
          } else {
            this.expr(k, P.TEST);
            this.out += ': ';
            this.expr(e.values[i], P.TEST);
          }
        });
        this.out += '}';
        return;
      case 'Set':
        if (e.elts.length === 0) {
          this.out += '{*()}';
          return;
        }
        this.out += '{';
        this.seq(e.elts);
        this.out += '}';
        return;
      case 'GeneratorExp':
        this.out += '(';
        this.expr(e.elt, P.TEST);
        this.comps(e.generators);
        this.out += ')';
        return;
      case 'ListComp':
        this.out += '[';
        this.expr(e.elt, P.TEST);
        this.comps(e.generators);
        this.out += ']';
        return;
      case 'SetComp':
        this.out += '{';
        this.expr(e.elt, P.TEST);
        this.comps(e.generators);
        this.out += '}';
        return;
      case 'DictComp':
        this.out += '{';
        this.expr(e.key, P.TEST);
        this.out += ': ';
        this.expr(e.value, P.TEST);
        this.comps(e.generators);
        this.out += '}';
        return;
      case 'Yield':
        if (level > P.ATOM) this.out += '(';
        this.out += e.value ? 'yield ' : 'yield';
        if (e.value) this.expr(e.value, P.TEST);
        if (level > P.ATOM) this.out += ')';
        return;
      case 'YieldFrom':
        if (level > P.ATOM) this.out += '(';
        this.out += 'yield from ';
        this.expr(e.value, P.TEST);
        if (level > P.ATOM) this.out += ')';
        return;
      case 'Await':
        if (level > P.AWAIT) this.out += '(';
        this.out += 'await ';
        this.expr(e.value, P.ATOM);
        if (level > P.AWAIT) this.out += ')';
        return;
      case 'Compare':
        if (level > P.CMP) this.out += '(';
        this.expr(e.left, P.CMP + 1);
        e.ops.forEach((op, i) => {
          this.out += ' ' + CMPOP[op._type] + ' ';
          this.expr(e.comparators[i], P.CMP + 1);
        });
        if (level > P.CMP) this.out += ')';
        return;
      case 'Call': {
        this.expr(e.func, P.ATOM);
        const args = e.args;
        if (args.length === 1 && e.keywords.length === 0 && args[0]._type === 'GeneratorExp') {
          this.expr(args[0], P.TEST);
          return;
        }
        this.out += '(';
        let first = true;
        for (const a of args) {
          if (!first) this.out += ', ';
          first = false;
          this.expr(a, P.TEST);
        }
        for (const k of e.keywords) {
          if (!first) this.out += ', ';
          first = false;
          if (k.arg === null) {
            this.out += '**';
            this.expr(k.value, P.EXPR);
          } else {
            this.out += k.arg + '=';
            this.expr(k.value, P.TEST);
          }
        }
        this.out += ')';
        return;
      }
      case 'Constant':
        if (e.kind === 'u') this.out += 'u';
        this.out += constRepr(e.value as ConstValue);
        return;
      case 'JoinedStr': case 'FormattedValue':
        this.out += fstringRepr(e);
        return;
      case 'Attribute': {
        const v = e.value;
        this.expr(v, P.ATOM);
        // `1 .real`: an int literal needs a space before the dot.
        if (v._type === 'Constant' && typeof v.value === 'bigint') this.out += ' ';
        this.out += '.' + e.attr;
        return;
      }
      case 'Subscript':
        this.expr(e.value, P.ATOM);
        this.out += '[';
        this.expr(e.slice, P.TUPLE);
        this.out += ']';
        return;
      case 'Starred':
        this.out += '*';
        this.expr(e.value, P.EXPR);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower, P.TEST);
        this.out += ':';
        if (e.upper) this.expr(e.upper, P.TEST);
        if (e.step) {
          this.out += ':';
          this.expr(e.step, P.TEST);
        }
        return;
      case 'Name':
        this.out += e.id;
        return;
      case 'List':
        this.out += '[';
        this.seq(e.elts);
        this.out += ']';
        return;
      case 'Tuple':
        if (e.elts.length === 0) {
          this.out += '()';
          return;
        }
        if (level > P.TUPLE) this.out += '(';
        this.seq(e.elts);
        if (e.elts.length === 1) this.out += ',';
        if (level > P.TUPLE) this.out += ')';
        return;
      case 'NamedExpr':
        if (level > P.ATOM) this.out += '(';
        this.expr(e.target, P.ATOM);
        this.out += ' := ';
        this.expr(e.value, P.ATOM);
        if (level > P.ATOM) this.out += ')';
        return;
    }
  }

  seq(es: A.expr[]): void {
    es.forEach((x, i) => {
      if (i) this.out += ', ';
      this.expr(x, P.TEST);
    });
  }

  comps(gens: A.comprehension[]): void {
    for (const g of gens) {
      this.out += g.is_async ? ' async for ' : ' for ';
      this.expr(g.target, P.TUPLE);
      this.out += ' in ';
      this.expr(g.iter, P.TEST + 1);
      for (const c of g.ifs) {
        this.out += ' if ';
        this.expr(c, P.TEST + 1);
      }
    }
  }

  argsCount(a: A.Arguments): number {
    return a.posonlyargs.length + a.args.length + a.kwonlyargs.length + (a.vararg ? 1 : 0) + (a.kwarg ? 1 : 0);
  }

  arguments(a: A.Arguments): void {
    let first = true;
    const sep = () => {
      if (!first) this.out += ', ';
      first = false;
    };
    const pos = [...a.posonlyargs, ...a.args];
    const di = pos.length - a.defaults.length;
    pos.forEach((arg, i) => {
      sep();
      this.out += arg.arg;
      if (i >= di) {
        this.out += '=';
        this.expr(a.defaults[i - di], P.TEST);
      }
      if (a.posonlyargs.length && i === a.posonlyargs.length - 1) {
        this.out += ', /';
      }
    });
    if (a.vararg || a.kwonlyargs.length) {
      sep();
      this.out += '*';
      if (a.vararg) this.out += a.vararg.arg;
    }
    a.kwonlyargs.forEach((arg, i) => {
      sep();
      this.out += arg.arg;
      const d = a.kw_defaults[i];
      if (d) {
        this.out += '=';
        this.expr(d, P.TEST);
      }
    });
    if (a.kwarg) {
      sep();
      this.out += '**' + a.kwarg.arg;
    }
  }
}

function fstringBody(e: A.expr, isFormatSpec: boolean): string {
  if (e._type === 'Constant') {
    const s = String(e.value);
    return s.replace(/\{/g, '{{').replace(/\}/g, '}}');
  }
  if (e._type === 'JoinedStr') return e.values.map((v) => fstringBody(v, isFormatSpec)).join('');
  if (e._type === 'FormattedValue') {
    const u = new Unparser();
    u.expr(e.value, P.TEST + 1);
    let inner = u.out;
    if (inner.startsWith('{')) inner = ' ' + inner;
    let s = '{' + inner;
    if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
    if (e.format_spec) s += ':' + fstringBody(e.format_spec, true);
    return s + '}';
  }
  return '';
}

function fstringRepr(e: A.expr): string {
  const body = fstringBody(e, false);
  return 'f' + constRepr(body);
}

/** The string an annotation compiles to under `from __future__ import annotations`. */
export function unparseAnnotation(e: A.expr): string {
  const u = new Unparser();
  u.expr(e, P.TEST);
  return u.out;
}
