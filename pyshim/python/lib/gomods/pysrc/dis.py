"""Disassembly of gowikibot's bytecode (gowikibot's own implementation).

The bytecode is gpython's (Python 3.4's instruction set, 3 bytes for an
instruction with an argument) as gowikibot's layer rewrote it, so dis
shows different instructions from CPython 3.11's for the same source; the
API (dis, disassemble, get_instructions, Bytecode, Instruction, code_info,
show_code, findlinestarts, findlabels and the opcode lists) is CPython's.
"""

import collections
import io
import sys
import types

from opcode import (EXTENDED_ARG, HAVE_ARGUMENT, cmp_op, hascompare, hasconst, hasfree, hasjabs, hasjrel,
                    haslocal, hasname, hasnargs, opmap, opname, stack_effect)

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts', 'findlabels', 'show_code',
           'get_instructions', 'Instruction', 'Bytecode', 'opname', 'opmap', 'cmp_op', 'hasconst', 'hasname',
           'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasnargs', 'HAVE_ARGUMENT',
           'EXTENDED_ARG', 'stack_effect']

_Instruction = collections.namedtuple('_Instruction',
                                      'opname opcode arg argval argrepr offset starts_line is_jump_target positions')
# source positions of an instruction: gpython records lines only
Positions = collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')


class Instruction(_Instruction):
    """One instruction: name, code, argument (raw, resolved, rendered),
    offset, the line it starts (or None) and whether a jump lands on it."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(('%' + str(lineno_width) + 'd') % self.starts_line)
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(20))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _get_code(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if isinstance(x, str):
        x = compile(x, '<disassembly>', 'exec')
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _unpack(code):
    # (offset, op, arg) of each instruction
    raw = list(code)
    i, n, ext = 0, len(raw), 0
    while i < n:
        op = raw[i]
        start = i
        if op >= HAVE_ARGUMENT:
            arg = raw[i + 1] + raw[i + 2] * 256 + ext
            i += 3
            ext = 0
            if op == EXTENDED_ARG:
                ext = arg * 65536
        else:
            arg = None
            i += 1
        yield start, op, arg


def findlabels(code):
    """The offsets that are jump targets in the bytecode bytes."""
    labels = []
    for offset, op, arg in _unpack(code):
        if arg is None:
            continue
        if op in hasjrel:
            label = offset + 3 + arg
        elif op in hasjabs:
            label = arg
        else:
            continue
        if label not in labels:
            labels.append(label)
    return labels


def findlinestarts(code):
    """(offset, line number) where each source line's code starts."""
    tab = list(code.co_lnotab)
    addr = 0
    # gpython's compiler counts co_lnotab's line increments from line 1
    # (its Code.Firstlineno stays 1; co_firstlineno is recovered by the
    # layer for CPython's meaning)
    line = 1
    last = None
    for i in range(0, len(tab) - 1, 2):
        byte_incr, line_incr = tab[i], tab[i + 1]
        if byte_incr:
            if line != last:
                yield (addr, line)
                last = line
            addr += byte_incr
        line += line_incr
    if line != last:
        yield (addr, line)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """The Instructions of a function, method, code object or source."""
    co = _get_code(x)
    cells = tuple(co.co_cellvars) + tuple(co.co_freevars)
    linestarts = dict(findlinestarts(co))
    if first_line is not None:
        offset = first_line - co.co_firstlineno
        linestarts = {k: v + offset for k, v in linestarts.items()}
    labels = findlabels(co.co_code)
    for offset, op, arg in _unpack(co.co_code):
        argval, argrepr = arg, ''
        if arg is not None:
            if op in hasconst:
                argval = co.co_consts[arg]
                argrepr = repr(argval)
            elif op in hasname:
                argval = co.co_names[arg]
                argrepr = argval
            elif op in hasjrel:
                argval = offset + 3 + arg
                argrepr = 'to ' + repr(argval)
            elif op in haslocal:
                argval = co.co_varnames[arg]
                argrepr = argval
            elif op in hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif op in hasfree:
                argval = cells[arg]
                argrepr = argval
            elif op in hasnargs:
                argrepr = '%d positional, %d keyword pair' % (arg % 256, arg // 256)
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, linestarts.get(offset),
                          offset in labels, None)


def _disassemble(co, lasti=-1, file=None, depth=None):
    file = sys.stdout if file is None else file
    for instr in get_instructions(co):
        if instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(3, instr.offset == lasti), file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth -= 1
        for const in co.co_consts:
            if hasattr(const, 'co_code'):
                print(file=file)
                print('Disassembly of %r:' % (const,), file=file)
                _disassemble(const, file=file, depth=depth)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the instructions of a code object."""
    _disassemble(co, lasti, file, depth=0)


disco = disassemble


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the instructions of a function, method, class (each of its
    methods), module, code object or source string; the last traceback's
    code when x is None."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    if isinstance(x, type) or isinstance(x, types.ModuleType):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, (staticmethod, classmethod)):
                x1 = x1.__func__
            if hasattr(x1, '__code__') or isinstance(x1, type) or hasattr(x1, 'co_code'):
                print('Disassembly of %s:' % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print('Sorry:', msg, file=file)
                print(file=file)
        return
    if isinstance(x, (bytes, bytearray)):
        for instr_offset, op, arg in _unpack(x):
            line = '      ' + repr(instr_offset).rjust(4) + ' ' + opname[op].ljust(20)
            if arg is not None:
                line += ' ' + repr(arg).rjust(5)
            print(line.rstrip(), file=file)
        return
    _disassemble(_get_code(x), file=file, depth=depth)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback's last frame."""
    if tb is None:
        tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError('no last traceback to disassemble')
    while tb.tb_next:
        tb = tb.tb_next
    _disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


_FLAG_NAMES = {1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS', 16: 'NESTED', 32: 'GENERATOR',
               64: 'NOFREE', 128: 'COROUTINE', 256: 'ITERABLE_COROUTINE', 512: 'ASYNC_GENERATOR'}


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ', '.join(names)


def code_info(x):
    """A text summary of a code object: names, counts, constants."""
    co = _get_code(x)
    lines = []
    lines.append('Name:              %s' % co.co_name)
    lines.append('Filename:          %s' % co.co_filename)
    lines.append('Argument count:    %s' % co.co_argcount)
    lines.append('Positional-only arguments: %s' % getattr(co, 'co_posonlyargcount', 0))
    lines.append('Kw-only arguments: %s' % co.co_kwonlyargcount)
    lines.append('Number of locals:  %s' % co.co_nlocals)
    lines.append('Stack size:        %s' % co.co_stacksize)
    lines.append('Flags:             %s' % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append('Constants:')
        for i_c in enumerate(co.co_consts):
            lines.append('%4d: %r' % i_c)
    if co.co_names:
        lines.append('Names:')
        for i_n in enumerate(co.co_names):
            lines.append('%4d: %s' % i_n)
    if co.co_varnames:
        lines.append('Variable names:')
        for i_n in enumerate(co.co_varnames):
            lines.append('%4d: %s' % i_n)
    if co.co_freevars:
        lines.append('Free variables:')
        for i_n in enumerate(co.co_freevars):
            lines.append('%4d: %s' % i_n)
    if co.co_cellvars:
        lines.append('Cell variables:')
        for i_n in enumerate(co.co_cellvars):
            lines.append('%4d: %s' % i_n)
    return '\n'.join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a code object, iterable; dis() renders them."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return iter(list(get_instructions(self.codeobj, first_line=self.first_line)))

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        out = io.StringIO()
        lasti = -1 if self.current_offset is None else self.current_offset
        for instr in get_instructions(self.codeobj, first_line=self.first_line):
            if instr.starts_line is not None and instr.offset > 0:
                print(file=out)
            print(instr._disassemble(3, instr.offset == lasti), file=out)
        return out.getvalue()
