import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9))
print(math.floor(7), math.ceil(10**20 + 0.0), math.floor(1e16))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.log(8, 2), math.log2(1024), math.log10(1000), math.log(math.e), math.log(2**1000, 2))
print(math.isinf(math.inf), math.isnan(math.nan), math.inf > 10**300, -math.inf < 0, math.tau == 2 * math.pi)
print(math.dist((0, 0), (3, 4)), math.sqrt(16), math.pow(2, 10))
