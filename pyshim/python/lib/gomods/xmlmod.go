package gomods

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// _gwb_xml: an XML token stream on encoding/xml for xml.etree.ElementTree
// and xml.dom.minidom (Python builds the trees). Names come as
// "{namespace}local", as ElementTree spells them.

// XMLReaderType is the type of token streams.
var XMLReaderType = py.NewType("_gwb_xml.Reader", "XML tokens from encoding/xml.")

// XMLReader reads tokens from a document.
type XMLReader struct {
	dec   *xml.Decoder
	src   io.Reader
	f     *os.File
	depth int
	seen  bool // a root element was seen
	done  bool
	data  []byte // the whole document when given in memory (for positions)
	// raw: names keep their prefixes ("p:tag") and xmlns attributes stay
	// attributes (xml.dom.minidom); tags are matched here.
	raw   bool
	stack []string
}

// Type returns XMLReaderType.
func (r *XMLReader) Type() *py.Type { return XMLReaderType }

func xmlName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return "{" + n.Space + "}" + n.Local
}

// position turns a byte offset into (line, column) as expat counts them.
func (r *XMLReader) position(off int64) (int, int) {
	if r.data == nil {
		line, _ := r.dec.InputPos()
		return line, 0
	}
	if off > int64(len(r.data)) {
		off = int64(len(r.data))
	}
	before := r.data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, col
}

func (r *XMLReader) parseError(err error) py.Object {
	msg := "syntax error"
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		switch {
		case strings.Contains(se.Msg, "unexpected end element"), strings.Contains(se.Msg, "element <"):
			msg = "mismatched tag"
		case strings.Contains(se.Msg, "unexpected EOF"):
			msg = "no element found"
			if r.depth > 0 {
				msg = "unclosed token"
			}
		case strings.Contains(se.Msg, "invalid character entity"):
			msg = "undefined entity"
		default:
			msg = "not well-formed (invalid token)"
		}
	} else if err == io.EOF {
		msg = "no element found"
	}
	line, col := r.position(r.dec.InputOffset())
	return py.Tuple{py.String("error"), py.String(fmt.Sprintf("%s: line %d, column %d", msg, line, col)), py.Int(line), py.Int(col)}
}

func init() {
	// tokens(n) -> list of up to n tokens; [] at the end, or an error tuple.
	// Tokens: ("start", name, [(attr, value)], [(prefix, uri)]),
	// ("end", name), ("data", text), ("comment", text), ("pi", target, text).
	XMLReaderType.Dict["tokens"] = method("tokens", func(self py.Object, no py.Object) (py.Object, error) {
		r := self.(*XMLReader)
		n, err := toInt(no)
		if err != nil {
			return nil, err
		}
		var out []py.Object
		for len(out) < n && !r.done {
			var tok xml.Token
			var err error
			if r.raw {
				tok, err = r.dec.RawToken()
				if err == nil {
					tok, err = r.checkRaw(tok)
				}
			} else {
				tok, err = r.dec.Token()
			}
			if err == io.EOF {
				r.done = true
				if !r.seen || r.depth > 0 {
					return r.parseError(io.ErrUnexpectedEOF), nil
				}
				break
			}
			if err != nil {
				r.done = true
				return r.parseError(err), nil
			}
			switch t := tok.(type) {
			case xml.StartElement:
				if r.depth == 0 && r.seen {
					r.done = true
					line, col := r.position(r.dec.InputOffset())
					return py.Tuple{py.String("error"), py.String(fmt.Sprintf("junk after document element: line %d, column %d", line, col)), py.Int(line), py.Int(col)}, nil
				}
				r.depth++
				r.seen = true
				var attrs, nss []py.Object
				for _, a := range t.Attr {
					if r.raw {
						attrs = append(attrs, py.Tuple{py.String(rawName(a.Name)), py.String(a.Value)})
						continue
					}
					if a.Name.Space == "xmlns" {
						nss = append(nss, py.Tuple{py.String(a.Name.Local), py.String(a.Value)})
						continue
					}
					if a.Name.Space == "" && a.Name.Local == "xmlns" {
						nss = append(nss, py.Tuple{py.String(""), py.String(a.Value)})
						continue
					}
					name := xmlName(a.Name)
					if a.Name.Space == "xml" {
						name = "{http://www.w3.org/XML/1998/namespace}" + a.Name.Local
					}
					attrs = append(attrs, py.Tuple{py.String(name), py.String(a.Value)})
				}
				name := xmlName(t.Name)
				if r.raw {
					name = rawName(t.Name)
				}
				out = append(out, py.Tuple{py.String("start"), py.String(name), py.NewListFromItems(attrs), py.NewListFromItems(nss)})
			case xml.EndElement:
				r.depth--
				name := xmlName(t.Name)
				if r.raw {
					name = rawName(t.Name)
				}
				out = append(out, py.Tuple{py.String("end"), py.String(name)})
			case xml.CharData:
				if r.depth == 0 {
					if len(bytes.TrimSpace(t)) != 0 {
						r.done = true
						return r.parseError(errors.New("text outside the root")), nil
					}
					continue
				}
				out = append(out, py.Tuple{py.String("data"), py.String(strings.ReplaceAll(string(t), "\r\n", "\n"))})
			case xml.Comment:
				out = append(out, py.Tuple{py.String("comment"), py.String(string(t))})
			case xml.ProcInst:
				if t.Target == "xml" {
					continue
				}
				out = append(out, py.Tuple{py.String("pi"), py.String(t.Target), py.String(string(t.Inst))})
			case xml.Directive:
				// DOCTYPE: skipped, as ElementTree does
			}
		}
		return py.NewListFromItems(out), nil
	})
	XMLReaderType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
		r := self.(*XMLReader)
		if r.f != nil {
			r.f.Close()
			r.f = nil
		}
		r.done = true
		return py.None, nil
	})
}

func rawName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// checkRaw matches end tags to start tags (RawToken does not).
func (r *XMLReader) checkRaw(tok xml.Token) (xml.Token, error) {
	switch t := tok.(type) {
	case xml.StartElement:
		r.stack = append(r.stack, rawName(t.Name))
	case xml.EndElement:
		n := len(r.stack)
		if n == 0 || r.stack[n-1] != rawName(t.Name) {
			return nil, &xml.SyntaxError{Msg: "element <" + rawName(t.Name) + "> closed by </" + rawName(t.Name) + ">"}
		}
		r.stack = r.stack[:n-1]
	}
	return xml.CopyToken(tok), nil
}

// reader(source[, raw]) where source is str/bytes (a document) or ("file", path)
// or a Python file object.
func xmlReader(self py.Object, args py.Tuple) (py.Object, error) {
	var src, rawo py.Object = nil, py.False
	if err := py.UnpackTuple(args, nil, "reader", 1, 2, &src, &rawo); err != nil {
		return nil, err
	}
	r := &XMLReader{raw: rawo == py.True}
	switch v := src.(type) {
	case py.String:
		r.data = []byte(v)
		r.src = bytes.NewReader(r.data)
	case py.Tuple:
		path, _ := v[1].(py.String)
		f, err := os.Open(string(path))
		if err != nil {
			return nil, sysmods.OSError(err, string(path))
		}
		r.f, r.src = f, f
	default:
		if b, ok := asBytes(src); ok {
			r.data = append([]byte(nil), b...)
			r.src = bytes.NewReader(r.data)
		} else {
			r.src = pyReader{src}
		}
	}
	r.dec = xml.NewDecoder(r.src)
	r.dec.Strict = true
	r.dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf-8", "us-ascii", "ascii":
			return in, nil
		case "iso-8859-1", "latin-1", "latin1":
			return latin1Reader{in}, nil
		}
		return nil, fmt.Errorf("unsupported encoding %s", label)
	}
	return r, nil
}

// latin1Reader decodes ISO-8859-1 to UTF-8.
type latin1Reader struct{ r io.Reader }

func (l latin1Reader) Read(p []byte) (int, error) {
	buf := make([]byte, len(p)/2+1)
	n, err := l.r.Read(buf)
	out := p[:0]
	for _, c := range buf[:n] {
		if c < 0x80 {
			out = append(out, c)
		} else {
			out = append(out, 0xc0|c>>6, 0x80|c&0x3f)
		}
	}
	return len(out), err
}

func xmlModule() (map[string]any, py.StringDict) {
	return map[string]any{"reader": xmlReader}, nil
}

func init() { registerGo("_gwb_xml", "XML tokens on encoding/xml.", xmlModule) }
