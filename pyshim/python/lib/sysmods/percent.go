package sysmods

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// formatMapping implements "%(key)s"-style formatting against attributes
// of obj (or keys of a str-keyed dict), as logging's %-style formatter.
// Supported conversions: s r d i f g e x o c %, with flags, width and
// precision.
func formatMapping(format string, obj py.Object) (string, error) {
	var b strings.Builder
	isMapping := false
	if _, ok := obj.(py.StringDict); !ok {
		if _, err := py.GetAttrString(obj, "keys"); err == nil {
			isMapping = true
		}
	}
	lookup := func(key string) (py.Object, error) {
		if d, ok := obj.(py.StringDict); ok {
			v, ok := d[key]
			if !ok {
				return nil, keyError(py.String(key))
			}
			return v, nil
		}
		if isMapping {
			return py.GetItem(obj, py.String(key))
		}
		v, err := py.GetAttrString(obj, key)
		if err != nil {
			return nil, keyError(py.String(key))
		}
		return v, nil
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		if format[i] == '%' {
			b.WriteByte('%')
			continue
		}
		var val py.Object
		if format[i] == '(' {
			end := strings.IndexByte(format[i:], ')')
			if end < 0 {
				return "", py.ExceptionNewf(py.ValueError, "incomplete format key")
			}
			v, err := lookup(format[i+1 : i+end])
			if err != nil {
				return "", err
			}
			val = v
			i += end + 1
		} else {
			return "", py.ExceptionNewf(py.TypeError, "format requires a mapping")
		}
		st := i
		for i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0 {
			i++
		}
		flags := format[st:i]
		st = i
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			i++
		}
		width := format[st:i]
		prec := ""
		if i < len(format) && format[i] == '.' {
			i++
			st = i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			prec = "." + format[st:i]
		}
		if i >= len(format) {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		conv := format[i]
		spec := "%" + flags + width + prec
		switch conv {
		case 's', 'r', 'a':
			var s string
			var err error
			if conv == 's' {
				s, err = str(val)
			} else {
				s, err = repr(val)
			}
			if err != nil {
				return "", err
			}
			b.WriteString(fmt.Sprintf(strings.ReplaceAll(spec, "0", "")+"s", s))
		case 'd', 'i', 'x', 'X', 'o':
			var n int64
			switch v := val.(type) {
			case py.Float:
				n = int64(v)
			default:
				x, err := toInt(val, "%%d format: a real number is required, not %s")
				if err != nil {
					return "", err
				}
				n = int64(x)
			}
			gc := conv
			if gc == 'i' {
				gc = 'd'
			}
			b.WriteString(fmt.Sprintf(spec+string(gc), n))
		case 'f', 'F', 'e', 'E', 'g', 'G':
			f, err := toFloat(val)
			if err != nil {
				return "", err
			}
			if prec == "" && (conv == 'f' || conv == 'F' || conv == 'e' || conv == 'E') {
				spec += ".6"
			}
			b.WriteString(fmt.Sprintf(spec+string(conv), f))
		case 'c':
			if n, err := toInt(val, ""); err == nil {
				b.WriteString(string(rune(n)))
			} else if s, ok := val.(py.String); ok {
				b.WriteString(string(s))
			}
		default:
			return "", py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (0x%s) at index %d", conv, strconv.FormatInt(int64(conv), 16), i)
		}
	}
	return b.String(), nil
}
