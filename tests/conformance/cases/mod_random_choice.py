import random
random.seed(42)
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice((1, 2)))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(1000), 10), random.sample("abcdef", 3))
