n = 255
for spec in ["d", "5d", "05d", "+d", " d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "08b", "#010x", ",", "_", "_x", "_b", ",d", "+,d", "c", "n", "=+8d", "e", ".2f", "%", "g"]:
    print(spec, repr(format(n, spec)), repr(format(-n, spec)) if spec != "c" else "")
print(format(1234567890123456789012345678901234567890, ","))
print(format(True, "d"), format(False, ""), format(True, "5"))
print(format(0, "#x"), format(-1, "#b"))
