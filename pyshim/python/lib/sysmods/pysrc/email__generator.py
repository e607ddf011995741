"""Writing messages out as text or bytes (email.generator)."""

import random
import re
import sys
import time

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

_fcre = re.compile(r'^From ', re.MULTILINE)
_width = len(repr(sys.maxsize - 1))


class Generator:
    """Writes a message (headers, a blank line, the body; multiparts with
    their boundaries) to a text file."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        self._NL = policy.linesep
        old_policy = self.policy
        self.policy = policy
        try:
            if unixfrom:
                ufrom = msg.get_unixfrom()
                if not ufrom:
                    ufrom = 'From nobody ' + time.ctime(time.time())
                self.write(ufrom + self._NL)
            self._write(msg)
        finally:
            self.policy = old_policy

    def _text_body(self, msg):
        # (Content-Transfer-Encoding to write, payload text)
        payload = msg._payload
        cte = None
        eight = getattr(msg, '_8bit_text', None)
        if eight is not None and str(msg.get('content-transfer-encoding', '')).lower() == '8bit' \
                and not self._bytes_out() and not self.policy.utf8:
            from email.charset import Charset
            data, cs = eight
            charset = Charset(cs)
            cte = charset.get_body_encoding()
            if callable(cte):
                cte = '7bit'
                payload = data.decode('ascii', 'replace')
            else:
                payload = charset.body_encode(data)
        return cte, payload

    def _bytes_out(self):
        return False

    def _write(self, msg):
        if msg.is_multipart() and msg.get_content_maintype() == 'multipart' and msg.get_boundary() is None:
            msg.set_boundary(self._make_boundary())
        cte = None
        if not msg.is_multipart() and isinstance(msg._payload, str):
            cte, payload = self._text_body(msg)
        for h, v in msg.raw_items():
            if cte is not None and h.lower() == 'content-transfer-encoding':
                v = cte
            self.write(self.policy.fold(h, v))
        self.write(self._NL)
        if msg.is_multipart():
            if msg.get_content_maintype() == 'multipart':
                self._handle_multipart(msg)
            else:
                for part in msg.get_payload():
                    self._write_part(part)
            return
        if msg._payload is None:
            return
        if cte is None:
            payload = msg._payload
        if self._mangle_from_:
            payload = _fcre.sub('>From ', payload)
        self._write_lines(payload)

    def _write_lines(self, text):
        if not text:
            return
        lines = text.splitlines(True)
        for line in lines:
            body = line.rstrip('\r\n')
            self.write(body)
            if len(body) != len(line):
                self.write(self._NL)

    def _write_part(self, part):
        from io import StringIO
        s = StringIO()
        g = self.clone(s)
        g.flatten(part, unixfrom=False, linesep=self._NL)
        self.write(s.getvalue())

    def _handle_multipart(self, msg):
        from io import StringIO
        texts = []
        for part in msg.get_payload() or []:
            s = StringIO()
            g = self.clone(s)
            g.flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(s.getvalue())
        boundary = msg.get_boundary()
        if msg.preamble is not None:
            preamble = msg.preamble
            if self._mangle_from_:
                preamble = _fcre.sub('>From ', preamble)
            self._write_lines(preamble)
            self.write(self._NL)
        self.write('--' + boundary + self._NL)
        if texts:
            self.write(texts.pop(0))
        for text in texts:
            self.write(self._NL + '--' + boundary + self._NL)
            self.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            epilogue = msg.epilogue
            if self._mangle_from_:
                epilogue = _fcre.sub('>From ', epilogue)
            self._write_lines(epilogue)

    @classmethod
    def _make_boundary(cls, text=None):
        token = random.randrange(sys.maxsize)
        return '=' * 15 + ('%0' + str(_width) + 'd') % token + '=='


class BytesGenerator(Generator):
    """Writes a message as bytes (8bit parts stay 8bit)."""

    def write(self, s):
        # text here holds bytes as latin-1 code points (8bit parts)
        self._fp.write(s.encode('latin-1', 'replace'))

    def _bytes_out(self):
        return True

    def _text_body(self, msg):
        eight = getattr(msg, '_8bit_text', None)
        if eight is not None:
            return None, eight[0].decode('latin-1')
        return None, msg._payload

    def _write_part(self, part):
        self._write(part)

    def _handle_multipart(self, msg):
        from io import BytesIO
        texts = []
        for part in msg.get_payload() or []:
            s = BytesIO()
            g = self.clone(s)
            g.flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(s.getvalue().decode('latin-1'))
        boundary = msg.get_boundary()
        if msg.preamble is not None:
            self._write_lines(msg.preamble)
            self.write(self._NL)
        self.write('--' + boundary + self._NL)
        if texts:
            self.write(texts.pop(0))
        for text in texts:
            self.write(self._NL + '--' + boundary + self._NL)
            self.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            self._write_lines(msg.epilogue)


class DecodedGenerator(Generator):
    """Writes text parts decoded, other parts as a placeholder line."""

    def _write(self, msg):
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                self.write(part.get_payload(decode=True).decode(part.get_content_charset('utf-8'), 'replace'))
            elif part.get_content_maintype() != 'multipart':
                self.write('[Non-text (%s) part of message omitted, filename %s]' % (
                    part.get_content_type(), part.get_filename('[no filename]')) + self._NL)
