package sysmods

import (
	"github.com/go-python/gpython/py"
)

func statInit() {
	consts := map[string]int{
		"S_IFMT": 0o170000, "S_IFSOCK": 0o140000, "S_IFLNK": 0o120000, "S_IFREG": 0o100000,
		"S_IFBLK": 0o060000, "S_IFDIR": 0o040000, "S_IFCHR": 0o020000, "S_IFIFO": 0o010000,
		"S_ISUID": 0o4000, "S_ISGID": 0o2000, "S_ISVTX": 0o1000,
		"S_IRWXU": 0o700, "S_IRUSR": 0o400, "S_IWUSR": 0o200, "S_IXUSR": 0o100,
		"S_IRWXG": 0o70, "S_IRGRP": 0o40, "S_IWGRP": 0o20, "S_IXGRP": 0o10,
		"S_IRWXO": 0o7, "S_IROTH": 0o4, "S_IWOTH": 0o2, "S_IXOTH": 0o1,
		"S_IREAD": 0o400, "S_IWRITE": 0o200, "S_IEXEC": 0o100,
		"ST_MODE": 0, "ST_INO": 1, "ST_DEV": 2, "ST_NLINK": 3, "ST_UID": 4, "ST_GID": 5,
		"ST_SIZE": 6, "ST_ATIME": 7, "ST_MTIME": 8, "ST_CTIME": 9,
	}
	g := py.StringDict{}
	for k, v := range consts {
		g[k] = py.Int(v)
	}
	is := func(kind int) func(self, m py.Object) (py.Object, error) {
		return func(self, m py.Object) (py.Object, error) {
			v, err := toInt(m, "")
			if err != nil {
				return nil, err
			}
			return py.NewBool(v&0o170000 == kind), nil
		}
	}
	register("stat", "Constants/functions for interpreting results of os.stat() and os.lstat().", map[string]interface{}{
		"S_ISDIR":  is(0o040000),
		"S_ISREG":  is(0o100000),
		"S_ISLNK":  is(0o120000),
		"S_ISCHR":  is(0o020000),
		"S_ISBLK":  is(0o060000),
		"S_ISFIFO": is(0o010000),
		"S_ISSOCK": is(0o140000),
		"S_IMODE": func(self, m py.Object) (py.Object, error) {
			v, err := toInt(m, "")
			return py.Int(v & 0o7777), err
		},
		"S_IFMT": func(self, m py.Object) (py.Object, error) {
			v, err := toInt(m, "")
			return py.Int(v & 0o170000), err
		},
		"filemode": func(self, m py.Object) (py.Object, error) {
			v, err := toInt(m, "")
			if err != nil {
				return nil, err
			}
			kinds := map[int]byte{0o100000: '-', 0o040000: 'd', 0o120000: 'l', 0o020000: 'c', 0o060000: 'b', 0o010000: 'p', 0o140000: 's'}
			out := []byte{'?'} // as CPython's: a mode without a known file type
			if k, ok := kinds[v&0o170000]; ok {
				out[0] = k
			}
			for i, c := range "rwxrwxrwx" {
				if v&(1<<uint(8-i)) != 0 {
					out = append(out, byte(c))
				} else {
					out = append(out, '-')
				}
			}
			// set-user-ID, set-group-ID and sticky bits replace an x
			for _, sp := range []struct {
				bit, at  int
				set, off byte
			}{{0o4000, 3, 's', 'S'}, {0o2000, 6, 's', 'S'}, {0o1000, 9, 't', 'T'}} {
				if v&sp.bit != 0 {
					if out[sp.at] == 'x' {
						out[sp.at] = sp.set
					} else {
						out[sp.at] = sp.off
					}
				}
			}
			return py.String(out), nil
		},
	}, g)
}

func init() { statInit() }
