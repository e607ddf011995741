package methods

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// The codecs beyond UTF-8, ASCII and Latin-1 (UTF-16, UTF-32, the Windows
// and ISO 8859 code pages, KOI8, the CJK encodings) come from
// golang.org/x/text, under CPython's names.

// xcodec is one of them: its CPython name and its x/text encoding.
type xcodec struct {
	name string
	enc  encoding.Encoding
	// single is set for a one-byte-per-character code page, whose
	// undecodable bytes can be found one by one (strict errors).
	single bool
}

// xcodecAliases maps CPython's spellings to a canonical name.
var xcodecAliases = map[string]string{
	"utf-16": "utf-16", "utf16": "utf-16", "u16": "utf-16",
	"utf-16-le": "utf-16-le", "utf-16le": "utf-16-le",
	"utf-16-be": "utf-16-be", "utf-16be": "utf-16-be",
	"utf-32": "utf-32", "utf32": "utf-32", "u32": "utf-32",
	"utf-32-le": "utf-32-le", "utf-32le": "utf-32-le",
	"utf-32-be": "utf-32-be", "utf-32be": "utf-32-be",
	"cp1250": "cp1250", "windows-1250": "cp1250",
	"cp1251": "cp1251", "windows-1251": "cp1251",
	"cp1252": "cp1252", "windows-1252": "cp1252",
	"cp1253": "cp1253", "windows-1253": "cp1253",
	"cp1254": "cp1254", "windows-1254": "cp1254",
	"cp1255": "cp1255", "windows-1255": "cp1255",
	"cp1256": "cp1256", "windows-1256": "cp1256",
	"cp1257": "cp1257", "windows-1257": "cp1257",
	"cp1258": "cp1258", "windows-1258": "cp1258",
	"cp437": "cp437", "ibm437": "cp437", "437": "cp437",
	"cp850": "cp850", "ibm850": "cp850", "850": "cp850",
	"cp866": "cp866", "ibm866": "cp866", "866": "cp866",
	"koi8-r": "koi8-r", "koi8-u": "koi8-u",
	"mac-roman": "mac-roman", "macroman": "mac-roman", "macintosh": "mac-roman",
	"shift-jis": "shift_jis", "shift_jis": "shift_jis", "sjis": "shift_jis",
	"euc-jp": "euc_jp", "euc_jp": "euc_jp", "eucjp": "euc_jp",
	"iso-2022-jp": "iso2022_jp", "iso2022-jp": "iso2022_jp",
	"euc-kr": "euc_kr", "euc_kr": "euc_kr", "euckr": "euc_kr",
	"gb2312": "gb2312", "gbk": "gbk", "cp936": "gbk", "gb18030": "gb18030",
	"big5": "big5", "big5-tw": "big5", "cp950": "big5",
}

// xcodecByName holds the codecs by canonical name, built on first use
// (xcodecs) rather than at init: a program that encodes only UTF-8 and
// Latin-1 never needs it.
var (
	xcodecOnce   sync.Once
	xcodecByName map[string]xcodec
)

// xcodecs returns the codecs by canonical name.
func xcodecs() map[string]xcodec {
	xcodecOnce.Do(buildXCodecs)
	return xcodecByName
}

// buildXCodecs makes xcodecByName and the aliases of the ISO 8859 codecs.
func buildXCodecs() {
	xcodecByName = map[string]xcodec{
		"utf-16":    {name: "utf-16", enc: unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)},
		"utf-16-le": {name: "utf-16-le", enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
		"utf-16-be": {name: "utf-16-be", enc: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
		"utf-32":    {name: "utf-32", enc: utf32.UTF32(utf32.LittleEndian, utf32.UseBOM)},
		"utf-32-le": {name: "utf-32-le", enc: utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)},
		"utf-32-be": {name: "utf-32-be", enc: utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)},
		"cp1250":    {name: "cp1250", enc: charmap.Windows1250, single: true},
		"cp1251":    {name: "cp1251", enc: charmap.Windows1251, single: true},
		"cp1252":    {name: "cp1252", enc: charmap.Windows1252, single: true},
		"cp1253":    {name: "cp1253", enc: charmap.Windows1253, single: true},
		"cp1254":    {name: "cp1254", enc: charmap.Windows1254, single: true},
		"cp1255":    {name: "cp1255", enc: charmap.Windows1255, single: true},
		"cp1256":    {name: "cp1256", enc: charmap.Windows1256, single: true},
		"cp1257":    {name: "cp1257", enc: charmap.Windows1257, single: true},
		"cp1258":    {name: "cp1258", enc: charmap.Windows1258, single: true},
		"cp437":     {name: "cp437", enc: charmap.CodePage437, single: true},
		"cp850":     {name: "cp850", enc: charmap.CodePage850, single: true},
		"cp866":     {name: "cp866", enc: charmap.CodePage866, single: true},
		"koi8-r":    {name: "koi8-r", enc: charmap.KOI8R, single: true},
		"koi8-u":    {name: "koi8-u", enc: charmap.KOI8U, single: true},
		"mac-roman": {name: "mac-roman", enc: charmap.Macintosh, single: true},
	}
	for i, cm := range []*charmap.Charmap{charmap.ISO8859_2, charmap.ISO8859_3, charmap.ISO8859_4,
		charmap.ISO8859_5, charmap.ISO8859_6, charmap.ISO8859_7, charmap.ISO8859_8, charmap.ISO8859_9,
		charmap.ISO8859_10, charmap.ISO8859_13, charmap.ISO8859_14, charmap.ISO8859_15, charmap.ISO8859_16} {
		n := []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16}[i]
		name := fmt.Sprintf("iso8859-%d", n)
		xcodecByName[name] = xcodec{name: name, enc: cm, single: true}
		for _, a := range []string{name, fmt.Sprintf("iso-8859-%d", n), fmt.Sprintf("iso8859%d", n)} {
			xcodecAliases[a] = name
		}
	}
	xcodecAliases["latin2"] = "iso8859-2"
	xcodecAliases["latin-9"] = "iso8859-15"
	xcodecAliases["latin9"] = "iso8859-15"
	xcodecAliases["cyrillic"] = "iso8859-5"
	xcodecAliases["greek"] = "iso8859-7"
	xcodecAliases["hebrew"] = "iso8859-8"
	// The CJK encodings x/text has (gb2312 it has not: HZ-GB-2312 is
	// another encoding), named directly rather than through ianaindex,
	// which would build its index of every encoding at start-up in every
	// run (0.1 ms, 55 KB); TestCJKCodecsAreIANAEncodings checks that these
	// are the encodings ianaindex gives for the IANA names.
	for name, enc := range cjkEncodings {
		xcodecByName[name] = xcodec{name: name, enc: enc}
	}
}

// cjkEncodings are the CJK codecs by CPython name.
var cjkEncodings = map[string]encoding.Encoding{
	"shift_jis": japanese.ShiftJIS, "euc_jp": japanese.EUCJP, "iso2022_jp": japanese.ISO2022JP,
	"euc_kr": korean.EUCKR, "gbk": simplifiedchinese.GBK, "gb18030": simplifiedchinese.GB18030,
	"big5": traditionalchinese.Big5,
}

// lookupXCodec finds a codec by a normalised name (lower case, '-' for '_').
func lookupXCodec(e string) (xcodec, bool) {
	codecs := xcodecs() // the ISO 8859 aliases are added with the codecs
	name, ok := xcodecAliases[e]
	if !ok {
		name, ok = xcodecAliases[strings.ReplaceAll(e, "-", "_")]
	}
	if !ok {
		return xcodec{}, false
	}
	c, ok := codecs[name]
	return c, ok
}

// xEncode encodes s with c, applying the error handler to the characters
// c cannot encode, as CPython's codecs do.
func xEncode(c xcodec, s, errors string) ([]byte, error) {
	enc := c.enc.NewEncoder()
	if out, err := enc.Bytes([]byte(s)); err == nil {
		return out, nil
	}
	var out []byte
	if c.name == "utf-16" || c.name == "utf-32" {
		// the byte order mark, once, before the characters
		bom, _ := c.enc.NewEncoder().Bytes(nil)
		out = append(out, bom...)
		c = xcodecs()[c.name+"-le"]
	}
	runes := []rune(s)
	encodable := func(r rune) ([]byte, bool) {
		b, err := c.enc.NewEncoder().Bytes([]byte(string(r)))
		return b, err == nil
	}
	for pos, r := range runes {
		if b, ok := encodable(r); ok {
			out = append(out, b...)
			continue
		}
		switch errors {
		case "strict":
			// CPython reports the whole run of characters it cannot encode
			end := pos + 1
			for end < len(runes) {
				if _, ok := encodable(runes[end]); ok {
					break
				}
				end++
			}
			codec, reason := "charmap", "character maps to <undefined>"
			if !c.single {
				codec, reason, end = c.name, "illegal multibyte sequence", pos+1
			}
			what := "character " + charRepr(r) + " in position " + fmt.Sprint(pos)
			if end > pos+1 {
				what = fmt.Sprintf("characters in position %d-%d", pos, end-1)
			}
			return nil, unicodeErr(py.UnicodeEncodeError, codec, py.String(s), pos, end, reason,
				fmt.Sprintf("'%s' codec can't encode %s: %s", codec, what, reason))
		case "ignore":
		case "replace":
			q, _ := c.enc.NewEncoder().Bytes([]byte("?"))
			out = append(out, q...)
		case "backslashreplace", "xmlcharrefreplace":
			var rep string
			if errors == "xmlcharrefreplace" {
				rep = fmt.Sprintf("&#%d;", r)
			} else if r < 0x100 {
				rep = fmt.Sprintf("\\x%02x", r)
			} else if r < 0x10000 {
				rep = fmt.Sprintf("\\u%04x", r)
			} else {
				rep = fmt.Sprintf("\\U%08x", r)
			}
			q, _ := c.enc.NewEncoder().Bytes([]byte(rep))
			out = append(out, q...)
		default:
			return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
		}
	}
	return out, nil
}

// xDecode decodes b with c. One-byte code pages report undecodable bytes
// at their position; for the others an invalid sequence decodes to U+FFFD
// (under "strict", the first one is an error).
func xDecode(c xcodec, b []byte, errors string) (string, error) {
	if c.single {
		cm := c.enc.(*charmap.Charmap)
		var sb strings.Builder
		for i, x := range b {
			r := cm.DecodeByte(x)
			if r != utf8.RuneError {
				sb.WriteRune(r)
				continue
			}
			if err := undecodable(&sb, errors, "charmap", b, i, "character maps to <undefined>"); err != nil {
				return "", err
			}
		}
		return sb.String(), nil
	}
	if (c.name == "utf-16" || c.name == "utf-16-le" || c.name == "utf-16-be") && len(b)%2 == 1 && errors == "strict" {
		return "", unicodeErr(py.UnicodeDecodeError, c.name, Bytes(b), len(b)-1, len(b), "truncated data",
			fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: truncated data", strings.ReplaceAll(c.name, "-", "_"), b[len(b)-1], len(b)-1))
	}
	out, err := c.enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", unicodeErr(py.UnicodeDecodeError, c.name, Bytes(b), 0, len(b), "invalid data",
			fmt.Sprintf("'%s' codec can't decode bytes: invalid data", c.name))
	}
	if errors == "strict" && bytes.ContainsRune(out, '\ufffd') && !bytes.ContainsRune(b, '\ufffd') {
		i := bytes.IndexRune(out, '\ufffd')
		return "", unicodeErr(py.UnicodeDecodeError, c.name, Bytes(b), i, i+1, "illegal multibyte sequence",
			fmt.Sprintf("'%s' codec can't decode bytes: illegal multibyte sequence", c.name))
	}
	return string(out), nil
}

// undecodable applies the error handler to byte i of b, which a one-byte
// codec cannot decode: "strict" raises CPython's UnicodeDecodeError, the
// others write their replacement ("ignore" writes nothing).
func undecodable(sb *strings.Builder, errors, codec string, b []byte, i int, reason string) error {
	switch errors {
	case "strict":
		return unicodeErr(py.UnicodeDecodeError, codec, Bytes(b), i, i+1, reason,
			fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[i], i, reason))
	case "replace":
		sb.WriteRune('\ufffd')
	case "backslashreplace":
		fmt.Fprintf(sb, "\\x%02x", b[i])
	case "surrogateescape":
		sb.WriteRune(rune(0xdc00 + int(b[i])))
	}
	return nil
}
