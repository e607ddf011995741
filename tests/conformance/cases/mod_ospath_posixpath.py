import posixpath
import os
import os.path
import sys
from os import path

print(os.path.__name__, path.__name__, posixpath.__name__)
print(os.path is posixpath, path is posixpath, sys.modules["os.path"] is posixpath, sys.modules["posixpath"] is os.path)
print(os.path.join is posixpath.join, posixpath.sep, posixpath.extsep, posixpath.pathsep, posixpath.devnull)
print(posixpath.splitext("a/b.txt"), posixpath.basename("/x/y"), posixpath.normpath("a//b/../c"))
import importlib
print(importlib.import_module("os.path") is posixpath, "os.path" in sys.modules, "posixpath" in sys.modules)
print(type(os.path).__name__, repr(os.path.isabs("/a")))
