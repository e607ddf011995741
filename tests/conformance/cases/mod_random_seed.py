import random
random.seed(1)
print([random.random() for i in range(3)])
random.seed(12345)
print([random.randint(1, 6) for i in range(10)])
random.seed(0)
print(random.random(), random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 5))
