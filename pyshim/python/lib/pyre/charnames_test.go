package pyre

import "testing"

// Names and lookups as CPython 3.11's unicodedata gives them.
func TestCharNames(t *testing.T) {
	for r, want := range map[rune]string{
		0xD55C: "HANGUL SYLLABLE HAN", 0x4E2D: "CJK UNIFIED IDEOGRAPH-4E2D", 0x17000: "",
		0x1F600: "GRINNING FACE", 0: "", 0xE000: "", 0x20000: "CJK UNIFIED IDEOGRAPH-20000",
		0xF900: "CJK COMPATIBILITY IDEOGRAPH-F900", 0xBD: "VULGAR FRACTION ONE HALF",
	} {
		got, ok := CharName(r)
		if got != want || ok != (want != "") {
			t.Errorf("CharName(%#x) = %q, %v; want %q", r, got, ok, want)
		}
	}
	for name, want := range map[string]rune{
		"HANGUL SYLLABLE HAN": 0xD55C, "grinning face": 0x1F600, "CJK UNIFIED IDEOGRAPH-4E2D": 0x4E2D,
		"em dash": 0x2014, "CJK UNIFIED IDEOGRAPH-0041": -1, "NO SUCH THING": -1,
	} {
		got, ok := LookupName(name)
		if want < 0 && ok || want >= 0 && got != want {
			t.Errorf("LookupName(%q) = %#x, %v; want %#x", name, got, ok, want)
		}
	}
}
