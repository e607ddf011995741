for v in [0, 7, 1234, 1234567, -987654321, 10**12]:
    print(format(v, ","), format(v, "_"), format(v, "012,"), format(v, "011,"), format(v, "+015_"), format(v, ">12,"))
for v in [1234.5, 0.5, 1234567.125, -1e9]:
    print(format(v, ",.2f"), format(v, "012,.1f"), format(v, "_.3f"), format(v, ",g"), format(v, ",e"))
print(format(0xdeadbeef, "_x"), format(255, "_b"), format(255, "011_b"), format(8**5, "_o"))
