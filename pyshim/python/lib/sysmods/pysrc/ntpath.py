"""ntpath: Windows path names, computed on any system (the string
functions; the functions that ask the file system are genericpath's)."""
from genericpath import *  # noqa: F401,F403

sep = '\\'
altsep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ';'
defpath = '.;C:\\bin'
devnull = 'nul'

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
           'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser',
           'expandvars', 'normpath', 'abspath', 'curdir', 'pardir', 'sep', 'pathsep',
           'defpath', 'altsep', 'extsep', 'devnull', 'realpath', 'relpath', 'commonpath']


def _seps(path):
    return ('\\', '/') if isinstance(path, str) else (b'\\', b'/')


def normcase(s):
    """Lower-case the path and turn slashes into backslashes."""
    if isinstance(s, bytes):
        return s.replace(b'/', b'\\').lower()
    return s.replace('/', '\\').lower()


def splitdrive(p):
    """Split a path into (drive or UNC share, rest)."""
    if len(p) >= 2:
        sep, alt = _seps(p)
        colon = ':' if isinstance(p, str) else b':'
        norm = p.replace(alt, sep)
        if norm[0:2] == sep * 2 and norm[2:3] != sep:
            index = norm.find(sep, 2)
            if index == -1:
                return p[:0], p
            index2 = norm.find(sep, index + 1)
            if index2 == index + 1:
                return p[:0], p
            if index2 == -1:
                index2 = len(p)
            return p[:index2], p[index2:]
        if norm[1:2] == colon:
            return p[:2], p[2:]
    return p[:0], p


def isabs(s):
    """Whether the path is absolute (a drive alone is not)."""
    sep, alt = _seps(s)
    s = splitdrive(s)[1]
    return len(s) > 0 and s[:1] in (sep, alt)


def join(path, *paths):
    sep, alt = _seps(path)
    seps = sep + alt
    colon = ':' if isinstance(path, str) else b':'
    result_drive, result_path = splitdrive(path)
    for p in paths:
        p_drive, p_path = splitdrive(p)
        if p_path and p_path[:1] in seps:
            if p_drive or not result_drive:
                result_drive = p_drive
            result_path = p_path
            continue
        elif p_drive and p_drive != result_drive:
            if p_drive.lower() != result_drive.lower():
                result_drive = p_drive
                result_path = p_path
                continue
            result_drive = p_drive
        if result_path and result_path[-1:] not in seps:
            result_path = result_path + sep
        result_path = result_path + p_path
    if (result_path and result_path[:1] not in seps and result_drive and result_drive[-1:] != colon):
        return result_drive + sep + result_path
    return result_drive + result_path


def split(p):
    """Split into (head, tail) at the last separator."""
    sep, alt = _seps(p)
    d, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1:i] not in (sep, alt):
        i -= 1
    head, tail = p[:i], p[i:]
    stripped = head
    while stripped and stripped[-1:] in (sep, alt):
        stripped = stripped[:-1]
    return d + (stripped or head), tail


def splitext(p):
    sep, alt = _seps(p)
    dot = '.' if isinstance(p, str) else b'.'
    sep_index = max(p.rfind(sep), p.rfind(alt))
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def islink(path):
    return False


def lexists(path):
    return exists(path)  # noqa: F405


def ismount(path):
    sep, alt = _seps(path)
    drive, rest = splitdrive(path)
    if drive and drive[:1] in (sep, alt):
        return not rest or rest in (sep, alt)
    return rest in (sep, alt)


def expanduser(path):
    return path


def expandvars(path):
    return path


def normpath(path):
    sep, alt = _seps(path)
    curdir_, pardir_ = ('.', '..') if isinstance(path, str) else (b'.', b'..')
    path = path.replace(alt, sep)
    prefix, path = splitdrive(path)
    if path[:1] == sep:
        prefix += sep
        path = path.lstrip(sep)
    comps = path.split(sep)
    i = 0
    while i < len(comps):
        if not comps[i] or comps[i] == curdir_:
            del comps[i]
        elif comps[i] == pardir_:
            if i > 0 and comps[i - 1] != pardir_:
                del comps[i - 1:i + 1]
                i -= 1
            elif i == 0 and prefix.endswith(sep):
                del comps[i]
            else:
                i += 1
        else:
            i += 1
    if not prefix and not comps:
        comps.append(curdir_)
    return prefix + sep.join(comps)


def abspath(path):
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    sep = _seps(path)[0]
    start = start if start is not None else '.'
    start_abs, path_abs = abspath(start), abspath(path)
    start_drive, start_rest = splitdrive(start_abs)
    path_drive, path_rest = splitdrive(path_abs)
    if normcase(start_drive) != normcase(path_drive):
        raise ValueError('path is on mount %r, start on mount %r' % (path_drive, start_drive))
    start_list = [x for x in start_rest.split(sep) if x and x != '.']
    path_list = [x for x in path_rest.split(sep) if x and x != '.']
    i = 0
    for e1, e2 in zip(start_list, path_list):
        if normcase(e1) != normcase(e2):
            break
        i += 1
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    sep = _seps(paths[0])[0]
    drivesplits = [splitdrive(p.replace('/', sep).lower()) for p in paths]
    split_paths = [p.split(sep) for d, p in drivesplits]
    drive, path = splitdrive(paths[0].replace('/', sep))
    common = [c for c in path.split(sep) if c and c != '.']
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1, s2 = min(split_paths), max(split_paths)
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = common[:i]
            break
    else:
        common = common[:len(s1)]
    prefix = drive + sep if path[:1] == sep else drive
    return prefix + sep.join(common)
