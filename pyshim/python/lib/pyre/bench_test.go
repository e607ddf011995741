package pyre

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// benchPages builds n pages of about 2 KB of wikitext.
func benchPages(n int) []string {
	pages := make([]string, n)
	for i := range pages {
		var b strings.Builder
		for b.Len() < 2000 {
			fmt.Fprintf(&b, "The colour of [[Page %d|item]] is noted.<ref>Source %d</ref> ", i, b.Len())
			fmt.Fprintf(&b, "{{Infobox|colour=red}} [[Category:Colour %d]]\n", i%7)
		}
		pages[i] = b.String()
	}
	return pages
}

// BenchmarkSubLookbehind is re.sub with a lookbehind pattern over 200
// pages of 2 KB wikitext (one op = all 200 pages).
func BenchmarkSubLookbehind(b *testing.B) {
	pages := benchPages(200)
	p, err := Compile(`(?<=\[\[)Category:|(?<![\w])colour(?![\w])`, false, 0)
	if err != nil {
		b.Fatal(err)
	}
	repl := py.String("X")
	objs := make([]py.Object, len(pages))
	total := 0
	for i, s := range pages {
		objs[i] = py.String(s)
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, o := range objs {
			if _, _, err := p.Sub(repl, o, 0); err != nil {
				b.Fatal(err)
			}
		}
	}
}
