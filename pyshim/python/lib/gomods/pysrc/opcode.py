"""Opcodes of gowikibot's virtual machine (gpython's, Python 3.4's
bytecode; not CPython 3.11's): opname, opmap and the has* lists."""

from _gwb_dis import opname, HAVE_ARGUMENT, EXTENDED_ARG

__all__ = ['cmp_op', 'hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree',
           'opname', 'opmap', 'HAVE_ARGUMENT', 'EXTENDED_ARG', 'hasnargs', 'stack_effect']

opname = list(opname)
opmap = {name: op for op, name in enumerate(opname) if not name.startswith('<')}
cmp_op = ('<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not', 'exception match', 'BAD')


def _ops(*names):
    return sorted(opmap[n] for n in names if n in opmap)


hasconst = _ops('LOAD_CONST')
hasname = _ops('STORE_NAME', 'DELETE_NAME', 'STORE_ATTR', 'DELETE_ATTR', 'STORE_GLOBAL', 'DELETE_GLOBAL',
               'LOAD_NAME', 'LOAD_ATTR', 'IMPORT_NAME', 'IMPORT_FROM', 'LOAD_GLOBAL')
hasjrel = _ops('FOR_ITER', 'JUMP_FORWARD', 'SETUP_LOOP', 'SETUP_EXCEPT', 'SETUP_FINALLY', 'SETUP_WITH')
hasjabs = _ops('JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'JUMP_ABSOLUTE', 'POP_JUMP_IF_FALSE',
               'POP_JUMP_IF_TRUE', 'CONTINUE_LOOP')
haslocal = _ops('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST')
hascompare = _ops('COMPARE_OP')
hasfree = _ops('LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLASSDEREF')
hasnargs = _ops('CALL_FUNCTION', 'CALL_FUNCTION_VAR', 'CALL_FUNCTION_KW', 'CALL_FUNCTION_VAR_KW')


def stack_effect(opcode, oparg=None):
    raise ValueError('stack_effect is not available for gowikibot\'s virtual machine')
