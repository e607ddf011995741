"""genericpath: the path functions shared by posixpath and ntpath."""
import os
from os.path import (commonprefix, exists, getatime, getctime, getmtime,  # noqa: F401
                     getsize, isdir, isfile, samefile)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


def samestat(s1, s2):
    """Whether two stat results are of the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def sameopenfile(fp1, fp2):
    """Whether two open file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))
