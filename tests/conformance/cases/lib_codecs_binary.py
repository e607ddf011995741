# codecs.encode/decode with the bytes-to-bytes codecs: hex, base64, zlib, bz2.
import codecs
print(codecs.encode(b'ab', 'hex'), codecs.decode(b'6162', 'hex'), codecs.decode('6162', 'hex_codec'), codecs.encode(b'ab', 'base64'), codecs.decode(b'YWI=\n', 'base64'), codecs.decode(codecs.encode(b'x' * 50, 'zlib'), 'zlib'), codecs.decode(codecs.encode(b'yz', 'bz2'), 'bz2_codec'), codecs.encode(b'x' * 60, 'base64'))
print(codecs.encode('abc', 'rot13'), codecs.encode('é', 'utf-8'), codecs.decode(b'\xc3\xa9', 'utf-8'))
