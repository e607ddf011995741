package gomods

import (
	"context"
	"database/sql"
	"errors"
	"math/big"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
	"modernc.org/sqlite"
	sqlite3lib "modernc.org/sqlite/lib"
)

// _gwb_sqlite: SQLite databases on modernc.org/sqlite (pure Go, so the
// binary stays static) for sqlite3 (Python). Each Python connection holds
// one database/sql connection, so transactions span execute() calls.

// SQLiteDBType and SQLiteRowsType are the handle types.
var (
	SQLiteDBType   = py.NewType("_gwb_sqlite.DB", "One SQLite database connection.")
	SQLiteRowsType = py.NewType("_gwb_sqlite.Rows", "The rows of a query being read.")
)

// SQLiteDB is one open database.
type SQLiteDB struct {
	db   *sql.DB
	conn *sql.Conn
}

// Type returns SQLiteDBType.
func (d *SQLiteDB) Type() *py.Type { return SQLiteDBType }

// SQLiteRows are a query's rows, read on demand.
type SQLiteRows struct {
	rows *sql.Rows
	cols []string
	done bool
}

// Type returns SQLiteRowsType.
func (r *SQLiteRows) Type() *py.Type { return SQLiteRowsType }

// sqliteError is the (kind, message) pair Python raises as its class.
func sqliteError(err error) py.Object {
	kind := "OperationalError"
	msg := err.Error()
	var se *sqlite.Error
	if errors.As(err, &se) {
		code := se.Code() & 0xff
		switch code {
		case sqlite3lib.SQLITE_CONSTRAINT:
			kind = "IntegrityError"
		case sqlite3lib.SQLITE_MISMATCH, sqlite3lib.SQLITE_TOOBIG:
			kind = "DataError"
		case sqlite3lib.SQLITE_CORRUPT, sqlite3lib.SQLITE_NOTADB:
			kind = "DatabaseError"
		case sqlite3lib.SQLITE_MISUSE, sqlite3lib.SQLITE_RANGE:
			kind = "ProgrammingError"
		case sqlite3lib.SQLITE_INTERNAL:
			kind = "InternalError"
		}
		msg = se.Error()
		// "SQL logic error: no such table: x (1)" -> "no such table: x"
		if i := strings.Index(msg, ": "); i >= 0 && strings.HasSuffix(msg, ")") {
			msg = msg[i+2:]
			if j := strings.LastIndex(msg, " ("); j >= 0 {
				msg = msg[:j]
			}
		}
	}
	return py.Tuple{py.String(kind), py.String(msg)}
}

// toSQL converts a Python value to a driver value.
func toSQL(o py.Object) (any, error) {
	switch v := o.(type) {
	case nil:
		return nil, nil
	case py.NoneType:
		return nil, nil
	case py.Bool:
		if v {
			return int64(1), nil
		}
		return int64(0), nil
	case py.Int:
		return int64(v), nil
	case *py.BigInt:
		if (*big.Int)(v).IsInt64() {
			return (*big.Int)(v).Int64(), nil
		}
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to SQLite INTEGER")
	case py.Float:
		return float64(v), nil
	case py.String:
		return string(v), nil
	}
	if b, ok := asBytes(o); ok {
		return append([]byte(nil), b...), nil
	}
	if i, err := toInt(o); err == nil {
		return int64(i), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "Error binding parameter - probably unsupported type.")
}

// fromSQL converts a column value to Python.
func fromSQL(v any) py.Object {
	switch x := v.(type) {
	case nil:
		return py.None
	case int64:
		return py.Int(x)
	case float64:
		return py.Float(x)
	case string:
		return py.String(x)
	case []byte:
		return newBytes(append([]byte(nil), x...))
	case bool:
		if x {
			return py.Int(1)
		}
		return py.Int(0)
	case time.Time:
		// The driver parses DATE/DATETIME columns; give the text back.
		s := x.Format("2006-01-02 15:04:05.999999999")
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			s = x.Format("2006-01-02")
		}
		return py.String(s)
	}
	return py.None
}

func sqlArgs(params py.Object) ([]any, error) {
	if isNone(params) {
		return nil, nil
	}
	var args []any
	// A dict (named parameters) is given as a list of (name, value).
	if l, ok := params.(*py.List); ok && len(l.Items) > 0 {
		if t, ok := l.Items[0].(py.Tuple); ok && len(t) == 2 {
			if _, named := t[0].(py.String); named {
				for _, it := range l.Items {
					p := it.(py.Tuple)
					v, err := toSQL(p[1])
					if err != nil {
						return nil, err
					}
					args = append(args, sql.Named(string(p[0].(py.String)), v))
				}
				return args, nil
			}
		}
	}
	err := py.Iterate(params, func(o py.Object) bool {
		v, e := toSQL(o)
		if e != nil {
			args = append(args, e)
			return true
		}
		args = append(args, v)
		return false
	})
	if err != nil {
		return nil, err
	}
	if n := len(args); n > 0 {
		if e, ok := args[n-1].(error); ok {
			return nil, e
		}
	}
	return args, nil
}

// isQuery reports whether stmt returns rows.
func isQuery(stmt string) bool {
	s := strings.TrimLeft(stmt, " \t\r\n(")
	for strings.HasPrefix(s, "--") {
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = strings.TrimLeft(s[i+1:], " \t\r\n(")
		} else {
			return false
		}
	}
	word := strings.ToUpper(s)
	for _, k := range []string{"SELECT", "PRAGMA", "WITH", "VALUES", "EXPLAIN"} {
		if strings.HasPrefix(word, k) {
			return true
		}
	}
	return strings.Contains(word, "RETURNING")
}

func sqliteOpen(self py.Object, args py.Tuple) (py.Object, error) {
	var po, to py.Object
	if err := py.UnpackTuple(args, nil, "open", 2, 2, &po, &to); err != nil {
		return nil, err
	}
	path, _ := po.(py.String)
	timeout := 5.0
	if f, err := toFloat(to); err == nil {
		timeout = f
	}
	dsn := string(path)
	if dsn == ":memory:" || dsn == "" {
		dsn = ":memory:"
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	dsn += sep + "_pragma=busy_timeout(" + itoa(int(timeout*1000)) + ")"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return sqliteError(err), nil
	}
	db.SetMaxOpenConns(1)
	var conn *sql.Conn
	gil.Blocking(func() { conn, err = db.Conn(context.Background()) })
	if err == nil {
		// Opening is lazy: touch the file now so that a bad path fails
		// at connect(), as in CPython.
		gil.Blocking(func() { _, err = conn.ExecContext(context.Background(), "PRAGMA schema_version") })
	}
	if err != nil {
		db.Close()
		return py.Tuple{py.String("OperationalError"), py.String("unable to open database file")}, nil
	}
	return &SQLiteDB{db: db, conn: conn}, nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func init() {
	// execute(sql, params) -> ("rows", Rows) | ("done", rowcount, lastrowid) | (kind, msg)
	SQLiteDBType.Dict["execute"] = method("execute", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := self.(*SQLiteDB)
		var so, po py.Object
		if err := py.UnpackTuple(args, nil, "execute", 2, 2, &so, &po); err != nil {
			return nil, err
		}
		stmt, _ := so.(py.String)
		params, err := sqlArgs(po)
		if err != nil {
			return nil, err
		}
		ctx := context.Background()
		if isQuery(string(stmt)) {
			var rows *sql.Rows
			gil.Blocking(func() { rows, err = d.conn.QueryContext(ctx, string(stmt), params...) })
			if err != nil {
				return sqliteError(err), nil
			}
			cols, _ := rows.Columns()
			return py.Tuple{py.String("rows"), &SQLiteRows{rows: rows, cols: cols}}, nil
		}
		var res sql.Result
		gil.Blocking(func() { res, err = d.conn.ExecContext(ctx, string(stmt), params...) })
		if err != nil {
			return sqliteError(err), nil
		}
		n, _ := res.RowsAffected()
		id, _ := res.LastInsertId()
		return py.Tuple{py.String("done"), py.Int(n), py.Int(id)}, nil
	})
	SQLiteDBType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
		d := self.(*SQLiteDB)
		if d.conn != nil {
			d.conn.Close()
			d.db.Close()
			d.conn = nil
		}
		return py.None, nil
	})
	SQLiteRowsType.Dict["columns"] = method("columns", func(self py.Object) (py.Object, error) {
		r := self.(*SQLiteRows)
		out := make([]py.Object, len(r.cols))
		for i, c := range r.cols {
			out[i] = py.String(c)
		}
		return py.Tuple(out), nil
	})
	// fetch(n) -> list of tuples (n < 0: all); [] at the end
	SQLiteRowsType.Dict["fetch"] = method("fetch", func(self py.Object, no py.Object) (py.Object, error) {
		r := self.(*SQLiteRows)
		n, err := toInt(no)
		if err != nil {
			return nil, err
		}
		var out []py.Object
		vals := make([]any, len(r.cols))
		ptrs := make([]any, len(r.cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for !r.done && (n < 0 || len(out) < n) {
			var ok bool
			gil.Blocking(func() { ok = r.rows.Next() })
			if !ok {
				r.done = true
				err := r.rows.Err()
				r.rows.Close()
				if err != nil {
					return sqliteError(err), nil
				}
				break
			}
			if err := r.rows.Scan(ptrs...); err != nil {
				return sqliteError(err), nil
			}
			row := make(py.Tuple, len(vals))
			for i, v := range vals {
				row[i] = fromSQL(v)
			}
			out = append(out, row)
		}
		return py.NewListFromItems(out), nil
	})
	SQLiteRowsType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
		r := self.(*SQLiteRows)
		if !r.done {
			r.done = true
			r.rows.Close()
		}
		return py.None, nil
	})
}

func sqliteModule() (map[string]any, py.StringDict) {
	var version string
	if db, err := sql.Open("sqlite", ":memory:"); err == nil {
		_ = db.QueryRow("select sqlite_version()").Scan(&version)
		db.Close()
	}
	return map[string]any{"open": sqliteOpen}, py.StringDict{"sqlite_version": py.String(version)}
}

func init() { registerGo("_gwb_sqlite", "SQLite on modernc.org/sqlite.", sqliteModule) }
