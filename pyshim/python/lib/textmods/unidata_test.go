package textmods

import "testing"

// The generated numeric table and x/text's normalization data.
func TestUnidata(t *testing.T) {
	loadNumeric()
	for r, want := range map[rune]float64{0x4E94: 5, 0x2155: 0.2, 0xBD: 0.5, 0x2460: 1} {
		if got := numericMap[r]; got != want {
			t.Errorf("numeric(%#x) = %v, want %v", r, got, want)
		}
	}
	if got, _ := Normalize("NFKC", "\ufb01\u2460"); got != "fi1" {
		t.Errorf("NFKC = %q", got)
	}
	if CombiningClass(0x301) != 230 || CombiningClass('a') != 0 {
		t.Errorf("combining classes: %d %d", CombiningClass(0x301), CombiningClass('a'))
	}
}
