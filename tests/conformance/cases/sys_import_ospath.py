import os.path
import os
from os import path
from os.path import join as j
import os.path as osp
print(os.path is path, osp is path, j("a", "b"), os.path.join("x", "y"))
print(path.basename("/q/w"), type(os.path))
