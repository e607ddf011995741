# nonlocal through a scope that both captures and is captured.
def outer():
    total = 0
    def middle(step):
        count = 0
        def inner():
            nonlocal total, count
            total += step
            count += 1
            return total, count
        return inner
    a = middle(2)
    b = middle(5)
    print(a(), a(), b(), a())
    return total


print(outer())


def counter_factory(start):
    def make(prefix):
        n = start
        def nxt():
            nonlocal n
            n += 1
            return prefix + str(n) + "/" + str(start)
        return nxt
    return make


m = counter_factory(10)
f = m("a")
g = m("b")
print(f(), f(), g(), f())
