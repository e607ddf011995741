import sys
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(n)
