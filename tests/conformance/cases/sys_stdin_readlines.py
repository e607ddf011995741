import sys
print(repr(sys.stdin.read(4)))
print(sys.stdin.readlines())
