class K:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b
print(K.inc(), K.inc(), K().inc())
print(K.add(2, 3), K().add(4, 5))
class Sub(K):
    pass
print(Sub.inc(), K.count, Sub.count)
f = K.add
print(f(1, 1))
