# codecs: lookup, encode/decode, the codec functions, errors
import codecs

for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'Latin_1', 'iso-8859-1', 'ascii',
             'US-ASCII', 'utf-8-sig', 'rot13', 'unicode_escape']:
    info = codecs.lookup(name)
    print(name, '->', info.name)

info = codecs.lookup('utf-8')
print(info.encode('héllo'))
print(info.decode(b'h\xc3\xa9llo'))
print(info[0] is info.encode, len(info))
print(codecs.encode('café'), codecs.encode('café', 'latin-1'))
print(codecs.decode(b'caf\xc3\xa9'), codecs.decode(b'caf\xe9', 'latin1'))
print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.decode(b'a\\tb\\n\\u00e9\\x41\\\\', 'unicode_escape'))
print(codecs.encode('a\tb\né\u20ac\\', 'unicode_escape'))
print(codecs.getencoder('ascii')('abc'), codecs.getdecoder('ascii')(b'abc'))
print(codecs.encode('€', 'ascii', 'xmlcharrefreplace'), codecs.encode('é€', 'latin-1', 'replace'))
print(codecs.decode(b'a\xffb', 'utf-8', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'ignore'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)
print(codecs.decode(codecs.BOM_UTF8 + b'x', 'utf-8-sig'), codecs.encode('x', 'utf-8-sig'))

for bad in ['no-such-codec', 'utf-9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError:', e)
try:
    codecs.encode('é', 'ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    codecs.decode(b'\xe9t\xe9', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    codecs.lookup(5)
except TypeError as e:
    print('TypeError:', e)

print(codecs.lookup_error('strict') is codecs.strict_errors)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError:', e)


def failure(text, encoding='ascii'):
    try:
        text.encode(encoding)
    except UnicodeEncodeError as e:
        return e


def dfailure(data):
    try:
        data.decode('utf-8')
    except UnicodeDecodeError as e:
        return e


codecs.register_error('mine', lambda exc: ('?', exc.end))
print(codecs.lookup_error('mine')(failure('é')))
print(codecs.replace_errors(failure('é')), codecs.replace_errors(dfailure(b'\xff')))
print(codecs.backslashreplace_errors(failure('€')), codecs.backslashreplace_errors(dfailure(b'a\xfe')))
print(codecs.xmlcharrefreplace_errors(failure('x€')), codecs.ignore_errors(failure('€')))
try:
    codecs.strict_errors(failure('€'))
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)

dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'caf\xc3')), repr(dec.decode(b'\xa9!')), repr(dec.decode(b'', True)))
enc = codecs.getincrementalencoder('utf-8')()
print(enc.encode('é'), enc.encode('', True))
print(list(codecs.iterdecode([b'\xe2\x82', b'\xac', b'x'], 'utf-8')))
print(list(codecs.iterencode(['a', 'é'], 'latin-1')))
