import csv
import io

text = 'title,count,note\r\nMain Page,3,"has, comma"\r\n"Quote ""x""",5,"multi\nline"\r\nplain,,\r\n'
rows = list(csv.reader(io.StringIO(text, newline='')))
print(rows)
r = csv.reader(io.StringIO(text, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"', 'e;f'], delimiter=';')))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['1,2.5,"x"', '"y",3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['a,"b"c,d'])))
print(list(csv.reader(['', 'a', ''])))
print(list(csv.reader(['"abc""def"'], doublequote=True)))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader(['"unterminated'], strict=True))
except csv.Error as e:
    print('Error', e)

out = io.StringIO()
w = csv.writer(out)
w.writerow(['Main Page', 3, 'has, comma', 'quote "q"', 'line\nbreak', None, 2.5, True])
w.writerow([''])
w.writerows([['a', 'b'], [1, 2]])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    out = io.StringIO()
    csv.writer(out, quoting=q, lineterminator='\n').writerow(['a', 1, 2.0, '', 'b c'])
    print(q, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e\\f'])
print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
out = io.StringIO()
csv.writer(out, doublequote=False, escapechar='\\').writerow(['say "hi"'])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, dialect='unix').writerow(['x', 1])
print(repr(out.getvalue()))

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_MINIMAL)
print('pipes' in csv.list_dialects(), csv.get_dialect('pipes').delimiter)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a|b', 'c'])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), 'pipes')))
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('Error', e)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Semi).writerow(['1;2', 3])
print(repr(out.getvalue()))

src = io.StringIO('name,age,city\nAnn,30,Oslo\nBob,25\nCid,40,Rome,extra\n')
dr = csv.DictReader(src)
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO('1,2\n3,4,5\n'), fieldnames=['a', 'b'], restkey='rest', restval='?')
print(list(dr))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['title', 'size'], restval='0')
dw.writeheader()
dw.writerow({'title': 'Sandbox', 'size': 120})
dw.writerows([{'title': 'A, B'}, {'size': 7, 'title': 'C'}])
print(repr(out.getvalue()))
try:
    dw.writerow({'title': 'x', 'bogus': 1})
except ValueError as e:
    print('ValueError', e)
dw = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
dw.writerow({'a': 1, 'b': 2})
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.field_size_limit(), csv.field_size_limit(1000), csv.field_size_limit())
try:
    list(csv.reader(['x' * 2000]))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(131072)
sample = 'a;b;c\n1;2;3\n4;5;6\n'
d = csv.Sniffer().sniff(sample)
print(d.delimiter, csv.Sniffer().has_header('name,age\nann,3\nbob,4\n'))
