# sqlite3.Connection.total_changes: rows inserted, updated and deleted since
# the connection opened.
import sqlite3
c = sqlite3.connect(':memory:')
c.execute('create table t (a integer primary key, b text)')
print(c.total_changes)
c.executemany('insert into t (b) values (?)', [('x',), ('y',), ('z',)])
print(c.total_changes)
c.execute("update t set b = 'q' where a > 1")
print(c.total_changes)
c.execute('delete from t where a = 1')
c.execute('select * from t').fetchall()
print(c.total_changes)
c.commit()
print(c.total_changes)
