"""Filename globbing (gowikibot's own implementation of CPython 3.11's glob:
glob, iglob, escape, has_magic, with root_dir, recursive '**' and
include_hidden; gpython's glob had glob() without keywords only)."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def escape(pathname):
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = magic_check_bytes.sub(br'[\1]', rest)
    else:
        rest = magic_check.sub(r'[\1]', rest)
    return drive + rest


def _hidden(name):
    return name[:1] in ('.', b'.')


def _starstar(pattern):
    return pattern == ('**' if isinstance(pattern, str) else b'**')


def _under(root, path):
    # path as the file system sees it: relative to root_dir when given
    if not root or not path:
        return root or path
    return os.path.join(root, path)


def _entries(directory, dirs_only):
    # the names in directory (the current one when empty), in the order
    # the file system lists them; an unreadable directory has none
    if not directory:
        directory = os.curdir if isinstance(directory, str) else os.fsencode(os.curdir)
    try:
        with os.scandir(directory) as it:
            out = []
            for entry in it:
                try:
                    if not dirs_only or entry.is_dir():
                        out.append(entry.name if isinstance(directory, str) else os.fsencode(entry.name))
                except OSError:
                    pass
            return out
    except OSError:
        return []


def _match_names(directory, pattern, dirs_only, hidden):
    names = _entries(directory, dirs_only)
    if not hidden and not _hidden(pattern):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _walk_names(directory, dirs_only, hidden, prefix):
    # every path below directory (relative to it), parents first
    for name in _entries(directory, dirs_only):
        if not hidden and _hidden(name):
            continue
        rel = os.path.join(prefix, name) if prefix else name
        yield rel
        yield from _walk_names(os.path.join(directory, name) if directory else name, dirs_only, hidden, rel)


def _exact(directory, name, dirs_only):
    if name:
        return [name] if os.path.lexists(_under(directory, name)) else []
    return [name] if os.path.isdir(directory) else []


def _in_dir(directory, pattern, root, recursive, dirs_only, hidden):
    where = _under(root, directory)
    if not has_magic(pattern):
        return _exact(where, pattern, dirs_only)
    if recursive and _starstar(pattern):
        return [pattern[:0]] + list(_walk_names(where, dirs_only, hidden, pattern[:0]))
    return _match_names(where, pattern, dirs_only, hidden)


def _paths(pathname, root, recursive, dirs_only, hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if tail:
            if os.path.lexists(_under(root, pathname)):
                yield pathname
        elif os.path.isdir(_under(root, head)):
            yield pathname
        return
    if not head:
        yield from _in_dir(head, tail, root, recursive, dirs_only, hidden)
        return
    if head != pathname and has_magic(head):
        heads = _paths(head, root, recursive, True, hidden)
    else:
        heads = [head]
    for h in heads:
        for name in _in_dir(h, tail, root, recursive, dirs_only, hidden):
            yield os.path.join(h, name)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    root = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    paths = _paths(pathname, root, recursive, False, include_hidden)
    if not pathname or (recursive and _starstar(pathname[:2])):
        # the empty path '**' matches first is not a result
        return (p for p in paths if p)
    return paths


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def glob0(dirname, pattern):
    return _exact(dirname, pattern, False)


def glob1(dirname, pattern):
    return _match_names(dirname, pattern, False, False)
