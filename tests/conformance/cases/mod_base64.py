import base64
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.b64decode("aGk="))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode(b"-__-"))
print(base64.b32encode(b"abc"), base64.b32decode(b"MFRGG==="), base64.b16encode(b"\x01\xab"), base64.b16decode(b"01AB"))
print(base64.standard_b64encode(b"x"), base64.encodebytes(b"abc"), base64.decodebytes(b"YWJj\n"))
import binascii
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print("Error:", e)
