# Codecs beyond UTF-8/ASCII/Latin-1 (golang.org/x/text): UTF-16/32 with and
# without BOM, Windows and ISO 8859 code pages, KOI8-R, cp437, mac_roman,
# Shift-JIS, EUC-KR; error handlers and positions; open() with an encoding.
for enc in ['utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'cp1252', 'windows-1250', 'iso-8859-15', 'latin9', 'koi8-r', 'cp437', 'mac_roman', 'shift_jis', 'euc-kr']:
    for text in ['héllo €', 'Привет', '日本']:
        try:
            b = text.encode(enc)
            print(enc, repr(text), b, b.decode(enc) == text)
        except UnicodeEncodeError as e:
            print(enc, repr(text), 'UnicodeEncodeError', e.start, e.end, e.reason)
print('€'.encode('cp1252'), b'\x80\x81'.decode('cp1252', 'replace'), 'ÿ€'.encode('koi8-r', 'replace'), 'a€'.encode('cp437', 'xmlcharrefreplace'))
try:
    b'ab\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.start, e.end, e.reason, e.encoding)
print(b'\xff\xfeh\x00i\x00'.decode('utf-16'), b'\xfe\xff\x00h\x00i'.decode('utf-16'), b'h\x00'.decode('utf-16'))
import io, tempfile, os
p = os.path.join(tempfile.mkdtemp(), 'f.txt')
with open(p, 'w', encoding='cp1252') as f:
    f.write('café €\n')
print(open(p, 'rb').read(), open(p, encoding='cp1252').read())
with open(p, 'w', encoding='utf-16') as f:
    f.write('zoë\n')
print(open(p, 'rb').read(), repr(open(p, encoding='utf-16').read()))
