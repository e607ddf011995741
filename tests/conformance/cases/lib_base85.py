# base64's Base85 and Ascii85 codecs: padding, foldspaces, adobe framing,
# wrapcol, ignorechars and CPython's ValueError texts.
import base64
for data in (b'', b'a', b'hello', b'hello world!', b'\0\0\0\0', b'\0\0\0\0x', b'    ', bytes(range(256)), b'\xff' * 7):
    e = base64.b85encode(data)
    p = base64.b85encode(data, pad=True)
    a = base64.a85encode(data)
    print(e, p, base64.b85decode(e) == data, a, base64.a85decode(a) == data, base64.a85encode(data, foldspaces=True), base64.a85encode(data, adobe=True, wrapcol=10), base64.a85decode(base64.a85encode(data, adobe=True), adobe=True) == data)
print(base64.b85decode('Xk~0{Zv'), base64.a85decode('BOu!rDZ'), base64.a85decode(b'<~BOu!rDZ~>', adobe=True), base64.a85decode(b'y', foldspaces=True), base64.a85decode(b'BOu!\n rDZ'))
for bad in (lambda: base64.b85decode(b'"'), lambda: base64.a85decode(b'v'), lambda: base64.a85decode(b'abzde'), lambda: base64.a85decode(b'x', adobe=True), lambda: base64.b85decode(b'|||||')):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
