import sys
data = sys.stdin.read()
print(repr(data), len(data.split("\n")))
