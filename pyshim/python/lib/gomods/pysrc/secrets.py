"""Generate cryptographically strong random numbers (gowikibot: crypto/rand)."""

import base64
import _gwb_secrets

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes',
           'token_hex', 'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32
compare_digest = _gwb_secrets.compare_digest


def randbits(k):
    """A non-negative int with k random bits."""
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    if k == 0:
        return 0
    n = (k + 7) // 8
    return int.from_bytes(_gwb_secrets.urandom(n), 'big') >> (n * 8 - k)


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    """A random element of the non-empty sequence seq."""
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    """nbytes random bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _gwb_secrets.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text string, in hexadecimal (two digits per byte)."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text string, in Base64 (about 1.3 characters per byte)."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')


class SystemRandom:
    """Random numbers from the operating system's source."""

    def random(self):
        return randbits(53) / 9007199254740992.0

    def getrandbits(self, k):
        return randbits(k)

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            return randbelow(start)
        width = stop - start
        if step == 1:
            return start + randbelow(width)
        n = (width + step - 1) // step if step > 0 else (width + step + 1) // step
        return start + step * randbelow(n)

    def randint(self, a, b):
        return a + randbelow(b - a + 1)

    def choice(self, seq):
        return choice(seq)

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        pool = list(population)
        out = []
        for i in range(k):
            j = randbelow(len(pool))
            out.append(pool.pop(j))
        return out
