import os
os.environ["HOME"] = "/home/tester"
os.environ["GWB_VAR"] = "value"
print(os.path.expanduser("~"), os.path.expanduser("~/x/y"), os.path.expanduser("x/~"))
print(os.path.expandvars("$GWB_VAR/a"), os.path.expandvars("${GWB_VAR}b"), os.path.expandvars("$NOPE_GWB_X/c"), os.path.expandvars("a$"))
print(os.path.abspath("/a/./b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
