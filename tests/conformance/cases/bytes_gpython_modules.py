import binascii
print(binascii.hexlify(b"ab"), binascii.crc32(b"hello"), binascii.unhexlify(b"6162")[0], binascii.b2a_base64(b"hi"))
print(ord(b"a"), ord("é"), binascii.unhexlify("6364"), binascii.crc32(b"a" * 3, 5))
h = binascii.hexlify(bytes(range(4)))
print(h, h[0], len(h), h.decode())
