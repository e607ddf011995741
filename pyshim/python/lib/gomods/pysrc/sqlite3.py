"""The DB-API 2.0 interface to SQLite (gowikibot: modernc.org/sqlite, pure Go).

Transactions follow CPython 3.11's default: with isolation_level '' (the
default), INSERT/UPDATE/DELETE/REPLACE open a transaction that commit() or
rollback() ends; with isolation_level None every statement commits itself.
"""

import _gwb_sqlite

__all__ = ['connect', 'Connection', 'Cursor', 'Row', 'Error', 'Warning', 'InterfaceError',
           'DatabaseError', 'DataError', 'OperationalError', 'IntegrityError', 'InternalError',
           'ProgrammingError', 'NotSupportedError', 'sqlite_version', 'sqlite_version_info',
           'version', 'version_info', 'PARSE_DECLTYPES', 'PARSE_COLNAMES', 'Binary',
           'paramstyle', 'threadsafety', 'apilevel']

apilevel = '2.0'
paramstyle = 'qmark'
threadsafety = 1
version = '2.6.0'
version_info = (2, 6, 0)
sqlite_version = _gwb_sqlite.sqlite_version
sqlite_version_info = tuple(int(x) for x in sqlite_version.split('.'))
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2
Binary = bytes  # memoryview is missing from the interpreter


class Warning(Exception):
    pass


class Error(Exception):
    sqlite_errorcode = None
    sqlite_errorname = None


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


_errors = {'OperationalError': OperationalError, 'IntegrityError': IntegrityError,
           'DataError': DataError, 'DatabaseError': DatabaseError,
           'ProgrammingError': ProgrammingError, 'InternalError': InternalError}


def _check(result):
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], str) and result[0] in _errors:
        raise _errors[result[0]](result[1])
    return result


class Row:
    """A result row indexable by position and by column name (case-insensitive)."""

    def __init__(self, cursor, values):
        self._cols = [d[0] for d in cursor.description]
        self._values = tuple(values)

    def keys(self):
        return list(self._cols)

    def __getitem__(self, key):
        if isinstance(key, str):
            low = key.lower()
            for i, c in enumerate(self._cols):
                if c.lower() == low:
                    return self._values[i]
            raise IndexError('No item with that key')
        return self._values[key]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return isinstance(other, Row) and self._cols == other._cols and self._values == other._values

    def __hash__(self):
        return hash((tuple(self._cols), self._values))

    def __repr__(self):
        return '<sqlite3.Row object at %s>' % hex(id(self))


def _dml(sql):
    s = sql.lstrip().upper()
    return s.startswith(('INSERT', 'UPDATE', 'DELETE', 'REPLACE'))


def _control(sql):
    s = sql.lstrip().upper()
    for word in ('BEGIN', 'COMMIT', 'END', 'ROLLBACK'):
        if s.startswith(word):
            if word == 'ROLLBACK' and ' TO ' in ' '.join(s.split()):
                return None
            return word
    return None


def _params(parameters):
    if parameters is None:
        return None
    if hasattr(parameters, 'keys'):
        return [(k, parameters[k]) for k in parameters.keys()]
    if isinstance(parameters, (str, bytes)):
        raise ProgrammingError('parameters are of unsupported type')
    return list(parameters)


def _split_statements(script):
    """Split a script on semicolons outside quotes and comments."""
    out, cur, quote, i = [], [], None, 0
    while i < len(script):
        c = script[i]
        if quote:
            cur.append(c)
            if c == quote:
                quote = None
        elif c in '\'"`[':
            quote = ']' if c == '[' else c
            cur.append(c)
        elif script.startswith('--', i):
            j = script.find('\n', i)
            i = len(script) if j < 0 else j
            continue
        elif script.startswith('/*', i):
            j = script.find('*/', i + 2)
            i = len(script) if j < 0 else j + 2
            continue
        elif c == ';':
            stmt = ''.join(cur).strip()
            if stmt:
                out.append(stmt)
            cur = []
        else:
            cur.append(c)
        i += 1
    stmt = ''.join(cur).strip()
    if stmt:
        out.append(stmt)
    return out


class Cursor:
    """Runs statements and reads their rows."""

    arraysize = 1

    def __init__(self, connection):
        self.connection = connection
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self.row_factory = None
        self._rows = None
        self._buffer = []
        self._closed = False

    def _conn(self):
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed cursor.')
        return self.connection._need()

    def execute(self, sql, parameters=()):
        db = self._conn()
        if not isinstance(sql, str):
            raise TypeError('execute() argument 1 must be str, not %s' % type(sql).__name__)
        self._finish()
        con = self.connection
        ctl = _control(sql)
        if ctl is None and _dml(sql) and con.isolation_level is not None and not con._in_tx:
            _check(db.execute('BEGIN ' + con.isolation_level, None))
            con._in_tx = True
        got = _check(db.execute(sql, _params(parameters)))
        if ctl == 'BEGIN':
            con._in_tx = True
        elif ctl in ('COMMIT', 'END', 'ROLLBACK'):
            con._in_tx = False
        if got[0] == 'rows':
            self._rows = got[1]
            self.description = tuple((c, None, None, None, None, None, None) for c in self._rows.columns())
            self.rowcount = -1
        else:
            self.description = None
            self.rowcount = got[1] if _dml(sql) else -1
            if self.rowcount > 0:
                # (sqlite3_total_changes: rows inserted, updated, deleted)
                con.total_changes += self.rowcount
            if sql.lstrip().upper().startswith(('INSERT', 'REPLACE')):
                self.lastrowid = got[2]
        return self

    def executemany(self, sql, seq_of_parameters):
        total = 0
        for params in seq_of_parameters:
            self.execute(sql, params)
            if self.description is not None:
                raise ProgrammingError('executemany() can only execute DML statements.')
            total += max(self.rowcount, 0)
        self.rowcount = total
        return self

    def executescript(self, sql_script):
        db = self._conn()
        con = self.connection
        if con._in_tx:
            con.commit()
        for stmt in _split_statements(sql_script):
            _check(db.execute(stmt, None))
            ctl = _control(stmt)
            if ctl == 'BEGIN':
                con._in_tx = True
            elif ctl:
                con._in_tx = False
        self.description = None
        return self

    def _finish(self):
        if self._rows is not None:
            self._rows.close()
            self._rows = None
        self._buffer = []

    def _make(self, values):
        factory = self.row_factory if self.row_factory is not None else self.connection.row_factory
        if factory is None:
            return values
        return factory(self, values)

    def _next_raw(self, n):
        if self._rows is None:
            return []
        got = _check(self._rows.fetch(n))
        if len(got) < n or n < 0:
            self._rows = None
        return got

    def fetchone(self):
        if not self._buffer:
            self._buffer = self._next_raw(64)
        if not self._buffer:
            return None
        return self._make(self._buffer.pop(0))

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        out = []
        while len(out) < size:
            row = self.fetchone()
            if row is None:
                break
            out.append(row)
        return out

    def fetchall(self):
        rows = self._buffer + self._next_raw(-1)
        self._buffer = []
        return [self._make(r) for r in rows]

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self._finish()
        self._closed = True

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass


class Connection:
    """A connection to an SQLite database."""

    Error = Error
    Warning = Warning
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='',
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        if hasattr(database, '__fspath__'):
            database = database.__fspath__()
        if isinstance(database, bytes):
            database = database.decode()
        if uri and database.startswith('file:'):
            database = database
        self._db = _check(_gwb_sqlite.open(database, timeout))
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str
        self._in_tx = False
        self.total_changes = 0

    @property
    def in_transaction(self):
        return self._in_tx

    def _need(self):
        if self._db is None:
            raise ProgrammingError('Cannot operate on a closed database.')
        return self._db

    def cursor(self, factory=None):
        self._need()
        return (factory or Cursor)(self)

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script):
        return self.cursor().executescript(sql_script)

    def commit(self):
        db = self._need()
        if self._in_tx:
            _check(db.execute('COMMIT', None))
            self._in_tx = False

    def rollback(self):
        db = self._need()
        if self._in_tx:
            _check(db.execute('ROLLBACK', None))
            self._in_tx = False

    def close(self):
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False

    def create_function(self, name, num_params, func, *, deterministic=False):
        raise NotSupportedError('user-defined SQL functions are not supported by gowikibot')

    def iterdump(self):
        cur = self.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND sql NOT NULL ORDER BY name")
        yield 'BEGIN TRANSACTION;'
        for name, sql in cur.fetchall():
            yield '%s;' % sql
            for row in self.execute('SELECT * FROM "%s"' % name.replace('"', '""')).fetchall():
                vals = []
                for v in row:
                    if v is None:
                        vals.append('NULL')
                    elif isinstance(v, str):
                        vals.append("'%s'" % v.replace("'", "''"))
                    elif isinstance(v, bytes):
                        vals.append("X'%s'" % v.hex().upper())
                    else:
                        vals.append(repr(v))
                yield 'INSERT INTO "%s" VALUES(%s);' % (name, ','.join(vals))
        yield 'COMMIT;'


def connect(database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
            factory=None, cached_statements=128, uri=False):
    """Open a connection to the SQLite database file database (':memory:' for a memory database)."""
    cls = factory or Connection
    return cls(database, timeout, detect_types, isolation_level, check_same_thread, None,
               cached_statements, uri)


def complete_statement(statement):
    return statement.rstrip().endswith(';')


def register_adapter(type, adapter):
    pass


def register_converter(typename, converter):
    pass
