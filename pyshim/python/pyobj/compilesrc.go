package pyobj

import (
	"reflect"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// bytesLikeSource returns the content of a bytes or bytearray object given
// to compile(); ok is false for any other object.
func bytesLikeSource(o py.Object) (b []byte, ok bool) {
	if v, is := o.(py.Bytes); is {
		return v, true
	}
	t := o.Type()
	if t == nil || !t.IsSubtype(py.BytesType) && !isByteArrayType(t) {
		return nil, false
	}
	if b, ok := byteSlice(o); ok {
		return b, true
	}
	// A bytearray (or a subclass instance): bytes(o) gives the content.
	r, err := py.Call(py.BytesType, py.Tuple{o}, nil)
	if err != nil {
		return nil, false
	}
	return byteSlice(r)
}

// byteSlice returns o's bytes when its Go value is a byte slice (py.Bytes
// and the bytes type of the methods layer).
func byteSlice(o py.Object) ([]byte, bool) {
	rv := reflect.ValueOf(o)
	if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8 {
		return rv.Bytes(), true
	}
	return nil, false
}

// isByteArrayType reports whether t is bytearray or derives from it.
func isByteArrayType(t *py.Type) bool {
	for _, m := range t.Mro {
		if mt, ok := m.(*py.Type); ok && mt.Name == "bytearray" {
			return true
		}
	}
	return t.Name == "bytearray"
}

// codingCookie matches a PEP 263 encoding declaration.
var codingCookie = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)
})

// decodeSource decodes program source given as bytes as CPython's
// compile() does: a UTF-8 byte order mark or a coding cookie on one of the
// first two lines (utf-8, latin-1 or ascii) selects the encoding, UTF-8
// otherwise. Errors are SyntaxErrors as CPython reports them.
func decodeSource(b []byte, filename string) (string, error) {
	s := string(b)
	if strings.HasPrefix(s, "\ufeff") {
		return decodeUTF8Source(s[3:], filename)
	}
	enc := "utf-8"
	lines := strings.SplitN(s, "\n", 3)
	for i := 0; i < len(lines) && i < 2; i++ {
		if m := codingCookie().FindStringSubmatch(lines[i]); m != nil {
			enc = m[1]
			break
		}
		// Only a comment or blank first line lets the second one count.
		if t := strings.TrimLeft(lines[i], " \t\f\r"); t != "" && t[0] != '#' {
			break
		}
	}
	switch norm := strings.ReplaceAll(strings.ToLower(enc), "_", "-"); norm {
	case "utf-8", "utf8", "utf-8-sig":
		return decodeUTF8Source(s, filename)
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "iso-latin-1", "cp819":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r), nil
	case "ascii", "us-ascii", "646":
		for i, c := range b {
			if c >= 0x80 {
				return "", sourceDecodeError(b, i, filename, "ascii", "ordinal not in range(128)")
			}
		}
		return s, nil
	default:
		exc := py.ExceptionNewf(py.SyntaxError, "unknown encoding: %s", enc)
		return "", py.MakeSyntaxError(exc, filename, 0, -1, "")
	}
}

// decodeUTF8Source checks that s is UTF-8.
func decodeUTF8Source(s, filename string) (string, error) {
	if utf8.ValidString(s) {
		return s, nil
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	return "", sourceDecodeError([]byte(s), i, filename, "utf-8", utf8Reason(s[i:]))
}

// utf8Reason is CPython's reason for the invalid UTF-8 sequence at the
// start of s.
func utf8Reason(s string) string {
	c := s[0]
	var need int
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
	case c >= 0xf0 && c <= 0xf4:
		need = 3
	default:
		return "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(s) {
			return "unexpected end of data"
		}
		d := s[k]
		lo, hi := byte(0x80), byte(0xbf)
		if k == 1 {
			switch c {
			case 0xe0:
				lo = 0xa0
			case 0xed:
				hi = 0x9f
			case 0xf0:
				lo = 0x90
			case 0xf4:
				hi = 0x8f
			}
		}
		if d < lo || d > hi {
			return "invalid continuation byte"
		}
	}
	return "invalid continuation byte"
}

// sourceDecodeError is the SyntaxError for undecodable source: CPython
// decodes line by line, so the position is the byte's offset in its line
// (the rest of the line after it counts as data for "unexpected end").
func sourceDecodeError(b []byte, i int, filename, enc, reason string) error {
	lineStart := strings.LastIndexByte(string(b[:i]), '\n') + 1
	line := strings.Count(string(b[:i]), "\n") + 1
	pos := i - lineStart
	what := "decode byte 0x" + hex2(b[i])
	exc := py.ExceptionNewf(py.SyntaxError, "(unicode error) '%s' codec can't %s in position %d: %s", enc, what, pos, reason)
	return py.MakeSyntaxError(exc, filename, line, pos+1, "")
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
