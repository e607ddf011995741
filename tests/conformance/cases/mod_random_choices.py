import random
random.seed(7)
print(random.choices("xyz", k=8))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=8))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 30], k=5))
print(random.uniform(5, 10), random.getrandbits(8), random.getrandbits(100))
