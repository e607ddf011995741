for n in [0, 1, 2, 3, 7, 8, 255, 256, 1023, 1024, -1, -8, -9, 2 ** 63 - 1, 2 ** 63, 2 ** 64 + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio()[0] == n, n.conjugate())
print(True.bit_length(), (5).__format__("03d"))
