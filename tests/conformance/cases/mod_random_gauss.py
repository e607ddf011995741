import random
random.seed(3)
print(random.gauss(0, 1), random.gauss(10, 2), random.gauss(0, 1))
print(random.expovariate(1.5))
