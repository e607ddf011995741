import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(-4, 6), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.isqrt(99), math.isqrt(10**20))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4), math.factorial(25))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
