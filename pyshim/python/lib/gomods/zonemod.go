package gomods

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	_ "time/tzdata" // zones work without /usr/share/zoneinfo

	"github.com/go-python/gpython/py"
)

// _gwb_zone: IANA time zones on Go's time package for zoneinfo (Python).

// ZoneType is the type of loaded zones.
var ZoneType = py.NewType("_gwb_zone.Zone", "An IANA time zone (time.Location).")

// Zone is a loaded time zone.
type Zone struct{ loc *time.Location }

// Type returns ZoneType.
func (z *Zone) Type() *py.Type { return ZoneType }

// at returns (offset seconds, dst seconds, abbreviation) at UTC seconds u.
func (z *Zone) at(u int64) (int, int, string) {
	t := time.Unix(u, 0).In(z.loc)
	name, off := t.Zone()
	dst := 0
	if t.IsDST() {
		// The DST amount is the difference from the nearest standard time.
		for _, d := range []int64{-1, 1} {
			for k := int64(1); k <= 12; k++ {
				s := time.Unix(u+d*k*30*86400, 0).In(z.loc)
				if !s.IsDST() {
					_, soff := s.Zone()
					dst = off - soff
					return off, dst, name
				}
			}
		}
	}
	return off, dst, name
}

func init() {
	// at(utc_seconds) -> (offset, dst, name)
	ZoneType.Dict["at"] = method("at", func(self py.Object, uo py.Object) (py.Object, error) {
		u, err := toInt(uo)
		if err != nil {
			return nil, err
		}
		off, dst, name := self.(*Zone).at(int64(u))
		return py.Tuple{py.Int(off), py.Int(dst), py.String(name)}, nil
	})
	// wall(local_seconds_as_if_utc, fold) -> (offset, dst, name) per PEP 495
	ZoneType.Dict["wall"] = method("wall", func(self py.Object, args py.Tuple) (py.Object, error) {
		var wo, fo py.Object
		if err := py.UnpackTuple(args, nil, "wall", 2, 2, &wo, &fo); err != nil {
			return nil, err
		}
		w, err := toInt(wo)
		if err != nil {
			return nil, err
		}
		fold, _ := toInt(fo)
		z := self.(*Zone)
		before, _, _ := z.at(int64(w) - 86400)
		after, _, _ := z.at(int64(w) + 86400)
		var valid []int
		for _, o := range []int{before, after} {
			if got, _, _ := z.at(int64(w) - int64(o)); got == o {
				if len(valid) == 0 || valid[0] != o {
					valid = append(valid, o)
				}
			}
		}
		var u int64
		switch {
		case len(valid) == 2: // repeated wall time: fold picks
			u = int64(w) - int64(valid[fold&1])
		case len(valid) == 1:
			u = int64(w) - int64(valid[0])
		default: // skipped wall time: fold 0 uses the offset before
			if fold == 0 {
				u = int64(w) - int64(before)
			} else {
				u = int64(w) - int64(after)
			}
		}
		off, dst, name := z.at(u)
		if len(valid) == 0 {
			// In a gap CPython reports the offset in force before (fold=0)
			// or after (fold=1) the transition.
			if fold == 0 {
				off, dst, name = z.at(int64(w) - int64(before) - 86400)
			} else {
				off, dst, name = z.at(int64(w) - int64(after) + 86400)
			}
		}
		return py.Tuple{py.Int(off), py.Int(dst), py.String(name)}, nil
	})
}

func zoneModule() (map[string]any, py.StringDict) {
	return map[string]any{
		// load(key) -> Zone, or None when unknown
		"load": func(self py.Object, ko py.Object) (py.Object, error) {
			k, ok := ko.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "key must be str, not %s", typeName(ko))
			}
			key := string(k)
			if key == "" || strings.HasPrefix(key, "/") || strings.Contains(key, "..") || key == "Local" {
				return py.None, nil
			}
			loc, err := time.LoadLocation(key)
			if err != nil {
				return py.None, nil
			}
			return &Zone{loc: loc}, nil
		},
		"available": func(self py.Object) (py.Object, error) {
			var out []string
			root := "/usr/share/zoneinfo"
			_ = filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
				if err != nil || info.IsDir() {
					return nil
				}
				rel, _ := filepath.Rel(root, p)
				if strings.HasPrefix(rel, "posix") || strings.HasPrefix(rel, "right") || strings.Contains(rel, ".") || !startsUpper(rel) {
					return nil
				}
				if _, err := time.LoadLocation(rel); err == nil {
					out = append(out, rel)
				}
				return nil
			})
			sort.Strings(out)
			items := make([]py.Object, len(out))
			for i, s := range out {
				items[i] = py.String(s)
			}
			return py.NewListFromItems(items), nil
		},
	}, nil
}

func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' || s == "UTC" }

func init() { registerGo("_gwb_zone", "IANA time zones (time, time/tzdata).", zoneModule) }
