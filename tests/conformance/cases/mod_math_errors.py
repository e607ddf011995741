import math
for f, a in [(math.factorial, -1), (math.isqrt, -5), (math.log, 0), (math.log, -1), (math.sqrt, -1)]:
    try:
        f(a)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
