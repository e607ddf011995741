import struct

print(struct.pack('<I', 1), struct.pack('>I', 1), struct.pack('!h', -2))
print(struct.pack('<hHiIqQ', -1, 65535, -5, 7, -9, 2**64 - 1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -1, 65535, -5, 7, -9, 2**64 - 1)))
print(struct.calcsize('<i'), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@hq'), struct.calcsize('3s2x'))
print(struct.pack('@bi', 1, 2), struct.pack('5s', b'ab'), struct.pack('3p', b'abcdef'))
print(struct.unpack('>d', struct.pack('>d', 1.5)), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('<e', 1.0), struct.unpack('<e', b'\x00<'), struct.unpack('<e', struct.pack('<e', 65504.0)))
print(struct.pack('?c', True, b'z'), struct.unpack('?c', b'\x00y'))
print(struct.unpack('4s', b'wiki'), struct.unpack('<2H', b'\x01\x00\x02\x00'))
s = struct.Struct('<IH')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
print(s.unpack_from(b'xx\x05\x00\x00\x00\x06\x00', 2), struct.unpack_from('<H', b'\x00\x01\x02', offset=1))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00\x03\x00')))
buf = bytearray(8)
struct.pack_into('<I', buf, 2, 0xdeadbeef)
print(buf)
# a GIF header as bots read image sizes
hdr = b'GIF89a' + struct.pack('<HH', 320, 200)
print(struct.unpack('<6sHH', hdr))
for bad in [lambda: struct.pack('<b', 200), lambda: struct.pack('<H', -1), lambda: struct.unpack('<I', b'ab'),
            lambda: struct.pack('<I', 1, 2), lambda: struct.pack('<I', 'x'), lambda: struct.calcsize('z'),
            lambda: struct.pack('<h', 40000), lambda: struct.pack('<i', 2**31)]:
    try:
        bad()
    except struct.error as e:
        print('struct.error', e)
print(isinstance(struct.error('x'), Exception))
