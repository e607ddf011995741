package textmods

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// HTMLEscape is html.escape.
func HTMLEscape(s string, quote bool) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			if quote {
				b.WriteString("&quot;")
			} else {
				b.WriteRune(r)
			}
		case '\'':
			if quote {
				b.WriteString("&#x27;")
			} else {
				b.WriteRune(r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func invalidCodepoint(n int) bool {
	switch {
	case n >= 0x1 && n <= 0x8, n == 0xb, n >= 0xe && n <= 0x1f, n >= 0x7f && n <= 0x9f, n >= 0xfdd0 && n <= 0xfdef:
		return true
	}
	return n&0xfffe == 0xfffe && n <= 0x10ffff
}

// HTMLUnescape is html.unescape.
func HTMLUnescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	i := 0
	for i < len(s) {
		if s[i] != '&' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i + 1
		if j < len(s) && s[j] == '#' {
			k := j + 1
			hex := false
			if k < len(s) && (s[k] == 'x' || s[k] == 'X') {
				hex = true
				k++
			}
			d := k
			for d < len(s) && ((s[d] >= '0' && s[d] <= '9') || (hex && strings.IndexByte("abcdefABCDEF", s[d]) >= 0)) {
				d++
			}
			if d == k {
				b.WriteByte('&')
				i++
				continue
			}
			base := 10
			if hex {
				base = 16
			}
			n64, err := strconv.ParseInt(s[k:d], base, 64)
			n := int(n64)
			if err != nil {
				n = 0x110000
			}
			if d < len(s) && s[d] == ';' {
				d++
			}
			i = d
			if r, ok := htmlInvalidCharrefs[n]; ok {
				b.WriteRune(r)
				continue
			}
			if (n >= 0xd800 && n <= 0xdfff) || n > 0x10ffff {
				b.WriteRune('\ufffd')
				continue
			}
			if invalidCodepoint(n) {
				continue
			}
			b.WriteRune(rune(n))
			continue
		}
		// named reference: up to 32 characters that end the name
		e := j
		for e < len(s) && e-j < 32 && strings.IndexByte("\t\n\f <&#;", s[e]) < 0 {
			e++
		}
		if e < len(s) && s[e] == ';' {
			e++
		}
		name := s[j:e]
		if name == "" {
			b.WriteByte('&')
			i++
			continue
		}
		if v, ok := htmlEntities()[name]; ok {
			b.WriteString(v)
			i = e
			continue
		}
		found := false
		for x := len(name) - 1; x > 1; x-- {
			if v, ok := htmlEntities()[name[:x]]; ok {
				b.WriteString(v)
				b.WriteString(name[x:])
				found = true
				break
			}
		}
		if !found {
			b.WriteByte('&')
			b.WriteString(name)
		}
		i = e
	}
	return b.String()
}

func init() {
	escape := method("escape", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("escape", args, kwargs, []string{"s", "quote"}, 1)
		if err != nil {
			return nil, err
		}
		s, err := strArg("escape", a[0], "")
		if err != nil {
			return nil, err
		}
		quote := true
		if a[1] != nil {
			if quote, err = truth(a[1]); err != nil {
				return nil, err
			}
		}
		return py.String(HTMLEscape(s, quote)), nil
	})
	unescape := method("unescape", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("unescape", args, kwargs, []string{"s"}, 1)
		if err != nil {
			return nil, err
		}
		s, err := strArg("unescape", a[0], "")
		if err != nil {
			return nil, err
		}
		return py.String(HTMLUnescape(s)), nil
	})
	register("html", "General functions for HTML manipulation.", []*py.Method{escape, unescape}, nil)
	lazymod.Register("html.entities", htmlEntitiesModule)
}

// htmlEntitiesModule makes html.entities: html5, name2codepoint,
// codepoint2name, entitydefs.
func htmlEntitiesModule() *py.ModuleImpl {
	names := make([]string, 0, len(htmlEntities()))
	for k := range htmlEntities() {
		names = append(names, k)
	}
	sort.Strings(names)
	h5 := pyobj.NewDict()
	for _, k := range names {
		h5.SetStr(k, py.String(htmlEntities()[k]))
	}
	n2c := pyobj.NewDict()
	c2n := pyobj.NewDict()
	defs := pyobj.NewDict()
	for _, name := range html4Names {
		if v, ok := htmlEntities()[name+";"]; ok {
			r := []rune(v)
			if len(r) == 1 {
				n2c.SetStr(name, py.Int(r[0]))
				_ = c2n.SetItem(py.Int(r[0]), py.String(name))
				defs.SetStr(name, py.String(v))
			}
		}
	}
	return &py.ModuleImpl{Info: py.ModuleInfo{Name: "html.entities", Doc: "HTML character entity references."}, Globals: py.StringDict{
		"html5": h5, "name2codepoint": n2c, "codepoint2name": c2n, "entitydefs": defs,
	}}
}

// html4Names are the HTML 4 entity names (name2codepoint's keys).
var html4Names = strings.Fields(`AElig Aacute Acirc Agrave Alpha Aring Atilde Auml Beta Ccedil Chi Dagger Delta ETH Eacute Ecirc Egrave Epsilon Eta Euml Gamma Iacute Icirc Igrave Iota Iuml Kappa Lambda Mu Ntilde Nu OElig Oacute Ocirc Ograve Omega Omicron Oslash Otilde Ouml Phi Pi Prime Psi Rho Scaron Sigma THORN Tau Theta Uacute Ucirc Ugrave Upsilon Uuml Xi Yacute Yuml Zeta aacute acirc acute aelig agrave alefsym alpha amp and ang aring asymp atilde auml bdquo beta brvbar bull cap ccedil cedil cent chi circ clubs cong copy crarr cup curren dArr dagger darr deg delta diams divide eacute ecirc egrave empty emsp ensp epsilon equiv eta eth euml euro exist fnof forall frac12 frac14 frac34 frasl gamma ge gt hArr harr hearts hellip iacute icirc iexcl igrave image infin int iota iquest isin iuml kappa lArr lambda lang laquo larr lceil ldquo le lfloor lowast loz lrm lsaquo lsquo lt macr mdash micro middot minus mu nabla nbsp ndash ne ni not notin nsub ntilde nu oacute ocirc oelig ograve oline omega omicron oplus or ordf ordm oslash otilde otimes ouml para part permil perp phi pi piv plusmn pound prime prod prop psi quot rArr radic rang raquo rarr rceil rdquo real reg rfloor rho rlm rsaquo rsquo sbquo scaron sdot sect shy sigma sigmaf sim spades sub sube sum sup sup1 sup2 sup3 supe szlig tau there4 theta thetasym thinsp thorn tilde times trade uArr uacute uarr ucirc ugrave uml upsih upsilon uuml weierp xi yacute yen yuml zeta zwj zwnj`)

// htmlEntities is the HTML5 named character reference table (WHATWG);
// names without a trailing ';' are the legacy forms accepted unterminated.
//
// It is built on first use (a program that never unescapes HTML does not
// carry it on its heap: see lazymod).
func htmlEntities() map[string]string {
	htmlEntitiesOnce.Do(func() { htmlEntitiesMap = buildHTMLEntities() })
	return htmlEntitiesMap
}

var (
	htmlEntitiesOnce sync.Once
	htmlEntitiesMap  map[string]string
)

// htmlInvalidCharrefs maps the numeric references the HTML5 parser
// replaces (WHATWG "numeric character reference end state": NUL, CR and
// the C1 controls read as windows-1252).
var htmlInvalidCharrefs = map[int]rune{
	0x0:  0xfffd,
	0xd:  0xd,
	0x80: 0x20ac,
	0x81: 0x81,
	0x82: 0x201a,
	0x83: 0x192,
	0x84: 0x201e,
	0x85: 0x2026,
	0x86: 0x2020,
	0x87: 0x2021,
	0x88: 0x2c6,
	0x89: 0x2030,
	0x8a: 0x160,
	0x8b: 0x2039,
	0x8c: 0x152,
	0x8d: 0x8d,
	0x8e: 0x17d,
	0x8f: 0x8f,
	0x90: 0x90,
	0x91: 0x2018,
	0x92: 0x2019,
	0x93: 0x201c,
	0x94: 0x201d,
	0x95: 0x2022,
	0x96: 0x2013,
	0x97: 0x2014,
	0x98: 0x2dc,
	0x99: 0x2122,
	0x9a: 0x161,
	0x9b: 0x203a,
	0x9c: 0x153,
	0x9d: 0x9d,
	0x9e: 0x17e,
	0x9f: 0x178,
}
