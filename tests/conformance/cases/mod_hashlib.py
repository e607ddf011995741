import hashlib
print(hashlib.md5(b"hello").hexdigest())
print(hashlib.sha1(b"hello").hexdigest())
print(hashlib.sha256(b"hello").hexdigest())
h = hashlib.sha256()
h.update(b"hel")
h.update(b"lo")
print(h.hexdigest(), h.digest_size, h.name, h.digest() == hashlib.sha256(b"hello").digest())
print(hashlib.new("md5", b"x").hexdigest(), hashlib.sha512(b"").hexdigest()[:32])
try:
    hashlib.md5("text")
except TypeError as e:
    print("TypeError:", e)
