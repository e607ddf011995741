//go:build unix

package sysmods

import (
	"os"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// pwd and grp over /etc/passwd and /etc/group (the files the C library
// reads without NSS modules): getpwuid, getpwnam, getpwall, getgrgid,
// getgrnam, getgrall, with CPython's records and KeyError texts.

// dbLines returns the records of a colon-separated database file.
func dbLines(path string, fields int) [][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ":")
		if len(f) < fields {
			continue
		}
		out = append(out, f)
	}
	return out
}

var passwdFields = []string{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}
var groupFields = []string{"gr_name", "gr_passwd", "gr_gid", "gr_mem"}

func passwdRecord(f []string) py.Object {
	uid, _ := strconv.Atoi(f[2])
	gid, _ := strconv.Atoi(f[3])
	return newStructSeq("pwd.struct_passwd", passwdFields, py.Tuple{py.String(f[0]), py.String(f[1]), py.Int(uid), py.Int(gid),
		py.String(f[4]), py.String(f[5]), py.String(f[6])})
}

func groupRecord(f []string) py.Object {
	gid, _ := strconv.Atoi(f[2])
	mem := py.NewList()
	if f[3] != "" {
		for _, m := range strings.Split(f[3], ",") {
			mem.Append(py.String(m))
		}
	}
	return newStructSeq("grp.struct_group", groupFields, py.Tuple{py.String(f[0]), py.String(f[1]), py.Int(gid), mem})
}

// idArg is the integer uid or gid argument of fn.
func idArg(o py.Object, what string) (int, error) {
	switch x := o.(type) {
	case py.Int:
		return int(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "%s should be integer, not %s", what, typeName(o))
}

func init() {
	byID := func(fn, what, path string, fields, col int, rec func([]string) py.Object) func(self, arg py.Object) (py.Object, error) {
		return func(self, arg py.Object) (py.Object, error) {
			id, err := idArg(arg, what)
			if err != nil {
				return nil, err
			}
			for _, f := range dbLines(path, fields) {
				if n, err := strconv.Atoi(f[col]); err == nil && n == id {
					return rec(f), nil
				}
			}
			return nil, keyError(py.String(fn + "(): " + what + " not found: " + strconv.Itoa(id)))
		}
	}
	byName := func(fn, path string, fields int, rec func([]string) py.Object) func(self, arg py.Object) (py.Object, error) {
		return func(self, arg py.Object) (py.Object, error) {
			name, ok := arg.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fn, typeName(arg))
			}
			for _, f := range dbLines(path, fields) {
				if f[0] == string(name) {
					return rec(f), nil
				}
			}
			return nil, keyError(py.String(fn + "(): name not found: " + pyQuote(string(name))))
		}
	}
	all := func(path string, fields int, rec func([]string) py.Object) func(self py.Object) (py.Object, error) {
		return func(self py.Object) (py.Object, error) {
			out := py.NewList()
			for _, f := range dbLines(path, fields) {
				out.Append(rec(f))
			}
			return out, nil
		}
	}
	register("pwd", "Access to the Unix password database.", map[string]interface{}{
		"getpwuid": byID("getpwuid", "uid", "/etc/passwd", 7, 2, passwdRecord),
		"getpwnam": byName("getpwnam", "/etc/passwd", 7, passwdRecord),
		"getpwall": all("/etc/passwd", 7, passwdRecord),
	}, nil)
	register("grp", "Access to the Unix group database.", map[string]interface{}{
		"getgrgid": byID("getgrgid", "gid", "/etc/group", 4, 2, groupRecord),
		"getgrnam": byName("getgrnam", "/etc/group", 4, groupRecord),
		"getgrall": all("/etc/group", 4, groupRecord),
	}, nil)
}
