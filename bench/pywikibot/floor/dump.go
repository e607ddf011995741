package main

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strings"
)

const dumpHead = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">` + "\n"

// revision writes one revision element; revision id gives its timestamp
// (one second apart).
func revision(w io.Writer, id int, text, comment string) {
	fmt.Fprintf(w, "<revision><id>%d</id><timestamp>2024-01-01T%02d:%02d:%02dZ</timestamp>"+
		"<contributor><username>Admin</username></contributor><comment>%s</comment><model>wikitext</model>"+
		"<format>text/x-wiki</format><text xml:space=\"preserve\">%s</text></revision>\n",
		id, id/3600, (id/60)%60, id%60, comment, html.EscapeString(text))
}

// writeDump writes the seed pages "Bench FROM" .. "Bench TO-1" as an XML
// dump; the even ones are also in Category:Even (5,000 members at 10,000
// pages).
func writeDump(out io.Writer, from, to int) {
	w := bufio.NewWriter(out)
	defer w.Flush()
	w.WriteString(dumpHead)
	for i := from; i < to; i++ {
		text := BenchText(i)
		if i%2 == 0 {
			text += "\n[[Category:Even]]"
		}
		fmt.Fprintf(w, "<page><title>Bench %03d</title><ns>0</ns>\n", i)
		revision(w, 1, text, "seed")
		w.WriteString("</page>\n")
	}
	w.WriteString("</mediawiki>\n")
}

// writeBigDump writes "Big page" (one revision of almost 2 MB) and "Long
// history" (5,000 small revisions).
func writeBigDump(out io.Writer) {
	w := bufio.NewWriter(out)
	defer w.Flush()
	w.WriteString(dumpHead)
	var b strings.Builder
	// 2,000,000 bytes at most: MediaWiki's default $wgMaxArticleSize is 2 MiB
	for i := 0; ; i++ {
		t := BenchText(i%200) + "\n"
		if b.Len()+len(t) > 2000000 {
			break
		}
		b.WriteString(t)
	}
	w.WriteString("<page><title>Big page</title><ns>0</ns>\n")
	revision(w, 1, b.String(), "seed")
	w.WriteString("</page>\n<page><title>Long history</title><ns>0</ns>\n")
	for r := 1; r <= 5000; r++ {
		revision(w, r, fmt.Sprintf("Revision %d of a page with a long history. lorem ipsum", r), fmt.Sprintf("rev %d", r))
	}
	w.WriteString("</page>\n</mediawiki>\n")
}
