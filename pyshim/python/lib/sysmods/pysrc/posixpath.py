"""posixpath: os.path on POSIX systems. CPython's os.path is this module
under another name; gowikibot's os.path is a module of its own, whose names
this one shares (posixpath.join is os.path.join, but posixpath is not
os.path)."""
import os.path as _path

globals().update({k: v for k, v in vars(_path).items() if not k.startswith('__')})
del _path
