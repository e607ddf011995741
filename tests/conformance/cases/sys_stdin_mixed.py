import sys
first = sys.stdin.readline()
rest = [l for l in sys.stdin]
print(repr(first), rest, repr(sys.stdin.readline()), repr(sys.stdin.read()))
print(sys.stdin.name if hasattr(sys.stdin, "name") else "", sys.stdout.name, sys.stderr.name)
