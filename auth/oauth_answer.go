package auth

import (
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// A failed OAuth handshake step is reported with what the wiki said, not
// with the page it said it in: Special:OAuth answers errors as plain text
// ("Error: ..."), JSON, or a whole HTML page (MediaWiki's error page, or
// "No such special page" on a wiki without the OAuth extension, about
// 12 KB), and github.com/dghubble/oauth1 puts the whole body in its error.

// maxAnswer is the longest wiki message quoted in an error.
const maxAnswer = 300

// answerRegexps holds the patterns that read a wiki's answer; they are
// compiled on first use (only a failed handshake needs them), not at the
// start of every run.
type answerRegexps struct {
	oauth1StatusErr, title      *regexp.Regexp
	errorBox, content, body     *regexp.Regexp // MediaWiki's error boxes, then the page content
	drop, tag, space, htmlStart *regexp.Regexp
}

var answerRE = sync.OnceValue(func() *answerRegexps {
	return &answerRegexps{
		oauth1StatusErr: regexp.MustCompile(`(?s)^oauth1: invalid status (\d+): (.*)$`),
		title:           regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`),
		errorBox:        regexp.MustCompile(`(?is)<div[^>]*class="[^"]*\b(?:errorbox|mw-message-box-error|error)\b[^"]*"[^>]*>(.*?)</div>`),
		content:         regexp.MustCompile(`(?is)<div[^>]*id="mw-content-text"[^>]*>(.*?)(?:<div class="printfooter"|<div id="catlinks"|</main>|</body>|$)`),
		body:            regexp.MustCompile(`(?is)<body[^>]*>(.*?)(?:</body>|$)`),
		drop:            regexp.MustCompile(`(?is)<(script|style|head)[^>]*>.*?</(?:script|style|head)>`),
		tag:             regexp.MustCompile(`(?s)<[^>]*>`),
		space:           regexp.MustCompile(`\s+`),
		htmlStart:       regexp.MustCompile(`(?i)^\s*(?:<!doctype html|<html|<\?xml|<head|<body)`),
	}
})

// answerError is a handshake step's HTTP answer that was not a token.
type answerError struct {
	Status  int
	Title   string // the HTML page's title, "" for text
	Message string // the wiki's message, short and tag-free
}

func (e *answerError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the wiki answered HTTP %d", e.Status)
	if e.Title != "" {
		fmt.Fprintf(&b, " with the page %q", e.Title)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	return b.String()
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *answerError) PywikibotClass() string { return "Error" }

// condenseOAuth1Error turns oauth1's "invalid status N: <body>" into an
// *answerError; other errors are returned as they are.
func condenseOAuth1Error(err error) error {
	m := answerRE().oauth1StatusErr.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	status, _ := strconv.Atoi(m[1])
	return describeAnswer(status, m[2])
}

// describeAnswer extracts the message of an answer body: the title and
// error box (or first text) of an HTML page, the "message"/"info" of a JSON
// error, or the text itself, cut to maxAnswer characters.
func describeAnswer(status int, body string) *answerError {
	e := &answerError{Status: status}
	if !answerRE().htmlStart.MatchString(body) {
		e.Message = clip(answerRE().space.ReplaceAllString(strings.TrimSpace(body), " "))
		return e
	}
	if m := answerRE().title.FindStringSubmatch(body); m != nil {
		e.Title = pageText(m[1])
		// "No such special page - TestWiki": drop the site name
		if i := strings.LastIndex(e.Title, " - "); i > 0 {
			e.Title = e.Title[:i]
		}
	}
	for _, re := range []*regexp.Regexp{answerRE().errorBox, answerRE().content, answerRE().body} {
		if m := re.FindStringSubmatch(body); m != nil {
			if t := pageText(m[1]); t != "" {
				e.Message = clip(t)
				break
			}
		}
	}
	return e
}

// pageText is the visible text of an HTML fragment on one line.
func pageText(s string) string {
	s = answerRE().drop.ReplaceAllString(s, " ")
	s = answerRE().tag.ReplaceAllString(s, " ")
	s = html.UnescapeString(s)
	s = answerRE().space.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, " .", ".")
	return strings.TrimSpace(s)
}

// clip cuts s to maxAnswer characters at a word boundary.
func clip(s string) string {
	r := []rune(s)
	if len(r) <= maxAnswer {
		return s
	}
	cut := string(r[:maxAnswer])
	if i := strings.LastIndexByte(cut, ' '); i > maxAnswer/2 {
		cut = cut[:i]
	}
	return cut + " …"
}

// answerFix is the advice for a failed step's answer.
func answerFix(e *answerError, indexURL string) string {
	if e != nil && e.Status == 404 {
		return "the wiki has no Special:OAuth: install the OAuth extension there, or check the family's hostname " +
			"and script path (gowikibot used " + indexURL + ")"
	}
	return "check the consumer key and secret (Special:OAuthListConsumers shows the consumer; it must be approved " +
		"and not owner-only for a handshake)"
}
