import argparse
p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="cmd", help="sub-command help")
a = sub.add_parser("add", help="add files")
a.add_argument("paths", nargs="*")
a.add_argument("-f", "--force", action="store_true")
r = sub.add_parser("rm", help="remove files")
r.add_argument("path")
print(p.parse_args(["add", "x", "y", "-f"]))
print(p.parse_args(["--debug", "rm", "z"]))
print(p.parse_args([]))
print(p.format_help())
print(a.format_help())
try:
    p.parse_args(["frob"])
except SystemExit:
    print("exit")
