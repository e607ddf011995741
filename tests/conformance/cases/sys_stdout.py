import sys
n = sys.stdout.write("abc\n")
print(n)
sys.stdout.flush()
sys.stderr.write("to stderr\n")
print("x", file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
