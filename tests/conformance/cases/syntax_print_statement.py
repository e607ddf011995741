# A Python 2 print statement: CPython 3.11 names the missing parentheses.
import sys

print "hello", sys.argv
