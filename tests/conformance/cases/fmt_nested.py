for w in (5, 8):
    print("[{:{}}]".format("ab", w))
    print("[{:>{w}.{p}f}]".format(3.14159, w=w, p=2))
print("[{0:{fill}{align}{width}}]".format("mid", fill="*", align="^", width=9))
print("{:{}{}}".format(42, ">", 6))
