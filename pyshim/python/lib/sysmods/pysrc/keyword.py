"""Python's keywords (gowikibot; the 3.11 lists)."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
          'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
          'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
          'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
          'while', 'with', 'yield']

softkwlist = ['_', 'case', 'match']

_kw = frozenset(kwlist)
_soft = frozenset(softkwlist)


def iskeyword(s):
    """Whether s is a keyword."""
    return s in _kw


def issoftkeyword(s):
    """Whether s is a soft keyword."""
    return s in _soft
