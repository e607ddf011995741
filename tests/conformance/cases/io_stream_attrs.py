# A standard stream takes attributes of its own (CPython's TextIOWrapper
# has a __dict__): a test sets isatty on sys.__stdout__ and deletes it
# again, leaving the type's method.
import sys

orig = sys.__stdout__.isatty
sys.__stdout__.isatty = lambda: 'patched'
print(sys.__stdout__.isatty(), sys.stdout.isatty())
del sys.__stdout__.isatty
print(sys.__stdout__.isatty() in (True, False), sys.__stdout__.isatty() == orig())
sys.stderr.tag = 1
print(sys.stderr.tag, hasattr(sys.stdout, 'tag'))
try:
    del sys.stderr.missing
except AttributeError as e:
    print('AttributeError')
