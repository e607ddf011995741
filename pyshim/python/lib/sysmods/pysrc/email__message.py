"""Email messages: Message (the compat32 model) and EmailMessage
(email.policy.default, set_content and attachments) (email.message)."""

import base64
import re

from email import charset as _charset
from email import errors, utils
from email.charset import Charset, qp_body_decode
from email.policy import compat32, default

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '
_tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _byte_lines(data):
    # bytes.splitlines() (missing from gpython v0.2.0's bytes)
    out = []
    for piece in data.replace(b'\r\n', b'\n').replace(b'\r', b'\n').split(b'\n'):
        out.append(piece)
    if out and out[-1] == b'':
        out.pop()
    return out


def _split_params(s):
    # split at semicolons outside quotes
    out, cur, quoted, esc = [], '', False, False
    for c in s:
        if esc:
            cur += c
            esc = False
        elif c == '\\' and quoted:
            cur += c
            esc = True
        elif c == '"':
            quoted = not quoted
            cur += c
        elif c == ';' and not quoted:
            out.append(cur.strip())
            cur = ''
        else:
            cur += c
    out.append(cur.strip())
    return out


def _formatparam(param, value=None, quote=True):
    if value is not None and len(value) > 0:
        if isinstance(value, tuple):
            param += '*'
            return '%s=%s' % (param, utils.encode_rfc2231(value[2], value[0], value[1]))
        try:
            value.encode('ascii')
        except UnicodeEncodeError:
            param += '*'
            return '%s=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
        if quote or _tspecials.search(value):
            return '%s="%s"' % (param, utils.quote(value))
        return '%s=%s' % (param, value)
    return param


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


class Message:
    """A message: headers (an ordered list, names case-insensitive) and a
    payload (a str, or a list of Message parts for a multipart)."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        from email.generator import Generator
        from io import StringIO
        policy = self.policy if policy is None else policy
        fp = StringIO()
        g = Generator(fp, mangle_from_=False, maxheaderlen=maxheaderlen, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        from email.generator import BytesGenerator
        from io import BytesIO
        policy = self.policy if policy is None else policy
        fp = BytesIO()
        g = BytesGenerator(fp, mangle_from_=False, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError('Attach is not valid on a message with a non-multipart payload')

    def _payload_bytes(self):
        # as CPython: ASCII, else 'raw-unicode-escape' (latin-1 code points
        # as bytes, others as \\uXXXX)
        payload = self._payload
        try:
            return payload.encode('ascii')
        except UnicodeEncodeError:
            out = bytearray()
            for ch in payload:
                o = ord(ch)
                if o < 256:
                    out.append(o)
                elif o < 0x10000:
                    out.extend(('\\u%04x' % o).encode('ascii'))
                else:
                    out.extend(('\\U%08x' % o).encode('ascii'))
            return bytes(out)

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        if not decode:
            return payload
        if payload is None:
            return None
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            bpayload = self._payload_bytes()
        else:
            bpayload = payload
        if cte == 'quoted-printable':
            return qp_body_decode(bpayload.decode('latin-1'))
        if cte == 'base64':
            data = b''.join(_byte_lines(bpayload))
            try:
                return base64.b64decode(data + b'=' * (-len(data) % 4))
            except Exception:
                self.policy.handle_defect(self, errors.MessageDefect('invalid base64'))
                return bpayload
        return bpayload

    def set_payload(self, payload, charset=None):
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            self._payload = payload
        elif hasattr(payload, 'decode'):
            self._payload = payload.decode('latin-1')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                payload = self._payload
                if payload and isinstance(payload, str):
                    self._payload = charset.body_encode(payload)
                cte(self)
            else:
                self._payload = charset.body_encode(self._payload)
                self.add_header('Content-Transfer-Encoding', cte)
        elif isinstance(self._payload, str) and self._payload:
            self._payload = charset.body_encode(self._payload)

    def get_charset(self):
        return self._charset

    # headers: a mapping with repeated, case-insensitive names

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(list(self._headers))

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [self.policy.header_fetch_parse(k, v) for k, v in self._headers if k.lower() == name]
        return values or failobj

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            if v is None:
                parts.append(k.replace('_', '-'))
            else:
                parts.append(_formatparam(k.replace('_', '-'), v))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append(self.policy.header_store_parse(_name, SEMISPACE.join(parts)))

    def replace_header(self, _name, _value):
        lname = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(_name)

    # content types and parameters

    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _split_params(str(value))[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _split_params(str(value)):
            if '=' in p:
                name, val = p.split('=', 1)
                name = name.strip()
                val = val.strip()
            else:
                name, val = p.strip(), ''
            params.append((name.lower() if '=' in p else name, val))
        return params

    def get_params(self, failobj=None, header='content-type', unquote=True):
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                if unquote:
                    return _unquotevalue(v)
                return v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None, language='',
                  replace=False):
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append = _formatparam(param, value, requote)
                else:
                    append = _formatparam(old_param, old_value, requote)
                ctype = append if not ctype else SEMISPACE.join([ctype, append])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                new_ctype = _formatparam(p, v, requote) if not new_ctype else \
                    SEMISPACE.join([new_ctype, _formatparam(p, v, requote)])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header='Content-Type', requote=True):
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        newparams = []
        found = False
        for pk, pv in params:
            if pk.lower() == 'boundary':
                newparams.append(('boundary', '"%s"' % boundary))
                found = True
            else:
                newparams.append((pk, pv))
        if not found:
            newparams.append(('boundary', '"%s"' % boundary))
        newheaders = []
        for h, v in self._headers:
            if h.lower() == 'content-type':
                parts = []
                for k, v2 in newparams:
                    parts.append(k if v2 == '' else '%s=%s' % (k, v2))
                val = SEMISPACE.join(parts)
                newheaders.append(self.policy.header_store_parse(h, val))
            else:
                newheaders.append((h, v))
        self._headers = newheaders

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            charset = utils.collapse_rfc2231_value(charset)
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _split_params(str(value))[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    """A message part with email.policy.default and the content methods."""

    def __init__(self, policy=None):
        if policy is None:
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        c_d = self.get('content-disposition')
        return False if c_d is None else _split_params(str(c_d))[0].lower() == 'attachment'

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def iter_attachments(self):
        if self.get_content_maintype() != 'multipart':
            return
        if self.get_content_subtype() == 'alternative':
            return
        parts = list(self.get_payload())
        body = self.get_body()
        for part in parts:
            if part is body:
                continue
            maintype, subtype = part.get_content_type().split('/')
            if maintype == 'multipart' and subtype in ('related', 'alternative') and not part.is_attachment():
                continue
            yield part

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        best = len(preferencelist)
        body = None
        for prio, part in self._find_body(self, preferencelist):
            if prio < best:
                best = prio
                body = part
                if prio == 0:
                    break
        return body

    def _find_body(self, part, preferencelist):
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in preferencelist:
                yield (preferencelist.index(subtype), part)
            return
        if maintype != 'multipart' or not part.is_multipart():
            return
        if subtype != 'related':
            for subpart in part.iter_parts():
                yield from self._find_body(subpart, preferencelist)
            return
        if 'related' in preferencelist:
            yield (preferencelist.index('related'), part)
        subparts = list(part.iter_parts())
        if subparts:
            yield from self._find_body(subparts[0], preferencelist)

    def get_content(self, *args, **kw):
        maintype = self.get_content_maintype()
        if maintype == 'multipart':
            raise KeyError('multipart')
        data = self.get_payload(decode=True)
        if maintype == 'text':
            cs = self.get_param('charset', 'ASCII')
            try:
                return data.decode(cs, errors=kw.get('errors', 'replace'))
            except LookupError:
                return data.decode('utf-8', errors='replace')
        if maintype == 'message':
            return self.get_payload(0)
        return data

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers if not n.lower().startswith('content-')]
        self._payload = None

    def clear(self):
        self._headers = []
        self._payload = None

    def set_content(self, *args, **kw):
        if self.get_content_maintype() == 'multipart':
            raise TypeError('set_content not valid on multipart')
        self.clear_content()
        obj = args[0] if args else kw.pop('obj')
        rest = args[1:]
        if isinstance(obj, str):
            self._set_text(obj, *rest, **kw)
        elif isinstance(obj, (bytes, bytearray)):
            self._set_bytes(bytes(obj), *rest, **kw)
        elif isinstance(obj, Message):
            self._set_message(obj, *rest, **kw)
        else:
            raise KeyError(obj)

    def _prepare(self, maintype, subtype, headers):
        self['Content-Type'] = '/'.join((maintype, subtype))
        if headers:
            for h in headers:
                name, value = h.split(':', 1)
                self[name.strip()] = value.strip()

    def _finalize(self, disposition, filename, cid, params):
        if disposition is None and filename is not None:
            disposition = 'attachment'
        if disposition is not None:
            self['Content-Disposition'] = disposition
        if filename is not None:
            self.set_param('filename', filename, header='Content-Disposition', replace=True)
        if cid is not None:
            self['Content-ID'] = cid
        if params is not None:
            for key, value in params.items():
                self.set_param(key, value)

    def _set_text(self, string, subtype='plain', charset='utf-8', cte=None, disposition=None,
                  filename=None, cid=None, params=None, headers=None):
        self._prepare('text', subtype, headers)
        lines = _byte_lines(string.encode(charset))
        linesep = self.policy.linesep.encode('ascii')
        maxlen = self.policy.max_line_length or 78
        normal = b'\n'.join(lines) + b'\n'
        embedded = linesep.join(lines) + linesep
        if cte is None:
            if max([len(x) for x in lines] or [0]) <= maxlen:
                try:
                    normal.decode('ascii')
                    cte = '7bit'
                except UnicodeDecodeError:
                    if self.policy.cte_type == '8bit':
                        cte = '8bit'
            if cte is None:
                sniff = linesep.join(lines[:10]) + linesep
                qp = _charset.qp_body_encode(sniff.decode('latin-1'), maxlen)
                b64 = base64.b64encode(sniff) + b'\n'
                cte = 'base64' if len(qp) > len(b64) else 'quoted-printable'
        if cte == '7bit':
            data = normal.decode('ascii')
        elif cte == '8bit':
            data = normal.decode('latin-1')
            self._8bit_text = (normal, charset)
        elif cte == 'quoted-printable':
            data = _charset.qp_body_encode(normal.decode('latin-1'), maxlen)
        elif cte == 'base64':
            data = _b64_lines(embedded, maxlen)
        else:
            raise ValueError('Unknown content transfer encoding {}'.format(cte))
        self.set_payload(data)
        self.set_param('charset', _charset.ALIASES.get(charset, charset), replace=True)
        self['Content-Transfer-Encoding'] = cte
        self._finalize(disposition, filename, cid, params)

    def _set_bytes(self, data, maintype, subtype, cte='base64', disposition=None, filename=None,
                   cid=None, params=None, headers=None):
        self._prepare(maintype, subtype, headers)
        if cte == 'base64':
            text = _b64_lines(data, self.policy.max_line_length or 78)
        elif cte == 'quoted-printable':
            text = _charset.qp_body_encode(data.decode('latin-1'), self.policy.max_line_length or 78)
        elif cte == '7bit':
            text = data.decode('ascii')
        else:
            text = data.decode('latin-1')
        self.set_payload(text)
        self['Content-Transfer-Encoding'] = cte
        self._finalize(disposition, filename, cid, params)

    def _set_message(self, msg, subtype='rfc822', cte=None, disposition=None, filename=None, cid=None,
                     params=None, headers=None):
        self._prepare('message', subtype, headers)
        self.set_payload([msg])
        self._finalize(disposition, filename, cid, params)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            if existing in disallowed_subtypes:
                raise ValueError('Cannot convert {} to {}'.format(existing, subtype))
        keep, part_headers = [], []
        for name, value in self._headers:
            if name.lower().startswith('content-'):
                part_headers.append((name, value))
            else:
                keep.append((name, value))
        if part_headers:
            part = type(self)(policy=self.policy)
            part._headers = part_headers
            part._payload = self._payload
            if hasattr(self, '_8bit_text'):
                part._8bit_text = self._8bit_text
                del self._8bit_text
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype() != 'multipart' or self.get_content_subtype() != _subtype):
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and 'content-disposition' not in part:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart('mixed', *args, _disp='attachment', **kw)


def _b64_lines(data, maxlen):
    per_line = maxlen // 4 * 3
    out = []
    for i in range(0, len(data), per_line):
        out.append(base64.b64encode(data[i:i + per_line]).decode('ascii') + '\n')
    return ''.join(out)


class EmailMessage(MIMEPart):
    """A whole message: MIMEPart plus MIME-Version on set_content."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
