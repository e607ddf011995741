l = [1, 2]
for call in [lambda: l.pop(2), lambda: l.pop(-3), lambda: [].pop(), lambda: l.remove(3), lambda: l.index(3), lambda: l.index(1, 1), lambda: ("a", "b").index("c")]:
    try:
        call()
    except IndexError as e:
        print("IndexError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(l)
