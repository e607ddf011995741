package textmods

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

const alwaysSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"

// Quote percent-encodes s (UTF-8), leaving alwaysSafe and safe alone.
func Quote(s []byte, safe string) string {
	var b strings.Builder
	for _, c := range s {
		if c < 128 && (strings.IndexByte(alwaysSafe, c) >= 0 || strings.IndexByte(safe, c) >= 0) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteString(strings.ToUpper(strconv.FormatInt(int64(c)|0x100, 16)[1:]))
	}
	return b.String()
}

// QuotePlus is quote_plus: spaces become '+'.
func QuotePlus(s []byte, safe string) string {
	if strings.IndexByte(string(s), ' ') < 0 {
		return Quote(s, safe)
	}
	return strings.ReplaceAll(Quote(s, safe+" "), " ", "+")
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// UnquoteBytes decodes %XX escapes.
func UnquoteBytes(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s)+0 && i+2 <= len(s)-1 {
			h, l := unhex(s[i+1]), unhex(s[i+2])
			if h >= 0 && l >= 0 {
				out = append(out, byte(h<<4|l))
				i += 2
				continue
			}
		}
		out = append(out, s[i])
	}
	return out
}

// decodeReplace decodes UTF-8, replacing each maximal invalid subpart
// with U+FFFD (as CPython's "replace" error handler does).
func decodeReplace(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r != utf8.RuneError || n > 1 {
			sb.WriteRune(r)
			b = b[n:]
			continue
		}
		sb.WriteRune('\ufffd')
		b = b[invalidPrefixLen(b):]
	}
	return sb.String()
}

// invalidPrefixLen is the length of the maximal prefix of an ill-formed
// UTF-8 sequence at the start of b (at least 1).
func invalidPrefixLen(b []byte) int {
	c := b[0]
	need := 0
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	k := 1
	for k <= need && k < len(b) {
		x := b[k]
		if k == 1 {
			if x < lo || x > hi {
				break
			}
		} else if x < 0x80 || x > 0xBF {
			break
		}
		k++
	}
	return k
}

// Unquote is urllib.parse.unquote.
func Unquote(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	return decodeReplace(UnquoteBytes(s))
}

var (
	usesRelative = setOf("", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss")
	usesNetloc   = setOf("", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss")
	usesParams   = setOf("", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel")
)

func setOf(items ...string) map[string]bool {
	m := map[string]bool{}
	for _, i := range items {
		m[i] = true
	}
	return m
}

// URLParts are the components of a URL.
type URLParts struct {
	Scheme, Netloc, Path, Params, Query, Fragment string
}

func isSchemeChar(c byte) bool {
	return (c|0x20 >= 'a' && c|0x20 <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'
}

// URLSplit is urlsplit (Params stays empty).
func URLSplit(url, scheme string, allowFragments bool) (URLParts, error) {
	url = strings.TrimLeft(url, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	scheme = strings.Trim(scheme, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	for _, c := range []string{"\t", "\r", "\n"} {
		url = strings.ReplaceAll(url, c, "")
		scheme = strings.ReplaceAll(scheme, c, "")
	}
	var p URLParts
	p.Scheme = scheme
	if i := strings.IndexByte(url, ':'); i > 0 && (url[0]|0x20 >= 'a' && url[0]|0x20 <= 'z') {
		ok := true
		for k := 0; k < i; k++ {
			if !isSchemeChar(url[k]) {
				ok = false
				break
			}
		}
		if ok {
			p.Scheme = strings.ToLower(url[:i])
			url = url[i+1:]
		}
	}
	if strings.HasPrefix(url, "//") {
		delim := len(url)
		for _, c := range "/?#" {
			if w := strings.IndexRune(url[2:], c); w >= 0 && w+2 < delim {
				delim = w + 2
			}
		}
		p.Netloc, url = url[2:delim], url[delim:]
		if (strings.Contains(p.Netloc, "[") && !strings.Contains(p.Netloc, "]")) ||
			(strings.Contains(p.Netloc, "]") && !strings.Contains(p.Netloc, "[")) {
			return p, py.ExceptionNewf(py.ValueError, "Invalid IPv6 URL")
		}
	}
	if allowFragments {
		if i := strings.IndexByte(url, '#'); i >= 0 {
			url, p.Fragment = url[:i], url[i+1:]
		}
	}
	if i := strings.IndexByte(url, '?'); i >= 0 {
		url, p.Query = url[:i], url[i+1:]
	}
	p.Path = url
	return p, nil
}

// URLParse is urlparse.
func URLParse(url, scheme string, allowFragments bool) (URLParts, error) {
	p, err := URLSplit(url, scheme, allowFragments)
	if err != nil {
		return p, err
	}
	if usesParams[p.Scheme] && strings.Contains(p.Path, ";") {
		path := p.Path
		var i int
		if strings.Contains(path, "/") {
			i = strings.IndexByte(path[strings.LastIndexByte(path, '/'):], ';')
			if i >= 0 {
				i += strings.LastIndexByte(path, '/')
			}
		} else {
			i = strings.IndexByte(path, ';')
		}
		if i >= 0 {
			p.Path, p.Params = path[:i], path[i+1:]
		}
	}
	return p, nil
}

// URLUnsplit joins split components.
func URLUnsplit(p URLParts) string {
	url := p.Path
	if p.Netloc != "" || (p.Scheme != "" && usesNetloc[p.Scheme] && !strings.HasPrefix(url, "//")) {
		if url != "" && url[0] != '/' {
			url = "/" + url
		}
		url = "//" + p.Netloc + url
	}
	if p.Scheme != "" {
		url = p.Scheme + ":" + url
	}
	if p.Query != "" {
		url += "?" + p.Query
	}
	if p.Fragment != "" {
		url += "#" + p.Fragment
	}
	return url
}

// URLUnparse joins parsed components.
func URLUnparse(p URLParts) string {
	if p.Params != "" {
		p.Path = p.Path + ";" + p.Params
	}
	return URLUnsplit(p)
}

// URLJoin resolves url against base.
func URLJoin(base, url string, allowFragments bool) (string, error) {
	if base == "" {
		return url, nil
	}
	if url == "" {
		return base, nil
	}
	b, err := URLParse(base, "", allowFragments)
	if err != nil {
		return "", err
	}
	u, err := URLParse(url, b.Scheme, allowFragments)
	if err != nil {
		return "", err
	}
	if u.Scheme != b.Scheme || !usesRelative[u.Scheme] {
		return url, nil
	}
	if usesNetloc[u.Scheme] {
		if u.Netloc != "" {
			return URLUnparse(u), nil
		}
		u.Netloc = b.Netloc
	}
	if u.Path == "" && u.Params == "" {
		u.Path, u.Params = b.Path, b.Params
		if u.Query == "" {
			u.Query = b.Query
		}
		return URLUnparse(u), nil
	}
	baseParts := strings.Split(b.Path, "/")
	if baseParts[len(baseParts)-1] != "" {
		baseParts = baseParts[:len(baseParts)-1]
	}
	var segments []string
	if strings.HasPrefix(u.Path, "/") {
		segments = strings.Split(u.Path, "/")
	} else {
		segments = append(append([]string{}, baseParts...), strings.Split(u.Path, "/")...)
		if len(segments) > 2 {
			mid := []string{}
			for _, s := range segments[1 : len(segments)-1] {
				if s != "" {
					mid = append(mid, s)
				}
			}
			segments = append(append([]string{segments[0]}, mid...), segments[len(segments)-1])
		}
	}
	var resolved []string
	for _, seg := range segments {
		switch seg {
		case "..":
			if len(resolved) > 0 {
				resolved = resolved[:len(resolved)-1]
			}
		case ".":
		default:
			resolved = append(resolved, seg)
		}
	}
	if last := segments[len(segments)-1]; last == "." || last == ".." {
		resolved = append(resolved, "")
	}
	u.Path = strings.Join(resolved, "/")
	if u.Path == "" {
		u.Path = "/"
	}
	return URLUnparse(u), nil
}

// ParseQSL is parse_qsl.
func ParseQSL(qs string, keepBlank, strict bool, sep string) ([][2]string, error) {
	return parseQSLWith(qs, keepBlank, strict, sep, func(s string) (string, error) { return Unquote(s), nil })
}

// parseQSLWith is parse_qsl with unquote decoding each name and value.
func parseQSLWith(qs string, keepBlank, strict bool, sep string, unquote func(string) (string, error)) ([][2]string, error) {
	var out [][2]string
	if qs == "" {
		return out, nil
	}
	for _, nv := range strings.Split(qs, sep) {
		if nv == "" && !strict {
			continue
		}
		parts := strings.SplitN(nv, "=", 2)
		if len(parts) != 2 {
			if strict {
				return nil, py.ExceptionNewf(py.ValueError, "bad query field: %s", quoteRepr(nv))
			}
			if keepBlank {
				parts = append(parts, "")
			} else {
				continue
			}
		}
		if parts[1] != "" || keepBlank {
			k, err := unquote(strings.ReplaceAll(parts[0], "+", " "))
			if err != nil {
				return nil, err
			}
			v, err := unquote(strings.ReplaceAll(parts[1], "+", " "))
			if err != nil {
				return nil, err
			}
			out = append(out, [2]string{k, v})
		}
	}
	return out, nil
}

func quoteRepr(s string) string {
	r, _ := py.ReprAsString(py.String(s))
	return r
}

var (
	parseResultType  = NewNamedTupleType("ParseResult", "scheme", "netloc", "path", "params", "query", "fragment")
	splitResultType  = NewNamedTupleType("SplitResult", "scheme", "netloc", "path", "query", "fragment")
	defragResultType = NewNamedTupleType("DefragResult", "url", "fragment")
)

func ntString(nt *NamedTuple, i int) string {
	s, _ := nt.Vals[i].(py.String)
	return string(s)
}

func netlocOf(nt *NamedTuple) string { return ntString(nt, 1) }

func userinfoHost(netloc string) (string, string, bool) {
	if i := strings.LastIndexByte(netloc, '@'); i >= 0 {
		return netloc[:i], netloc[i+1:], true
	}
	return "", netloc, false
}

func hostPort(hostinfo string) (string, string, bool) {
	if strings.HasPrefix(hostinfo, "[") {
		end := strings.IndexByte(hostinfo, ']')
		if end < 0 {
			return hostinfo, "", false
		}
		host := hostinfo[1:end]
		rest := hostinfo[end+1:]
		if strings.HasPrefix(rest, ":") {
			return host, rest[1:], true
		}
		return host, "", false
	}
	if i := strings.IndexByte(hostinfo, ':'); i >= 0 {
		return hostinfo[:i], hostinfo[i+1:], true
	}
	return hostinfo, "", false
}

func addURLAttrs(nt *NamedTupleType, parsed bool) {
	nt.Extra["hostname"] = func(t *NamedTuple) (py.Object, error) {
		_, hi, _ := userinfoHost(netlocOf(t))
		h, _, _ := hostPort(hi)
		if h == "" {
			return py.None, nil
		}
		return py.String(strings.ToLower(h)), nil
	}
	nt.Extra["port"] = func(t *NamedTuple) (py.Object, error) {
		_, hi, _ := userinfoHost(netlocOf(t))
		_, port, has := hostPort(hi)
		if !has || port == "" {
			return py.None, nil
		}
		n, err := strconv.Atoi(port)
		if err != nil || !isDigitsASCII(port) {
			return nil, py.ExceptionNewf(py.ValueError, "Port could not be cast to integer value as %s", quoteRepr(port))
		}
		if n < 0 || n > 65535 {
			return nil, py.ExceptionNewf(py.ValueError, "Port out of range 0-65535")
		}
		return py.Int(n), nil
	}
	nt.Extra["username"] = func(t *NamedTuple) (py.Object, error) {
		ui, _, has := userinfoHost(netlocOf(t))
		if !has {
			return py.None, nil
		}
		if i := strings.IndexByte(ui, ':'); i >= 0 {
			ui = ui[:i]
		}
		return py.String(ui), nil
	}
	nt.Extra["password"] = func(t *NamedTuple) (py.Object, error) {
		ui, _, has := userinfoHost(netlocOf(t))
		if !has {
			return py.None, nil
		}
		if i := strings.IndexByte(ui, ':'); i >= 0 {
			return py.String(ui[i+1:]), nil
		}
		return py.None, nil
	}
	nt.Type.Dict["geturl"] = py.MustNewMethod("geturl", func(self py.Object) (py.Object, error) {
		t := self.(*NamedTuple)
		if parsed {
			return py.String(URLUnparse(URLParts{ntString(t, 0), ntString(t, 1), ntString(t, 2), ntString(t, 3), ntString(t, 4), ntString(t, 5)})), nil
		}
		return py.String(URLUnsplit(URLParts{Scheme: ntString(t, 0), Netloc: ntString(t, 1), Path: ntString(t, 2), Query: ntString(t, 3), Fragment: ntString(t, 4)})), nil
	}, 0, "")
}

func isDigitsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// bytesOrStr returns the UTF-8 bytes of a str or bytes argument.
func bytesOrStr(fname string, o py.Object) ([]byte, error) {
	if v, ok := o.(py.String); ok {
		return []byte(string(v)), nil
	}
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "quote() doesn't support '%s' objects", typeName(o))
}

func urlPartsArg(fname string, o py.Object, n int) ([]string, error) {
	items, err := collect(o)
	if err != nil {
		return nil, err
	}
	if nt, ok := o.(*NamedTuple); ok {
		items = nt.Vals
	}
	if len(items) != n {
		return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
	}
	out := make([]string, n)
	for i, it := range items {
		if it == py.None {
			continue
		}
		s, err := strArg(fname, it, "")
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func boolArg(o py.Object, def bool) (bool, error) {
	if o == nil {
		return def, nil
	}
	return truth(o)
}

func toStrQuote(o py.Object) ([]byte, error) {
	if v, ok := o.(py.String); ok {
		return []byte(string(v)), nil
	}
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	s, err := py.StrAsString(o)
	return []byte(s), err
}

func urlencode(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("urlencode", args, kwargs, []string{"query", "doseq", "safe", "encoding", "errors", "quote_via"}, 1)
	if err != nil {
		return nil, err
	}
	doseq, err := boolArg(a[1], false)
	if err != nil {
		return nil, err
	}
	safe, err := strArg("urlencode", a[2], "")
	if err != nil {
		return nil, err
	}
	quoteVia := func(b []byte) (string, error) { return QuotePlus(b, safe), nil }
	if a[5] != nil {
		fn := a[5]
		quoteVia = func(b []byte) (string, error) {
			r, err := py.Call(fn, py.Tuple{py.String(string(b))}, py.StringDict{"safe": py.String(safe)})
			if err != nil {
				return "", err
			}
			return py.StrAsString(r)
		}
	}
	var pairs []py.Object
	q := a[0]
	if _, err := py.GetAttrString(q, "items"); err == nil {
		itemsFn, _ := py.GetAttrString(q, "items")
		items, err := py.Call(itemsFn, nil, nil)
		if err != nil {
			return nil, err
		}
		if pairs, err = collect(items); err != nil {
			return nil, err
		}
	} else if d, ok := q.(py.StringDict); ok {
		for k, v := range d {
			pairs = append(pairs, py.Tuple{py.String(k), v})
		}
	} else {
		if pairs, err = collect(q); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "not a valid non-string sequence or mapping object")
		}
	}
	var parts []string
	for _, p := range pairs {
		kv, err := collect(p)
		if err != nil || len(kv) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "not a valid non-string sequence or mapping object")
		}
		kb, err := toStrQuote(kv[0])
		if err != nil {
			return nil, err
		}
		k, err := quoteVia(kb)
		if err != nil {
			return nil, err
		}
		v := kv[1]
		_, isStr := v.(py.String)
		_, isBytes := asBytes(v)
		if doseq && !isStr && !isBytes {
			if items, err := collect(v); err == nil {
				for _, it := range items {
					ib, err := toStrQuote(it)
					if err != nil {
						return nil, err
					}
					q, err := quoteVia(ib)
					if err != nil {
						return nil, err
					}
					parts = append(parts, k+"="+q)
				}
				continue
			}
		}
		vb, err := toStrQuote(v)
		if err != nil {
			return nil, err
		}
		vq, err := quoteVia(vb)
		if err != nil {
			return nil, err
		}
		parts = append(parts, k+"="+vq)
	}
	return py.String(strings.Join(parts, "&")), nil
}

func urlMethods() []*py.Method {
	quoteFn := func(name string, plus bool, defSafe string) *py.Method {
		return method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs(name, args, kwargs, []string{"string", "safe", "encoding", "errors"}, 1)
			if err != nil {
				return nil, err
			}
			b, err := bytesOrStr(name, a[0])
			if err != nil {
				return nil, err
			}
			safe := defSafe
			if a[1] != nil {
				if v, ok := a[1].(py.String); ok {
					safe = string(v)
				} else if b, ok := asBytes(a[1]); ok {
					safe = string(b)
				}
			}
			if plus {
				return py.String(QuotePlus(b, safe)), nil
			}
			return py.String(Quote(b, safe)), nil
		})
	}
	unquoteFn := func(name string, plus bool) *py.Method {
		return method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs(name, args, kwargs, []string{"string", "encoding", "errors"}, 1)
			if err != nil {
				return nil, err
			}
			s, err := strArg(name, a[0], "")
			if err != nil {
				return nil, err
			}
			if plus {
				s = strings.ReplaceAll(s, "+", " ")
			}
			r, err := unquoter(a[1], a[2])(s)
			if err != nil {
				return nil, err
			}
			return py.String(r), nil
		})
	}
	splitFn := func(name string, parse bool) *py.Method {
		return method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs(name, args, kwargs, []string{"url", "scheme", "allow_fragments"}, 1)
			if err != nil {
				return nil, err
			}
			url, err := strArg(name, a[0], "")
			if err != nil {
				return nil, err
			}
			scheme, err := strArg(name, a[1], "")
			if err != nil {
				return nil, err
			}
			af, err := boolArg(a[2], true)
			if err != nil {
				return nil, err
			}
			if parse {
				p, err := URLParse(url, scheme, af)
				if err != nil {
					return nil, err
				}
				return parseResultType.New(py.String(p.Scheme), py.String(p.Netloc), py.String(p.Path), py.String(p.Params), py.String(p.Query), py.String(p.Fragment)), nil
			}
			p, err := URLSplit(url, scheme, af)
			if err != nil {
				return nil, err
			}
			return splitResultType.New(py.String(p.Scheme), py.String(p.Netloc), py.String(p.Path), py.String(p.Query), py.String(p.Fragment)), nil
		})
	}
	qsArgs := []string{"qs", "keep_blank_values", "strict_parsing", "encoding", "errors", "max_num_fields", "separator"}
	qsl := func(name string, args py.Tuple, kwargs py.StringDict) ([][2]string, error) {
		a, err := parseArgs(name, args, kwargs, qsArgs, 1)
		if err != nil {
			return nil, err
		}
		qs, err := strArg(name, a[0], "")
		if err != nil {
			return nil, err
		}
		kb, err := boolArg(a[1], false)
		if err != nil {
			return nil, err
		}
		st, err := boolArg(a[2], false)
		if err != nil {
			return nil, err
		}
		sep, err := strArg(name, a[6], "&")
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "Separator must be of type string or bytes.")
		}
		return parseQSLWith(qs, kb, st, sep, unquoter(a[3], a[4]))
	}
	return []*py.Method{
		quoteFn("quote", false, "/"),
		quoteFn("quote_plus", true, ""),
		quoteFn("quote_from_bytes", false, "/"),
		unquoteFn("unquote", false),
		unquoteFn("unquote_plus", true),
		method("unquote_to_bytes", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("unquote_to_bytes", args, kwargs, []string{"string"}, 1)
			if err != nil {
				return nil, err
			}
			b, err := bytesOrStr("unquote_to_bytes", a[0])
			if err != nil {
				return nil, err
			}
			return py.Bytes(UnquoteBytes(string(b))), nil
		}),
		splitFn("urlparse", true),
		splitFn("urlsplit", false),
		method("urlunparse", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("urlunparse", args, kwargs, []string{"components"}, 1)
			if err != nil {
				return nil, err
			}
			p, err := urlPartsArg("urlunparse", a[0], 6)
			if err != nil {
				return nil, err
			}
			return py.String(URLUnparse(URLParts{p[0], p[1], p[2], p[3], p[4], p[5]})), nil
		}),
		method("urlunsplit", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("urlunsplit", args, kwargs, []string{"components"}, 1)
			if err != nil {
				return nil, err
			}
			p, err := urlPartsArg("urlunsplit", a[0], 5)
			if err != nil {
				return nil, err
			}
			return py.String(URLUnsplit(URLParts{Scheme: p[0], Netloc: p[1], Path: p[2], Query: p[3], Fragment: p[4]})), nil
		}),
		method("urljoin", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("urljoin", args, kwargs, []string{"base", "url", "allow_fragments"}, 2)
			if err != nil {
				return nil, err
			}
			base, err := strArg("urljoin", a[0], "")
			if err != nil {
				return nil, err
			}
			url, err := strArg("urljoin", a[1], "")
			if err != nil {
				return nil, err
			}
			af, err := boolArg(a[2], true)
			if err != nil {
				return nil, err
			}
			s, err := URLJoin(base, url, af)
			if err != nil {
				return nil, err
			}
			return py.String(s), nil
		}),
		method("urldefrag", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("urldefrag", args, kwargs, []string{"url"}, 1)
			if err != nil {
				return nil, err
			}
			url, err := strArg("urldefrag", a[0], "")
			if err != nil {
				return nil, err
			}
			if !strings.Contains(url, "#") {
				return defragResultType.New(py.String(url), py.String("")), nil
			}
			p, err := URLParse(url, "", true)
			if err != nil {
				return nil, err
			}
			frag := p.Fragment
			p.Fragment = ""
			return defragResultType.New(py.String(URLUnparse(p)), py.String(frag)), nil
		}),
		method("parse_qsl", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			pairs, err := qsl("parse_qsl", args, kwargs)
			if err != nil {
				return nil, err
			}
			out := py.NewList()
			for _, p := range pairs {
				out.Append(py.Tuple{py.String(p[0]), py.String(p[1])})
			}
			return out, nil
		}),
		method("parse_qs", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			pairs, err := qsl("parse_qs", args, kwargs)
			if err != nil {
				return nil, err
			}
			var keys []string
			lists := map[string]*py.List{}
			for _, p := range pairs {
				l, ok := lists[p[0]]
				if !ok {
					l = py.NewList()
					lists[p[0]] = l
					keys = append(keys, p[0])
				}
				l.Append(py.String(p[1]))
			}
			vals := make([]py.Object, len(keys))
			for i, k := range keys {
				vals[i] = lists[k]
			}
			return orderedDict(keys, vals), nil
		}),
		method("urlencode", urlencode),
	}
}

func init() {
	addURLAttrs(parseResultType, true)
	addURLAttrs(splitResultType, false)
	defragResultType.Type.Dict["geturl"] = py.MustNewMethod("geturl", func(self py.Object) (py.Object, error) {
		t := self.(*NamedTuple)
		if f := ntString(t, 1); f != "" {
			return py.String(ntString(t, 0) + "#" + f), nil
		}
		return t.Vals[0], nil
	}, 0, "")
	globals := py.StringDict{
		"ParseResult":   parseResultType.Type,
		"SplitResult":   splitResultType.Type,
		"DefragResult":  defragResultType.Type,
		"uses_relative": py.NewListFromStrings([]string{"", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"}),
		"uses_netloc":   py.NewListFromStrings([]string{"", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"}),
	}
	parseImpl := register("urllib.parse", "Parse (absolute and relative) URLs.", urlMethods(), globals)
	// The urllib package carries a shared, stateless urllib.parse module
	// object, so that "import urllib.parse; urllib.parse.quote(...)" works
	// once the import hook binds the package.
	shared := &py.Module{ModuleImpl: parseImpl, Globals: parseImpl.Globals.Copy()}
	for _, m := range parseImpl.Methods {
		mm := new(py.Method)
		*mm = *m
		mm.Module = shared
		shared.Globals[m.Name] = mm
	}
	shared.Globals["__name__"] = py.String("urllib.parse")
	register("urllib", "", nil, py.StringDict{"parse": shared, "__path__": py.NewList()})
}

// unquoter returns the unquote of a call's encoding and errors arguments:
// UTF-8 with "replace" (the defaults) in Go; another codec or error
// handler decodes the escaped bytes with bytes.decode, as CPython's
// unquote(string, encoding, errors) does.
func unquoter(encoding, errors py.Object) func(string) (string, error) {
	enc, _ := encoding.(py.String)
	errs, _ := errors.(py.String)
	switch strings.ToLower(strings.ReplaceAll(string(enc), "_", "-")) {
	case "", "utf-8", "utf8":
		if errs == "" || errs == "replace" {
			return func(s string) (string, error) { return Unquote(s), nil }
		}
	}
	if errs == "" {
		errs = "replace"
	}
	if enc == "" {
		enc = "utf-8"
	}
	return func(s string) (string, error) {
		if !strings.Contains(s, "%") {
			return s, nil
		}
		decode, err := py.GetAttrString(py.Bytes(UnquoteBytes(s)), "decode")
		if err != nil {
			return "", err
		}
		r, err := py.Call(decode, py.Tuple{enc, errs}, nil)
		if err != nil {
			return "", err
		}
		str, _ := r.(py.String)
		return string(str), nil
	}
}
