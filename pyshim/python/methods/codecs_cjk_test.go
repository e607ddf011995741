package methods

import (
	"testing"

	"golang.org/x/text/encoding/ianaindex"
)

// The CJK codecs are the encodings ianaindex gives for their IANA names
// (the binary names them directly, not linking ianaindex); gb2312 is none
// (x/text has no GB2312).
func TestCJKCodecsAreIANAEncodings(t *testing.T) {
	iana := map[string]string{"shift_jis": "Shift_JIS", "euc_jp": "EUC-JP", "iso2022_jp": "ISO-2022-JP",
		"euc_kr": "EUC-KR", "gb2312": "GB2312", "gbk": "GBK", "gb18030": "GB18030", "big5": "Big5"}
	for name, ianaName := range iana {
		want, err := ianaindex.IANA.Encoding(ianaName)
		if err != nil {
			t.Fatalf("%s: %v", ianaName, err)
		}
		c, ok := xcodecs()[name]
		switch {
		case want == nil && ok:
			t.Errorf("%s: a codec, but ianaindex has no encoding for %s", name, ianaName)
		case want != nil && (!ok || c.enc != want || c.name != name):
			t.Errorf("%s: codec %+v, want ianaindex's %v", name, c, want)
		}
	}
	if len(cjkEncodings) != 7 {
		t.Errorf("%d CJK encodings, want 7", len(cjkEncodings))
	}
}
