"""Comparison of files and directories (gowikibot)."""
import os
import stat

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    _cache.clear()


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether files f1 and f2 are equal (by signature if shallow, else by contents)."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _do_cmp(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _do_cmp(f1, f2):
    with open(f1, 'rb') as fp1, open(f2, 'rb') as fp2:
        while True:
            b1 = fp1.read(BUFSIZE)
            b2 = fp2.read(BUFSIZE)
            if b1 != b2:
                return False
            if not b1:
                return True


def cmpfiles(a, b, common, shallow=True):
    """(match, mismatch, errors) lists of the common files of dirs a and b."""
    res = ([], [], [])
    for x in common:
        ax = os.path.join(a, x)
        bx = os.path.join(b, x)
        try:
            outcome = not cmp(ax, bx, shallow)
        except OSError:
            outcome = 2
        res[outcome].append(x)
    return res


class dircmp:
    """Compares directories a and b (computed on first use of each attribute)."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore
        self._done = False

    def _compute(self):
        if self._done:
            return
        self._done = True
        skip = set(self.hide) | set(self.ignore)
        self.left_list = sorted(x for x in os.listdir(self.left) if x not in skip)
        self.right_list = sorted(x for x in os.listdir(self.right) if x not in skip)
        left = set(self.left_list)
        right = set(self.right_list)
        self.common = [x for x in self.left_list if x in right]
        self.left_only = [x for x in self.left_list if x not in right]
        self.right_only = [x for x in self.right_list if x not in left]
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for x in self.common:
            a_path = os.path.join(self.left, x)
            b_path = os.path.join(self.right, x)
            try:
                a_type = stat.S_IFMT(os.stat(a_path).st_mode)
                b_type = stat.S_IFMT(os.stat(b_path).st_mode)
            except OSError:
                self.common_funny.append(x)
                continue
            if a_type != b_type:
                self.common_funny.append(x)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(x)
            elif stat.S_ISREG(a_type):
                self.common_files.append(x)
            else:
                self.common_funny.append(x)
        self.same_files, self.diff_files, self.funny_files = cmpfiles(self.left, self.right, self.common_files)
        self.subdirs = {x: dircmp(os.path.join(self.left, x), os.path.join(self.right, x), self.ignore, self.hide)
                        for x in self.common_dirs}

    def __getattr__(self, attr):
        if attr.startswith('_'):
            raise AttributeError(attr)
        self._compute()
        try:
            return self.__dict__[attr]
        except KeyError:
            raise AttributeError(attr) from None

    def report(self):
        self._compute()
        print('diff', self.left, self.right)
        if self.left_only:
            print('Only in', self.left, ':', self.left_only)
        if self.right_only:
            print('Only in', self.right, ':', self.right_only)
        if self.same_files:
            print('Identical files :', self.same_files)
        if self.diff_files:
            print('Differing files :', self.diff_files)
        if self.funny_files:
            print('Trouble with common files :', self.funny_files)
        if self.common_dirs:
            print('Common subdirectories :', self.common_dirs)
        if self.common_funny:
            print('Common funny cases :', self.common_funny)
