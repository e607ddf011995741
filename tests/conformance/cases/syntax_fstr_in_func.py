def greet(who, times=2):
    return f"{who}! " * times
print(greet("hi"))
def table(rows):
    for name, count in rows:
        print(f"{name:<6}{count:>4}")
table([("a", 1), ("bb", 22), ("ccc", 333)])
