# Pickles of datetime subclasses (a Timestamp-like class, as pywikibot's API
# cache entries hold): reduced by their own class with datetime's byte
# state, as CPython does, and read back from CPython's bytes.
import datetime
import pickle


class Stamp(datetime.datetime):
    def __repr__(self):
        s = super().__repr__()
        return type(self).__name__ + s[s.find('('):]


class Day(datetime.date):
    pass


class Clock(datetime.time):
    pass


class OwnReduce(datetime.datetime):
    def __reduce__(self):
        return (OwnReduce, (self.year, self.month, self.day))


utc = datetime.timezone.utc
values = [
    Stamp(2026, 12, 7, 13, 52, 44, 377638, tzinfo=utc),
    Stamp(2024, 2, 29),
    Stamp(1999, 12, 31, 23, 59, 59, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-5), 'EST')),
    Day(2001, 9, 9),
    Clock(13, 45, 1, 999999),
    OwnReduce(2020, 5, 6, 7, 8, 9),
]
for v in values:
    for proto in (0, 2, 3, 4):
        blob = pickle.dumps(v, proto)
        back = pickle.loads(blob)
        print(proto, type(back).__name__, repr(back), back == v, blob)
    print()

record = ('key', {'batchcomplete': '', 'query': {'n': 1}}, values[0])
blob = pickle.dumps(record, 2)
print(blob)
print(pickle.loads(blob))

# CPython 3.11's protocol-2 pickle of the record above
cpython = (b'\x80\x02X\x03\x00\x00\x00keyq\x00}q\x01(X\r\x00\x00\x00batchcompleteq\x02X\x00\x00\x00\x00q'
           b'\x03X\x05\x00\x00\x00queryq\x04}q\x05X\x01\x00\x00\x00nq\x06K\x01suc__main__\nStamp\nq\x07c'
           b'_codecs\nencode\nq\x08X\x0c\x00\x00\x00\x07\xc3\xaa\x0c\x07\r4,\x05\xc3\x83&q\tX\x06\x00\x00'
           b'\x00latin1q\n\x86q\x0bRq\x0ccdatetime\ntimezone\nq\rcdatetime\ntimedelta\nq\x0eK\x00K\x00K\x00'
           b'\x87q\x0fRq\x10\x85q\x11Rq\x12\x86q\x13Rq\x14\x87q\x15.')
print(blob == cpython)
key, data, when = pickle.loads(cpython)
print(key, data, type(when).__name__, repr(when), when.tzinfo)
