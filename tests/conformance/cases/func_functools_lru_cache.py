from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n

print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(calls)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60))
print(fib.cache_info().hits, fib.cache_info().misses)

@lru_cache
def greet(name, punct):
    calls.append(name)
    return 'hi ' + name + punct

print(greet('a', '!'), greet('a', '!'), greet('a', punct='?'), greet(name='a', punct='!'))
print(greet.cache_info().currsize)
print(greet.__wrapped__('z', '.'))
