"""Parsing messages from text or bytes (email.parser)."""

from email.policy import compat32

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser', 'FeedParser', 'BytesFeedParser']


def _split_header_block(text):
    # (header lines, body text); the blank line between them is dropped
    lines = text.splitlines(True)
    headers = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line in ('\n', '\r\n', '\r'):
            i += 1
            break
        if line[0] in ' \t' and headers:
            headers[-1].append(line)
        elif ':' in line and not line.startswith('From '):
            headers.append([line])
        elif line.startswith('From ') and i == 0:
            headers.append([line])
        else:
            break
        i += 1
    return headers, ''.join(lines[i:])


class Parser:
    """Builds a message object from its text."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def _new(self):
        if self._class is not None:
            return self._class(policy=self.policy)
        from email.message import Message, EmailMessage
        if self.policy is compat32:
            return Message(policy=self.policy)
        return EmailMessage(policy=self.policy)

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return self._parse(text, headersonly)

    def _parse(self, text, headersonly):
        msg = self._new()
        headers, body = _split_header_block(text)
        for lines in headers:
            if lines[0].startswith('From ') and ':' not in lines[0].split(' ')[0]:
                msg.set_unixfrom(lines[0].rstrip('\r\n'))
                continue
            name, value = self.policy.header_source_parse(lines)
            msg.set_raw(name, value)
        if headersonly:
            msg.set_payload(body)
            return msg
        ctype = msg.get_content_type()
        if ctype.startswith('multipart/'):
            boundary = msg.get_boundary()
            if boundary is None:
                from email import errors
                msg.defects.append(errors.NoBoundaryInMultipartDefect())
                msg.set_payload(body)
                return msg
            self._parse_multipart(msg, body, boundary)
            return msg
        if ctype == 'message/rfc822':
            msg.set_payload([self._parse(body, False)])
            return msg
        msg.set_payload(body)
        return msg

    def _parse_multipart(self, msg, body, boundary):
        sep = '--' + boundary
        lines = body.splitlines(True)
        preamble, parts, current, epilogue = [], [], None, None
        closed = False
        for line in lines:
            stripped = line.rstrip('\r\n').rstrip(' \t')
            if closed:
                epilogue.append(line)
                continue
            if stripped == sep + '--':
                if current is not None:
                    parts.append(current)
                current = None
                closed = True
                epilogue = []
                continue
            if stripped == sep:
                if current is not None:
                    parts.append(current)
                current = []
                continue
            if current is None:
                preamble.append(line)
            else:
                current.append(line)
        if current is not None:
            parts.append(current)
        if preamble:
            text = ''.join(preamble)
            msg.preamble = text[:-1] if text.endswith('\n') else text
            if msg.preamble.endswith('\r'):
                msg.preamble = msg.preamble[:-1]
        msg._payload = []
        for part in parts:
            text = ''.join(part)
            if text.endswith('\r\n'):
                text = text[:-2]
            elif text.endswith('\n'):
                text = text[:-1]
            sub = self._parse(text, False)
            msg._payload.append(sub)
        if epilogue is not None:
            msg.epilogue = ''.join(epilogue)


class HeaderParser(Parser):
    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Builds a message object from bytes (decoded as ASCII, other bytes
    kept as latin-1 code points)."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        return self.parser.parsestr(text.decode('latin-1'), headersonly)


class BytesHeaderParser(BytesParser):
    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, True)


class FeedParser:
    """Collects text with feed() and parses it at close()."""

    def __init__(self, _factory=None, *, policy=compat32):
        self._parser = Parser(_factory, policy=policy)
        self._chunks = []

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        return self._parser.parsestr(''.join(self._chunks))


class BytesFeedParser(FeedParser):
    def feed(self, data):
        self._chunks.append(data.decode('latin-1'))
