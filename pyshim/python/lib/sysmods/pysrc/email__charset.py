"""Character sets of email messages: how a charset's headers and bodies
are encoded (email.charset), with the quoted-printable and base64 coders
they use."""

import base64

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec', 'QP', 'BASE64', 'SHORTEST']

QP = 1
BASE64 = 2
SHORTEST = 3

DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset: (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None), 'iso-8859-2': (QP, QP, None), 'iso-8859-3': (QP, QP, None),
    'iso-8859-4': (QP, QP, None), 'iso-8859-9': (QP, QP, None), 'iso-8859-10': (QP, QP, None),
    'iso-8859-13': (QP, QP, None), 'iso-8859-14': (QP, QP, None), 'iso-8859-15': (QP, QP, None),
    'iso-8859-16': (QP, QP, None), 'windows-1252': (QP, QP, None), 'viscii': (QP, QP, None),
    'us-ascii': (None, None, None), 'big5': (BASE64, BASE64, None), 'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'), 'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None), 'koi8-r': (BASE64, BASE64, None), 'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1', 'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
    'latin_3': 'iso-8859-3', 'latin-3': 'iso-8859-3', 'latin_4': 'iso-8859-4', 'latin-4': 'iso-8859-4',
    'latin_5': 'iso-8859-9', 'latin-5': 'iso-8859-9', 'latin_6': 'iso-8859-10', 'latin-6': 'iso-8859-10',
    'latin_7': 'iso-8859-13', 'latin-7': 'iso-8859-13', 'latin_8': 'iso-8859-14', 'latin-8': 'iso-8859-14',
    'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15', 'latin_10': 'iso-8859-16', 'latin-10': 'iso-8859-16',
    'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr', 'ascii': 'us-ascii',
}

CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


# quoted-printable (RFC 2045 bodies, RFC 2047 "Q" headers)

_HEADER_SAFE = set(b'-!*+/' + bytes(range(ord('a'), ord('z') + 1)) + bytes(range(ord('A'), ord('Z') + 1))
                   + bytes(range(ord('0'), ord('9') + 1)))
_BODY_SAFE = set(range(33, 127)) - set(b'=')


def qp_header_length(data):
    return sum(1 if (b in _HEADER_SAFE or b == 32) else 3 for b in data)


def qp_header_encode(data, charset='iso-8859-1'):
    if not data:
        return ''
    out = []
    for b in data:
        if b == 32:
            out.append('_')
        elif b in _HEADER_SAFE:
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return '=?%s?q?%s?=' % (charset, ''.join(out))


def qp_body_encode(body, maxlinelen=76, eol='\n'):
    """Quoted-printable of body (a str whose code points are bytes)."""
    if not body:
        return body
    out = []
    lines = body.splitlines(True)
    for line in lines:
        text = line
        end = ''
        if text.endswith('\r\n'):
            text, end = text[:-2], eol
        elif text.endswith('\n') or text.endswith('\r'):
            text, end = text[:-1], eol
        chars = []
        for i, c in enumerate(text):
            o = ord(c)
            if o in _BODY_SAFE or (c in ' \t' and i < len(text) - 1):
                chars.append(c)
            else:
                chars.append('=%02X' % o)
        # soft line breaks so that no line is longer than maxlinelen
        cur = ''
        pieces = []
        for ch in chars:
            if len(cur) + len(ch) > maxlinelen - 1:
                pieces.append(cur + '=')
                cur = ''
            cur += ch
        pieces.append(cur)
        out.append(eol.join(pieces) + end)
    return ''.join(out)


def qp_body_decode(encoded):
    out = bytearray()
    lines = encoded.splitlines(True)
    for line in lines:
        stripped = line.rstrip('\r\n')
        newline = line[len(stripped):]
        stripped = stripped.rstrip(' \t')
        soft = stripped.endswith('=')
        if soft:
            stripped = stripped[:-1]
        i = 0
        while i < len(stripped):
            c = stripped[i]
            if c == '=' and i + 2 < len(stripped) + 1 and all(x in '0123456789abcdefABCDEF' for x in stripped[i + 1:i + 3]) \
                    and len(stripped[i + 1:i + 3]) == 2:
                out.append(int(stripped[i + 1:i + 3], 16))
                i += 3
            else:
                out.extend(c.encode('latin-1'))
                i += 1
        if newline and not soft:
            out.extend(b'\n')
    return bytes(out)


def b64_header_length(data):
    groups, left = divmod(len(data), 3)
    return groups * 4 + (4 if left else 0)


def b64_header_encode(data, charset='iso-8859-1'):
    if not data:
        return ''
    return '=?%s?b?%s?=' % (charset, base64.b64encode(data).decode('ascii'))


def b64_body_encode(data, maxlinelen=76, eol='\n'):
    if not data:
        return ''
    enc = base64.b64encode(data).decode('ascii')
    step = maxlinelen * 3 // 4 // 3 * 4 or 4
    lines = [enc[i:i + step] for i in range(0, len(enc), step)]
    return eol.join(lines) + eol


class Charset:
    """A character set and how email encodes text in it."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            from email import errors
            raise errors.CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __hash__(self):
        return hash(str(self))

    def get_body_encoding(self):
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        from email import encoders
        return encoders.encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _codec(self):
        return 'ascii' if self.output_charset == 'us-ascii' else self.output_charset

    def header_encode(self, string):
        codec = self.output_codec or 'us-ascii'
        data = string.encode('ascii' if codec == 'us-ascii' else codec)
        kind = self.header_encoding
        if kind == SHORTEST:
            kind = BASE64 if b64_header_length(data) < qp_header_length(data) else QP
        if kind == BASE64:
            return b64_header_encode(data, self.get_output_charset())
        if kind == QP:
            return qp_header_encode(data, self.get_output_charset())
        return string

    def body_encode(self, string):
        if not string:
            return string
        if self.body_encoding == BASE64:
            if isinstance(string, str):
                string = string.encode(self._codec())
            return b64_body_encode(string)
        if self.body_encoding == QP:
            if isinstance(string, str):
                string = string.encode(self._codec())
            return qp_body_encode(string.decode('latin-1'))
        if isinstance(string, str):
            string = string.encode(self._codec()).decode('ascii')
        return string
