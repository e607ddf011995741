package pyobj

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// JSONDecodeErrorType is json.JSONDecodeError, a subclass of ValueError.
var JSONDecodeErrorType *py.Type

// encoder holds the options of one json.dumps call.
type encoder struct {
	skipKeys    bool
	ensureASCII bool
	checkCirc   bool
	allowNaN    bool
	sortKeys    bool
	indent      *string
	itemSep     string
	keySep      string
	def         py.Object
	active      map[any]bool
	buf         []byte
}

const hexDigits = "0123456789abcdef"

func (e *encoder) writeString(s string) {
	e.buf = append(e.buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				e.buf = append(e.buf, '\\', '"')
			case '\\':
				e.buf = append(e.buf, '\\', '\\')
			case '\n':
				e.buf = append(e.buf, '\\', 'n')
			case '\r':
				e.buf = append(e.buf, '\\', 'r')
			case '\t':
				e.buf = append(e.buf, '\\', 't')
			case '\b':
				e.buf = append(e.buf, '\\', 'b')
			case '\f':
				e.buf = append(e.buf, '\\', 'f')
			default:
				if c < 0x20 || (c == 0x7f && e.ensureASCII) {
					e.buf = append(e.buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
				} else {
					e.buf = append(e.buf, c)
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if e.ensureASCII {
			if r >= 0x10000 {
				r1, r2 := utf16.EncodeRune(r)
				e.appendU(r1)
				e.appendU(r2)
			} else {
				e.appendU(r)
			}
		} else {
			e.buf = append(e.buf, s[i:i+size]...)
		}
		i += size
	}
	e.buf = append(e.buf, '"')
}

func (e *encoder) appendU(r rune) {
	e.buf = append(e.buf, '\\', 'u', hexDigits[(r>>12)&0xf], hexDigits[(r>>8)&0xf], hexDigits[(r>>4)&0xf], hexDigits[r&0xf])
}

func (e *encoder) floatStr(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !e.allowNaN {
			return "", py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		switch {
		case math.IsNaN(f):
			return "NaN", nil
		case f > 0:
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return FloatRepr(f), nil
}

func (e *encoder) newline(level int) {
	if e.indent == nil {
		return
	}
	e.buf = append(e.buf, '\n')
	for i := 0; i < level; i++ {
		e.buf = append(e.buf, *e.indent...)
	}
}

func (e *encoder) enter(o any) error {
	if !e.checkCirc {
		return nil
	}
	if e.active[o] {
		return py.ExceptionNewf(py.ValueError, "Circular reference detected")
	}
	e.active[o] = true
	return nil
}

func (e *encoder) leave(o any) {
	if e.checkCirc {
		delete(e.active, o)
	}
}

func (e *encoder) encode(o py.Object, level int) error {
	switch v := o.(type) {
	case py.String:
		e.writeString(string(v))
		return nil
	case py.NoneType:
		e.buf = append(e.buf, "null"...)
		return nil
	case py.Bool:
		if v {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		return nil
	case py.Int:
		e.buf = strconv.AppendInt(e.buf, int64(v), 10)
		return nil
	case *py.BigInt:
		e.buf = append(e.buf, (*big.Int)(v).String()...)
		return nil
	case py.Float:
		s, err := e.floatStr(float64(v))
		if err != nil {
			return err
		}
		e.buf = append(e.buf, s...)
		return nil
	case *py.List:
		if err := e.enter(v); err != nil {
			return err
		}
		defer e.leave(v)
		return e.encodeList(v.Items, level)
	case py.Tuple:
		return e.encodeList(v, level)
	case *NamedTuple:
		return e.encodeList(v.Items, level)
	case *Dict:
		if err := e.enter(v); err != nil {
			return err
		}
		defer e.leave(v)
		return e.encodeDict(v.Items(), level)
	case py.StringDict:
		items := make([]Item, 0, len(v))
		for _, k := range sortedKeys(v) {
			items = append(items, Item{py.String(k), v[k]})
		}
		return e.encodeDict(items, level)
	}
	if b := scalarBase(o); b != nil {
		return e.encode(b, level)
	}
	if b := containerBase(o); b != nil {
		// a subclass of dict, list or tuple (CPython's encoder takes any
		// of them; config.family_files is one in gowikibot)
		if err := e.enter(o); err != nil {
			return err
		}
		defer e.leave(o)
		return e.encode(b, level)
	}
	if e.def == nil || e.def == py.None {
		return py.ExceptionNewf(py.TypeError, "Object of type %s is not JSON serializable", o.Type().Name)
	}
	key := any(o)
	if !o.Type().IsSubtype(py.TupleType) && isComparable(o) {
		if err := e.enter(key); err != nil {
			return err
		}
		defer e.leave(key)
	}
	r, err := py.Call(e.def, py.Tuple{o}, nil)
	if err != nil {
		return err
	}
	return e.encode(r, level)
}

func isComparable(o py.Object) bool {
	switch o.(type) {
	case py.Tuple, py.Bytes, py.StringDict:
		return false
	}
	return true
}

func (e *encoder) encodeList(items []py.Object, level int) error {
	if len(items) == 0 {
		e.buf = append(e.buf, '[', ']')
		return nil
	}
	e.buf = append(e.buf, '[')
	e.newline(level + 1)
	for i, x := range items {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
			e.newline(level + 1)
		}
		if err := e.encode(x, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.buf = append(e.buf, ']')
	return nil
}

func (e *encoder) keyString(k py.Object) (string, bool, error) {
	switch v := k.(type) {
	case py.String:
		return string(v), true, nil
	case py.Float:
		s, err := e.floatStr(float64(v))
		return s, true, err
	case py.Bool:
		if v {
			return "true", true, nil
		}
		return "false", true, nil
	case py.NoneType:
		return "null", true, nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), true, nil
	case *py.BigInt:
		return (*big.Int)(v).String(), true, nil
	}
	if b := scalarBase(k); b != nil {
		return e.keyString(b)
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, py.ExceptionNewf(py.TypeError, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func (e *encoder) encodeDict(items []Item, level int) error {
	if len(items) == 0 {
		e.buf = append(e.buf, '{', '}')
		return nil
	}
	if e.sortKeys {
		sorted := append([]Item(nil), items...)
		var firstErr error
		sort.SliceStable(sorted, func(i, j int) bool {
			if firstErr != nil {
				return false
			}
			a, b := sorted[i].Key, sorted[j].Key
			if x, ok := a.(py.String); ok {
				if y, ok := b.(py.String); ok {
					return x < y
				}
			}
			r, err := Less(a, b)
			if err != nil {
				firstErr = err
			}
			return r
		})
		if firstErr != nil {
			return firstErr
		}
		items = sorted
	}
	e.buf = append(e.buf, '{')
	e.newline(level + 1)
	first := true
	for _, it := range items {
		ks, ok, err := e.keyString(it.Key)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.buf = append(e.buf, e.itemSep...)
			e.newline(level + 1)
		}
		first = false
		e.writeString(ks)
		e.buf = append(e.buf, e.keySep...)
		if err := e.encode(it.Value, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.buf = append(e.buf, '}')
	return nil
}

func kwBool(kw py.StringDict, name string, def bool) (bool, error) {
	v, ok := kw[name]
	if !ok {
		return def, nil
	}
	return truth(v)
}

// JSONDumps serializes o as json.dumps does with the given keyword
// arguments.
func JSONDumps(o py.Object, kw py.StringDict) (string, error) {
	e := &encoder{active: map[any]bool{}}
	var err error
	for k := range kw {
		switch k {
		case "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default", "cls":
		default:
			return "", py.ExceptionNewf(py.TypeError, "__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	if e.skipKeys, err = kwBool(kw, "skipkeys", false); err != nil {
		return "", err
	}
	if e.ensureASCII, err = kwBool(kw, "ensure_ascii", true); err != nil {
		return "", err
	}
	if e.checkCirc, err = kwBool(kw, "check_circular", true); err != nil {
		return "", err
	}
	if e.allowNaN, err = kwBool(kw, "allow_nan", true); err != nil {
		return "", err
	}
	if e.sortKeys, err = kwBool(kw, "sort_keys", false); err != nil {
		return "", err
	}
	if ind, ok := kw["indent"]; ok && ind != py.None {
		var s string
		switch v := ind.(type) {
		case py.String:
			s = string(v)
		default:
			n, err := py.IndexInt(ind)
			if err != nil {
				return "", err
			}
			if n > 0 {
				s = strings.Repeat(" ", n)
			}
		}
		e.indent = &s
	}
	e.itemSep, e.keySep = ", ", ": "
	if e.indent != nil {
		e.itemSep = ","
	}
	if sep, ok := kw["separators"]; ok && sep != py.None {
		parts, err := toSlice(sep)
		if err != nil {
			return "", err
		}
		if len(parts) != 2 {
			return "", py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 2)")
		}
		a, ok1 := parts[0].(py.String)
		b, ok2 := parts[1].(py.String)
		if !ok1 || !ok2 {
			return "", py.ExceptionNewf(py.TypeError, "make_encoder() argument 6 must be str, not %s", parts[0].Type().Name)
		}
		e.itemSep, e.keySep = string(a), string(b)
	}
	e.def = kw["default"]
	if err := e.encode(o, 0); err != nil {
		return "", err
	}
	return string(e.buf), nil
}

// ---- decoding ----

type decoder struct {
	s             string
	strict        bool
	objectHook    py.Object
	pairsHook     py.Object
	parseFloat    py.Object
	parseInt      py.Object
	parseConstant py.Object
}

// JSONDecodeError builds a json.JSONDecodeError for msg at byte offset pos
// of doc, with CPython's message and attributes (positions in characters).
func JSONDecodeError(msg, doc string, pos int) error {
	if pos > len(doc) {
		pos = len(doc)
	}
	prefix := doc[:pos]
	charPos := utf8.RuneCountInString(prefix)
	lineno := strings.Count(prefix, "\n") + 1
	col := charPos + 1
	if nl := strings.LastIndexByte(prefix, '\n'); nl >= 0 {
		col = utf8.RuneCountInString(prefix[nl+1:]) + 1
	}
	full := msg + ": line " + strconv.Itoa(lineno) + " column " + strconv.Itoa(col) + " (char " + strconv.Itoa(charPos) + ")"
	exc := &py.Exception{Base: JSONDecodeErrorType, Args: py.Tuple{py.String(full)}, Dict: py.StringDict{
		"msg":    py.String(msg),
		"doc":    py.String(doc),
		"pos":    py.Int(charPos),
		"lineno": py.Int(lineno),
		"colno":  py.Int(col),
	}}
	return exc
}

func (d *decoder) err(msg string, pos int) error { return JSONDecodeError(msg, d.s, pos) }

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *decoder) skipWS(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

func (d *decoder) value(i int) (py.Object, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, i, d.err("Expecting value", i)
	}
	switch c := s[i]; {
	case c == '"':
		str, j, err := d.str(i + 1)
		return py.String(str), j, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && strings.HasPrefix(s[i:], "null"):
		return py.None, i + 4, nil
	case c == 't' && strings.HasPrefix(s[i:], "true"):
		return py.True, i + 4, nil
	case c == 'f' && strings.HasPrefix(s[i:], "false"):
		return py.False, i + 5, nil
	case c == 'N' && strings.HasPrefix(s[i:], "NaN"):
		return d.constant("NaN", math.NaN(), i+3)
	case c == 'I' && strings.HasPrefix(s[i:], "Infinity"):
		return d.constant("Infinity", math.Inf(1), i+8)
	case c == '-' && strings.HasPrefix(s[i:], "-Infinity"):
		return d.constant("-Infinity", math.Inf(-1), i+9)
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(i)
	}
	return nil, i, d.err("Expecting value", i)
}

func (d *decoder) constant(name string, f float64, j int) (py.Object, int, error) {
	if d.parseConstant != nil && d.parseConstant != py.None {
		r, err := py.Call(d.parseConstant, py.Tuple{py.String(name)}, nil)
		return r, j, err
	}
	return py.Float(f), j, nil
}

func (d *decoder) number(i int) (py.Object, int, error) {
	s := d.s
	j := i
	if s[j] == '-' {
		j++
	}
	if j >= len(s) || s[j] < '0' || s[j] > '9' {
		return nil, i, d.err("Expecting value", i)
	}
	if s[j] == '0' {
		j++
	} else {
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
	}
	isFloat := false
	if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
		isFloat = true
		j += 2
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && s[k] >= '0' && s[k] <= '9' {
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			isFloat = true
			j = k
		}
	}
	text := s[i:j]
	if isFloat {
		if d.parseFloat != nil && d.parseFloat != py.None {
			r, err := py.Call(d.parseFloat, py.Tuple{py.String(text)}, nil)
			return r, j, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			return nil, i, d.err("Expecting value", i)
		}
		return py.Float(f), j, nil
	}
	if d.parseInt != nil && d.parseInt != py.None {
		r, err := py.Call(d.parseInt, py.Tuple{py.String(text)}, nil)
		return r, j, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return py.Int(n), j, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return (*py.BigInt)(b), j, nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for i := 0; i < 4; i++ {
		c := s[i]
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

// str decodes a string whose opening quote is at i-1.
func (d *decoder) str(i int) (string, int, error) {
	s := d.s
	start := i - 1
	// fast path: no escapes
	j := i
	for j < len(s) {
		c := s[j]
		if c == '"' {
			return s[i:j], j + 1, nil
		}
		if c == '\\' || (c < 0x20 && d.strict) {
			break
		}
		j++
	}
	var sb strings.Builder
	sb.WriteString(s[i:j])
	for {
		if j >= len(s) {
			return "", j, d.err("Unterminated string starting at", start)
		}
		c := s[j]
		switch {
		case c == '"':
			return sb.String(), j + 1, nil
		case c < 0x20 && d.strict:
			return "", j, d.err("Invalid control character at", j)
		case c == '\\':
			j++
			if j >= len(s) {
				return "", j, d.err("Unterminated string starting at", start)
			}
			esc := s[j]
			switch esc {
			case '"', '\\', '/':
				sb.WriteByte(esc)
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				r, ok := hex4(s[j+1:])
				if !ok {
					return "", j, d.err("Invalid \\uXXXX escape", j)
				}
				j += 4
				if utf16.IsSurrogate(r) && r < 0xdc00 && strings.HasPrefix(s[j+1:], "\\u") {
					if r2, ok := hex4(s[j+3:]); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
						r = utf16.DecodeRune(r, r2)
						j += 6
					}
				}
				sb.WriteRune(r)
			default:
				return "", j, d.err("Invalid \\escape", j-1)
			}
			j++
		default:
			sb.WriteByte(c)
			j++
		}
	}
}

func (d *decoder) object(i int) (py.Object, int, error) {
	s := d.s
	var pairs []py.Object
	dict := NewDict()
	usePairs := d.pairsHook != nil && d.pairsHook != py.None
	i = d.skipWS(i)
	if i < len(s) && s[i] == '}' {
		return d.finishObject(dict, pairs, usePairs, i+1)
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return nil, i, d.err("Expecting property name enclosed in double quotes", i)
		}
		key, j, err := d.str(i + 1)
		if err != nil {
			return nil, j, err
		}
		j = d.skipWS(j)
		if j >= len(s) || s[j] != ':' {
			return nil, j, d.err("Expecting ':' delimiter", j)
		}
		j = d.skipWS(j + 1)
		v, j, err := d.value(j)
		if err != nil {
			return nil, j, err
		}
		if usePairs {
			pairs = append(pairs, py.Tuple{py.String(key), v})
		} else {
			dict.setStr(key, v)
		}
		j = d.skipWS(j)
		if j < len(s) && s[j] == '}' {
			return d.finishObject(dict, pairs, usePairs, j+1)
		}
		if j >= len(s) || s[j] != ',' {
			return nil, j, d.err("Expecting ',' delimiter", j)
		}
		i = d.skipWS(j + 1)
	}
}

func (d *decoder) finishObject(dict *Dict, pairs []py.Object, usePairs bool, j int) (py.Object, int, error) {
	if usePairs {
		r, err := py.Call(d.pairsHook, py.Tuple{py.NewListFromItems(pairs)}, nil)
		return r, j, err
	}
	if d.objectHook != nil && d.objectHook != py.None {
		r, err := py.Call(d.objectHook, py.Tuple{dict}, nil)
		return r, j, err
	}
	return dict, j, nil
}

func (d *decoder) array(i int) (py.Object, int, error) {
	s := d.s
	var items []py.Object
	i = d.skipWS(i)
	if i < len(s) && s[i] == ']' {
		return py.NewList(), i + 1, nil
	}
	for {
		v, j, err := d.value(i)
		if err != nil {
			return nil, j, err
		}
		items = append(items, v)
		j = d.skipWS(j)
		if j < len(s) && s[j] == ']' {
			return py.NewListFromItems(items), j + 1, nil
		}
		if j >= len(s) || s[j] != ',' {
			return nil, j, d.err("Expecting ',' delimiter", j)
		}
		i = d.skipWS(j + 1)
	}
}

// configure applies loads' keyword arguments.
func (d *decoder) configure(kw py.StringDict) error {
	for k, v := range kw {
		switch k {
		case "object_hook":
			d.objectHook = v
		case "object_pairs_hook":
			d.pairsHook = v
		case "parse_float":
			d.parseFloat = v
		case "parse_int":
			d.parseInt = v
		case "parse_constant":
			d.parseConstant = v
		case "strict":
			b, err := truth(v)
			if err != nil {
				return err
			}
			d.strict = b
		case "cls":
		default:
			return py.ExceptionNewf(py.TypeError, "__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	return nil
}

// JSONLoads parses a JSON document as json.loads does with the given
// keyword arguments.
func JSONLoads(doc py.Object, kw py.StringDict) (py.Object, error) {
	var s string
	switch v := doc.(type) {
	case py.String:
		s = string(v)
		if strings.HasPrefix(s, "\ufeff") {
			return nil, JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
		}
	case py.Bytes:
		s = strings.TrimPrefix(string(v), "\ufeff")
	default:
		name := doc.Type().Name
		if name == "bytes" || name == "bytearray" {
			dec, err := py.GetAttrString(doc, "decode")
			if err == nil {
				r, err := py.Call(dec, py.Tuple{py.String("utf-8")}, nil)
				if err != nil {
					return nil, err
				}
				if str, ok := r.(py.String); ok {
					s = strings.TrimPrefix(string(str), "\ufeff")
					break
				}
			}
		}
		return nil, py.ExceptionNewf(py.TypeError, "the JSON object must be str, bytes or bytearray, not %s", name)
	}
	d := &decoder{s: s, strict: true}
	if err := d.configure(kw); err != nil {
		return nil, err
	}
	i := d.skipWS(0)
	v, j, err := d.value(i)
	if err != nil {
		return nil, err
	}
	j = d.skipWS(j)
	if j != len(s) {
		return nil, d.err("Extra data", j)
	}
	return v, nil
}

// initJSON fills in the types of json.go (called by init, in init.go).
func initJSON() {
	JSONDecodeErrorType = &py.Type{
		ObjectType: py.TypeType,
		Name:       "JSONDecodeError",
		Doc:        "Subclass of ValueError with the following additional properties:\n\nmsg: The unformatted error message\ndoc: The JSON document being parsed\npos: The start index of doc where parsing failed\nlineno: The line corresponding to pos\ncolno: The column corresponding to pos",
		Dict:       py.StringDict{},
		Base:       py.ValueError,
		Bases:      py.Tuple{py.ValueError},
		New:        py.ValueError.New,
		Init:       py.ValueError.Init,
		Flags:      py.ValueError.Flags &^ py.TPFLAGS_READY,
	}
	if err := JSONDecodeErrorType.Ready(); err != nil {
		panic(err)
	}
	dumps := func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "dumps() takes 1 positional argument but %d were given", len(args))
		}
		s, err := dumpsWithCls(args[0], kw)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}
	dump := func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "dump() takes 2 positional arguments but %d were given", len(args))
		}
		s, err := dumpsWithCls(args[0], kw)
		if err != nil {
			return nil, err
		}
		write, err := py.GetAttrString(args[1], "write")
		if err != nil {
			return nil, err
		}
		_, err = py.Call(write, py.Tuple{py.String(s)}, nil)
		return py.None, err
	}
	loads := func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "loads() takes 1 positional argument but %d were given", len(args))
		}
		return JSONLoads(args[0], kw)
	}
	load := func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "load() takes 1 positional argument but %d were given", len(args))
		}
		read, err := py.GetAttrString(args[0], "read")
		if err != nil {
			return nil, err
		}
		doc, err := py.Call(read, nil, nil)
		if err != nil {
			return nil, err
		}
		return JSONLoads(doc, kw)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "json", Doc: "JSON (JavaScript Object Notation) encoder and decoder."},
		Methods: []*py.Method{
			py.MustNewMethod("dumps", dumps, 0, "Serialize obj to a JSON formatted str."),
			py.MustNewMethod("dump", dump, 0, "Serialize obj as a JSON formatted stream to fp."),
			py.MustNewMethod("loads", loads, 0, "Deserialize s (a str or bytes instance containing a JSON document) to a Python object."),
			py.MustNewMethod("load", load, 0, "Deserialize fp (a .read()-supporting file-like object containing a JSON document) to a Python object."),
		},
		Globals: py.StringDict{
			"JSONDecodeError": JSONDecodeErrorType,
			"JSONEncoder":     JSONEncoderType,
			"JSONDecoder":     JSONDecoderType,
		},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "json.decoder"},
		Globals: py.StringDict{"JSONDecodeError": JSONDecodeErrorType},
	})
}

// dumpsWithCls implements dumps' cls= argument: the encoder class is
// instantiated with the other keyword arguments and its encode method
// (which applies an overridden default) produces the text.
func dumpsWithCls(o py.Object, kw py.StringDict) (string, error) {
	cls, ok := kw["cls"]
	if !ok || cls == py.None || cls == JSONEncoderType {
		return JSONDumps(o, kw)
	}
	rest := kw.Copy()
	delete(rest, "cls")
	enc, err := py.Call(cls, nil, rest)
	if err != nil {
		return "", err
	}
	if _, given := rest["default"]; !given {
		if def, err := py.GetAttrString(enc, "default"); err == nil && !isGoDefault(def) {
			rest["default"] = def
		}
	}
	return JSONDumps(o, rest)
}

// isGoDefault reports whether f is JSONEncoder.default itself (not an
// override defined by a subclass).
func isGoDefault(f py.Object) bool {
	goDef := JSONEncoderType.Dict["default"]
	switch v := f.(type) {
	case *py.Method:
		return v == goDef
	case *py.BoundMethod:
		return v.Method == goDef
	}
	return false
}

// scalarBase returns the str, int or float value an instance of a Python
// subclass of one of them carries (class S(str, Enum) members), which
// CPython's encoder writes as that type's value; nil for anything else.
// containerBase is the dict, list or tuple value of an instance of a
// subclass of one of them; nil for anything else.
func containerBase(o py.Object) py.Object {
	g, ok := o.(interface{ GoBase() py.Object })
	if !ok {
		return nil
	}
	switch b := g.GoBase().(type) {
	case *Dict, *py.List, py.Tuple, py.StringDict:
		return b
	}
	return nil
}

func scalarBase(o py.Object) py.Object {
	g, ok := o.(interface{ GoBase() py.Object })
	if !ok {
		return nil
	}
	switch b := g.GoBase().(type) {
	case py.String, py.Int, *py.BigInt, py.Float:
		return b
	}
	return nil
}
