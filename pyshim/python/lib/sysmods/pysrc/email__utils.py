"""Address and date helpers of email messages (email.utils)."""

import datetime
import os
import random
import re
import socket
import time
import urllib.parse

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231', 'formataddr',
           'formatdate', 'format_datetime', 'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr',
           'parsedate', 'parsedate_tz', 'parsedate_to_datetime', 'quote', 'unquote', 'localtime']

COMMASPACE = ', '
_specials = re.compile(r'[][\\()<>@,:;".]')
_escapes = re.compile(r'[\\"]')


def quote(s):
    """Backslash-escape the backslashes and double quotes of s."""
    return s.replace('\\', '\\\\').replace('"', '\\"')


def unquote(s):
    """Remove one level of quotes (or angle brackets) around s."""
    if len(s) > 1:
        if s.startswith('"') and s.endswith('"'):
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s.startswith('<') and s.endswith('>'):
            return s[1:-1]
    return s


def formataddr(pair, charset='utf-8'):
    """'Name <addr>' for (name, addr): the name quoted when it holds
    specials, RFC 2047-encoded when it is not ASCII."""
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            from email.charset import Charset
            if isinstance(charset, str):
                charset = Charset(charset)
            return '%s <%s>' % (charset.header_encode(name), address)
        if _specials.search(name):
            return '"%s" <%s>' % (_escapes.sub(r'\\\g<0>', name), address)
        return '%s <%s>' % (name, address)
    return address


def _split_addresses(text):
    # split at commas outside quotes, comments and angle brackets
    out, cur, depth, quoted, angle, i = [], '', 0, False, False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            cur += c
            if c == '\\' and i + 1 < len(text):
                cur += text[i + 1]
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
            cur += c
        elif c == '(':
            depth += 1
            cur += c
        elif c == ')' and depth:
            depth -= 1
            cur += c
        elif c == '<':
            angle = True
            cur += c
        elif c == '>':
            angle = False
            cur += c
        elif c == ',' and not depth and not angle:
            out.append(cur)
            cur = ''
        else:
            cur += c
        i += 1
    out.append(cur)
    return out


def _parse_one(text):
    text = text.strip()
    if not text:
        return ('', '')
    comments = []

    def strip_comments(s):
        res, depth, buf = '', 0, ''
        quoted = False
        for c in s:
            if quoted:
                res += c
                if c == '"':
                    quoted = False
            elif depth:
                if c == ')':
                    depth -= 1
                    if not depth:
                        comments.append(buf)
                        buf = ''
                        continue
                elif c == '(':
                    depth += 1
                buf += c
            elif c == '(':
                depth = 1
            elif c == '"':
                quoted = True
                res += c
            else:
                res += c
        return res

    if '<' in text and '>' in text:
        lt = text.index('<')
        gt = text.rindex('>')
        name = strip_comments(text[:lt]).strip()
        addr = text[lt + 1:gt].strip()
        if name.startswith('"') and name.endswith('"') and len(name) > 1:
            name = unquote(name)
        else:
            name = ' '.join(name.split())
        if addr.startswith('@') and ':' in addr:
            addr = addr.split(':', 1)[1]
        return (name, addr.replace(' ', ''))
    rest = strip_comments(text).strip()
    name = comments[-1].strip() if comments else ''
    if rest.startswith('"') and '@' in rest:
        q = rest.index('"', 1) if rest.count('"') > 1 else -1
        if q > 0:
            rest = rest[:q + 1] + rest[q + 1:].replace(' ', '')
            return (name, rest)
    return (name, rest.replace(' ', ''))


def parseaddr(addr):
    """(realname, email address) of an address field; ('', '') when it
    cannot be parsed."""
    if isinstance(addr, list):
        addr = ', '.join(addr)
    parts = [p for p in _split_addresses(addr) if p.strip()] or ['']
    if len(parts) != 1:
        return ('', '')
    return _parse_one(parts[0])


def getaddresses(fieldvalues):
    """(realname, address) pairs of every address in the given fields."""
    out = []
    for v in fieldvalues:
        for part in _split_addresses(str(v)):
            if part.strip():
                out.append(_parse_one(part))
    return out


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
           'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_TIMEZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[timetuple[6]], timetuple[2],
        ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date: 'Fri, 09 Nov 2001 01:08:47 -0000'."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        dt = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date of a datetime (-0000 for a naive one)."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError('usegmt option requires a UTC datetime')
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime('%z')
    return _format_timetuple_and_zone(now, zone)


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: '<time.pid.random[.idstring]@domain>'."""
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


def parsedate_tz(data):
    """The 10-tuple of an RFC 2822 date (the last item the zone offset in
    seconds, or None), or None."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(',') or words[0].lower() in [d.lower() for d in _DAYS]:
        del words[0]
    else:
        i = words[0].rfind(',')
        if i >= 0:
            words[0] = words[0][i + 1:]
    if len(words) == 3:
        stuff = words[0].split('-')
        if len(stuff) == 3:
            words = stuff + words[1:]
    if len(words) == 4:
        s = words[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            words[3:] = [s[:i], s[i:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    words = words[:5]
    dd, mm, yy, tm, tz = words
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    mm = _MONTHS.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy, dd, thh, tmm, tss = int(yy), int(dd), int(thh), int(tmm), int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _TIMEZONES:
        tzoffset = _TIMEZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        sign = -1 if tzoffset < 0 else 1
        tzoffset = abs(tzoffset)
        tzoffset = sign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return (yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset)


def parsedate(data):
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """The UTC timestamp of a parsedate_tz 10-tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """The datetime of an RFC 2822 date (naive for a -0000 zone)."""
    parsed = parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=None):
    """dt (now when None) as an aware datetime in the local time zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def decode_rfc2231(s):
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = text.encode('latin-1', 'replace')
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    return list(params)
