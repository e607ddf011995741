package pyre

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// CharName returns the Unicode name of r as Python's unicodedata.name
// gives it: golang.org/x/text's names, with the names the Unicode
// Character Database derives from the code point spelled out for CJK
// ideographs and Hangul syllables (CPython 3.11 gives none for Tangut
// ideographs); control, private-use and surrogate code points have none.
func CharName(r rune) (string, bool) {
	n := runenames.Name(r)
	switch {
	case n == "":
		return "", false
	case !strings.HasPrefix(n, "<"):
		return n, true
	case strings.HasPrefix(n, "<CJK Ideograph"):
		return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%04X", r), true
	case n == "<Hangul Syllable>":
		return hangulName(r), true
	}
	return "", false
}

// The short names of the Hangul jamo, from which a syllable's name is
// made (Unicode chapter 3.12).
var (
	jamoL = strings.Split("G GG N D DD R M B BB S SS  J JJ C K T P H", " ")
	jamoV = strings.Split("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I", " ")
	jamoT = strings.Split(" G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H", " ")
)

func hangulName(r rune) string {
	s := int(r - hangulSBase)
	return "HANGUL SYLLABLE " + jamoL[s/hangulNCount] + jamoV[(s%hangulNCount)/hangulTCount] + jamoT[s%hangulTCount]
}

const (
	hangulSBase  = 0xAC00 // the first Hangul syllable
	hangulVCount = 21
	hangulTCount = 28
	hangulNCount = hangulVCount * hangulTCount
)

var (
	nameIndexOnce sync.Once
	nameIndex     map[string]rune
)

// LookupName returns the character named name (case-insensitive), as
// unicodedata.lookup and \N{...} find it: every name of CharName (an
// index built on the first lookup, a few milliseconds) and the aliases of
// charaliases.go.
func LookupName(name string) (rune, bool) {
	up := strings.ToUpper(name)
	for _, prefix := range []string{"CJK UNIFIED IDEOGRAPH-"} {
		if hex, ok := strings.CutPrefix(up, prefix); ok {
			v, err := strconv.ParseUint(hex, 16, 32)
			if err == nil {
				if n, ok := CharName(rune(v)); ok && n == up {
					return rune(v), true
				}
			}
			return 0, false
		}
	}
	nameIndexOnce.Do(func() {
		nameIndex = make(map[string]rune, 40000)
		for r := rune(0); r <= 0xE01EF; r++ { // planes 15 and 16 are private use
			if r == 0x32400 {
				r = 0xE0000 // planes 3 (past its CJK extensions) to 13 have no names
			}
			n := runenames.Name(r)
			if n == "" || strings.HasPrefix(n, "<") && n != "<Hangul Syllable>" {
				continue
			}
			if n, ok := CharName(r); ok {
				nameIndex[n] = r
			}
		}
	})
	if r, ok := nameIndex[up]; ok {
		return r, true
	}
	r, ok := nameAliases[up]
	return r, ok
}
