import hmac, hashlib, secrets, string

m = hmac.new(b'secret key', b'message', hashlib.sha256)
print(m.name, m.digest_size, m.block_size, m.hexdigest())
m2 = hmac.new(b'secret key', digestmod='sha1')
m2.update(b'mess')
c = m2.copy()
m2.update(b'age')
print(m2.hexdigest(), c.hexdigest() != m2.hexdigest())
print(hmac.new(b'k', b'm', 'md5').digest())
print(hmac.digest(b'k', b'm', 'sha512').hex()[:32])
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'))
try:
    hmac.new(b'k', b'm')
except TypeError as e:
    print('TypeError', e)
# an OAuth 1.0a style signature
import base64
sig = hmac.new(b'consumer&token', b'POST&https%3A%2F%2Fexample.org&a%3D1', hashlib.sha1).digest()
print(base64.b64encode(sig).decode())

t = secrets.token_hex(16)
print(len(t), all(ch in string.hexdigits for ch in t))
print(len(secrets.token_bytes(10)), type(secrets.token_bytes()).__name__, len(secrets.token_bytes()))
u = secrets.token_urlsafe(32)
print(len(u), all(ch in string.ascii_letters + string.digits + '-_' for ch in u))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)))
print(secrets.choice('abc') in 'abc', 0 <= secrets.randbits(5) < 32, secrets.randbits(0))
r = secrets.SystemRandom()
print(1 <= r.randint(1, 6) <= 6, 0 <= r.random() < 1, sorted(r.sample(range(5), 5)))
print(secrets.compare_digest('a', 'a'))
