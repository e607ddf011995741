"""Header folding of email.policy.default: non-ASCII words as RFC 2047
encoded words (UTF-8, Q or B, whichever is shorter with a bias to Q),
lines folded at whitespace."""

from email.charset import b64_header_encode, b64_header_length, qp_header_encode, qp_header_length

_ADDRESS_HEADERS = ('from', 'to', 'cc', 'bcc', 'sender', 'reply-to', 'resent-from', 'resent-to',
                    'resent-cc', 'resent-bcc', 'resent-sender')


def encoded_word(text):
    data = text.encode('utf-8')
    if qp_header_length(data) - b64_header_length(data) < 5:
        return qp_header_encode(data, 'utf-8')
    return b64_header_encode(data, 'utf-8')


def _is_ascii(s):
    try:
        s.encode('ascii')
    except UnicodeEncodeError:
        return False
    return True


def _encode_words(value):
    words = value.split(' ')
    out = []
    run = []
    for w in words:
        if _is_ascii(w):
            if run:
                out.append(encoded_word(' '.join(run)))
                run = []
            out.append(w)
        else:
            run.append(w)
    if run:
        out.append(encoded_word(' '.join(run)))
    return out


def _encode_address(value):
    # display names that are not ASCII become encoded words
    from email.utils import _split_addresses, _parse_one
    parts = []
    for part in _split_addresses(value):
        name, addr = _parse_one(part)
        if name and not _is_ascii(name):
            parts.append('%s <%s>' % (' '.join(_encode_words(name)), addr))
        else:
            parts.append(part.strip())
    return ', '.join(parts)


def fold_default(name, value, maxlen, linesep, utf8=False):
    if not utf8 and not _is_ascii(value):
        if name.lower() in _ADDRESS_HEADERS:
            value = _encode_address(value)
        else:
            value = ' '.join(_encode_words(value))
    line = name + ': ' + value
    if not maxlen or len(line) <= maxlen:
        return line + linesep
    words = value.split(' ')
    lines = [name + ':']
    for w in words:
        if len(w) + 1 > maxlen and not w.startswith('=?'):
            _fold_long_word(lines, w, maxlen)
        elif len(lines[-1]) + 1 + len(w) > maxlen and lines[-1].strip() and lines[-1] != name + ':':
            lines.append(' ' + w)
        else:
            lines[-1] += ' ' + w
    return linesep.join(lines) + linesep


def _fold_long_word(lines, word, maxlen):
    # a word longer than a line: Q encoded words, each filling its line
    data = word.encode('utf-8')
    pieces = [qp_header_encode(bytes([b]), 'utf-8')[len('=?utf-8?q?'):-2] for b in data]
    overhead = len('=?utf-8?q??=') + 1
    i = 0
    while i < len(pieces):
        room = maxlen - len(lines[-1]) - overhead
        if room <= 0:
            lines.append('')
            continue
        chunk = ''
        while i < len(pieces) and len(chunk) + len(pieces[i]) <= room:
            chunk += pieces[i]
            i += 1
        if not chunk:
            lines.append('')
            continue
        lines[-1] += ' =?utf-8?q?' + chunk + '?='
        if i < len(pieces):
            lines.append('')
