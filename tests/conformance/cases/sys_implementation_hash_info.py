# What CPython's test.support reads at import: sys.implementation,
# sys.hash_info and float.__getformat__.
import sys

impl = sys.implementation
print(impl.name, impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(impl.version.major, impl.version[:2])
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hi.modulus == 2 ** 61 - 1, hash(float('inf')) == hi.inf, hash(1j) == hi.imag)
print(hash(hi.modulus) == 0, hash(-1) == -2)
print(float.__getformat__("double"), float.__getformat__("float"))
for bad in ["long", 5]:
    try:
        float.__getformat__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
