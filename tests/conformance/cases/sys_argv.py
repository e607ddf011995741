import sys
print(sys.argv, len(sys.argv), type(sys.executable), type(sys.path))
