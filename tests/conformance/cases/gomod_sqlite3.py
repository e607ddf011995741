# sqlite3 as bots use it: a page cache with parameters, transactions, rows.
import sqlite3, os, tempfile

print(sqlite3.sqlite_version_info >= (3, 30), sqlite3.paramstyle)
path = os.path.join(tempfile.mkdtemp(), 'cache.db')
con = sqlite3.connect(path)
cur = con.cursor()
cur.execute('CREATE TABLE pages (id INTEGER PRIMARY KEY, title TEXT UNIQUE NOT NULL, size INTEGER, score REAL, data BLOB)')
cur.execute('INSERT INTO pages (title, size, score, data) VALUES (?, ?, ?, ?)', ('Main Page', 1200, 0.5, b'\x00\x01'))
print(cur.rowcount, cur.lastrowid, con.in_transaction)
cur.executemany('INSERT INTO pages (title, size) VALUES (?, ?)', [('Sandbox', 10), ('Help:Contents', 300), ('Käse', 42)])
print(cur.rowcount, con.in_transaction)
con.commit()
print(con.in_transaction)
cur.execute('SELECT id, title, size FROM pages WHERE size > ? ORDER BY size', (20,))
print(cur.description[0][0], [d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchall())
print(cur.fetchone())
for row in con.execute('SELECT title, score, data FROM pages WHERE id = :id', {'id': 1}):
    print(row)
print(con.execute('SELECT count(*), sum(size), avg(size) FROM pages').fetchone())
print(con.execute('SELECT title FROM pages WHERE title LIKE ?', ('%e%',)).fetchmany(2))
con.execute('UPDATE pages SET size = size + 1 WHERE title = ?', ('Sandbox',))
con.rollback()
print(con.execute('SELECT size FROM pages WHERE title = ?', ('Sandbox',)).fetchone()[0])
try:
    with con:
        con.execute('UPDATE pages SET size = 0')
        con.execute('INSERT INTO pages (title) VALUES (?)', ('Sandbox',))
except sqlite3.IntegrityError as e:
    print('IntegrityError', e)
print(con.execute('SELECT sum(size) FROM pages').fetchone())
with con:
    con.execute('DELETE FROM pages WHERE title = ?', ('Käse',))
print(con.execute('SELECT count(*) FROM pages').fetchone())
con.row_factory = sqlite3.Row
r = con.execute('SELECT id, title AS name FROM pages ORDER BY id').fetchone()
print(r.keys(), r['name'], r['NAME'], r[0], tuple(r), len(r))
con.row_factory = None
try:
    con.execute('SELECT * FROM nosuch')
except sqlite3.OperationalError as e:
    print('OperationalError', e, isinstance(e, sqlite3.DatabaseError), isinstance(e, sqlite3.Error))
try:
    con.execute('INSERT INTO pages (size) VALUES (1)')
except sqlite3.IntegrityError as e:
    print('IntegrityError', e)
con.executescript('''
    CREATE TABLE log (msg TEXT);  -- a comment; with a semicolon
    INSERT INTO log VALUES ('a;b');
    INSERT INTO log VALUES ('c');
''')
print(con.execute('SELECT msg FROM log').fetchall())
con.close()
try:
    con.execute('SELECT 1')
except sqlite3.ProgrammingError as e:
    print('ProgrammingError', e)
con2 = sqlite3.connect(path)
print(con2.execute('SELECT title FROM pages ORDER BY id').fetchall())
con2.close()
mem = sqlite3.connect(':memory:', isolation_level=None)
mem.execute('CREATE TABLE t (x)')
mem.execute('INSERT INTO t VALUES (?)', (None,))
print(mem.in_transaction, mem.execute('SELECT x, typeof(x) FROM t').fetchall())
print(mem.execute('SELECT ?, ?, ?', (1, 2.5, 'x')).fetchone(), mem.execute('SELECT 1 WHERE 0').fetchone())
try:
    sqlite3.connect('/nonexistent/dir/x.db')
except sqlite3.OperationalError as e:
    print('OperationalError', e)
