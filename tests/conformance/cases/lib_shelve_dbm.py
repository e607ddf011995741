# shelve over dbm (dbm.dumb in gowikibot: CPython's file format; Debian's
# CPython picks its C back end for shelve), dbm.dumb, dbm.whichdb, os.fsencode.
import dbm, dbm.dumb, os, shelve, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'cache')
with shelve.open(p) as s:
    s['pages'] = {'Main Page': 3, 'Other': [1, 2]}
    s['count'] = 42
    s['big'] = 'x' * 2000
print(dbm.whichdb(p) is not None)
with shelve.open(p) as s:
    print(sorted(s), s['pages'], s['count'], len(s['big']), 'count' in s, s.get('nope', 'dflt'))
    s['count'] += 1
    del s['big']
with shelve.open(p, flag='r') as s:
    print(sorted(s.keys()), s['count'])
with shelve.open(p, writeback=True) as s:
    s['pages']['New'] = 9
with shelve.open(p) as s:
    print(sorted(s['pages']))
q = os.path.join(d, 'raw')
db = dbm.dumb.open(q, 'c')
db[b'k'] = b'v'
db['s'] = 'é'
print(sorted(db.keys()), db[b's'].decode(), b'k' in db, len(db))
db.close()
print(sorted(n for n in os.listdir(d) if n.startswith('raw')), dbm.whichdb(q))
try:
    dbm.open(os.path.join(d, 'missing'), 'r')
except dbm.error[0] as e:
    print('dbm.error', e)
print(os.fsencode('a/é'), os.fsdecode(b'a/\xc3\xa9'), os.fsencode(b'x'))
