"""json.encoder: JSONEncoder and the string escapers."""
import json as _json

JSONEncoder = _json.JSONEncoder
INFINITY = float('inf')

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii', 'py_encode_basestring',
           'py_encode_basestring_ascii']


def encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept)."""
    return _json.dumps(s, ensure_ascii=False)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    return _json.dumps(s, ensure_ascii=True)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii
