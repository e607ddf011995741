"""Shell-style wildcard matching of file names (gowikibot)."""
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def _compiled(pat):
    m = _cache.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            res = translate(pat.decode('latin-1')).encode('latin-1')
        else:
            res = translate(pat)
        m = re.compile(res).match
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = m
    return m


def filter(names, pat):
    """The names of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compiled(pat)(name) is not None


def translate(pat):
    """The regular expression (a str) that pat stands for."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            neg = body.startswith('!')
            if neg:
                body = body[1:]
            body = body.replace('\\', '\\\\')
            if not body:
                out.append('(?!)' if not neg else '.')
                continue
            if body[0] == '^' and not neg:
                body = '\\' + body
            out.append('[' + ('^' if neg else '') + body + ']')
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'
