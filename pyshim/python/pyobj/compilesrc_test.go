package pyobj

import (
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"
)

func TestDecodeSource(t *testing.T) {
	cases := []struct {
		in   string
		want string
		err  string // SyntaxError message, with line and offset
	}{
		{"x = 'caf\xc3\xa9'\n", "x = 'café'\n", ""},
		{"\xef\xbb\xbfx = 1\n", "x = 1\n", ""},
		{"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "# -*- coding: latin-1 -*-\nx = 'é'\n", ""},
		{"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = '\xfc'", "#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = 'ü'", ""},
		// A cookie on line 2 counts only after a comment line.
		{"x = 1\n# coding: latin-1\ny = '\xc3\xa9'\n", "x = 1\n# coding: latin-1\ny = 'é'\n", ""},
		{"x = 1\n# coding: latin-1\ny = '\xe9'\n", "", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte @3:6"},
		{"\xff\xfe = 1", "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte @1:1"},
		{"# coding: ascii\nx = '\xc3\xa9'\n", "", "(unicode error) 'ascii' codec can't decode byte 0xc3 in position 5: ordinal not in range(128) @2:6"},
		{"# coding: foo\nx = 1\n", "", "unknown encoding: foo @0:-1"},
	}
	for _, c := range cases {
		got, err := decodeSource([]byte(c.in), "f.py")
		if c.err == "" {
			if err != nil || got != c.want {
				t.Errorf("decodeSource(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
			continue
		}
		exc, ok := err.(*py.Exception)
		if !ok || exc.Type() != py.SyntaxError {
			t.Errorf("decodeSource(%q): want a SyntaxError, got %v", c.in, err)
			continue
		}
		msg := fmt.Sprintf("%v @%v:%v", exc.Args.(py.Tuple)[0], exc.Dict["lineno"], exc.Dict["offset"])
		if msg != c.err || exc.Dict["filename"] != py.String("f.py") {
			t.Errorf("decodeSource(%q): %s (file %v), want %s", c.in, msg, exc.Dict["filename"], c.err)
		}
	}
}

func TestUTF8Reason(t *testing.T) {
	for in, want := range map[string]string{
		"\x80":         "invalid start byte",
		"\xc0\x80":     "invalid start byte",
		"\xc3":         "unexpected end of data",
		"\xc3(":        "invalid continuation byte",
		"\xe0\x80\x80": "invalid continuation byte",
		"\xed\xa0\x80": "invalid continuation byte",
		"\xf0\x9f\x98": "unexpected end of data",
		"\xf5\x80":     "invalid start byte",
	} {
		if got := utf8Reason(in); got != want {
			t.Errorf("utf8Reason(%q) = %q, want %q", in, got, want)
		}
	}
}
