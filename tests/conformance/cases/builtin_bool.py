print(bool(), bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool({}))
print(bool(()), bool((0,)), bool(-1))
class L:
    def __len__(self):
        return 0
print(bool(L()), bool(L) )
