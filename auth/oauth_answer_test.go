package auth

import (
	"errors"
	"strings"
	"testing"
)

// TestHandshakeErrorsQuoteTheMessageNotThePage: the wiki's message is
// extracted from plain-text, HTML error-box and long answers.
func TestHandshakeErrorsQuoteTheMessageNotThePage(t *testing.T) {
	h := &Handshake{IndexURL: "https://wiki.example/w/index.php", ConsumerKey: "abcdef0123", ConsumerSecret: "S3CRET"}
	long := "<!DOCTYPE html><html><head><title>OAuth error - Example</title><style>.x{}</style></head><body>" +
		"<div class=\"mw-message-box-error mw-message-box\"><p>Invalid consumer &amp; S3CRET</p></div>" +
		strings.Repeat("<p>navigation</p>", 2000) + "</body></html>"
	cases := []struct {
		err  error
		want string
	}{
		{errors.New("oauth1: invalid status 400: Error: An error occurred in the OAuth protocol: Invalid consumer"),
			"OAuth initiate at wiki.example failed (consumer key abcdef…): the wiki answered HTTP 400: Error: An error occurred in the OAuth protocol: Invalid consumer. Fix: check the consumer key"},
		{errors.New("oauth1: invalid status 403: " + long),
			`OAuth initiate at wiki.example failed (consumer key abcdef…): the wiki answered HTTP 403 with the page "OAuth error": Invalid consumer & <hidden>. Fix: check the consumer key`},
		{errors.New("oauth1: invalid status 404: <html><head><title>No such special page - W</title></head><body><div id=\"mw-content-text\"><p>You have requested an invalid special page.</p></div></body></html>"),
			`failed (consumer key abcdef…): the wiki answered HTTP 404 with the page "No such special page": You have requested an invalid special page. Fix: the wiki has no Special:OAuth: install the OAuth extension there, or check the family's hostname and script path (gowikibot used https://wiki.example/w/index.php)`},
		{errors.New("oauth1: invalid status 500: " + strings.Repeat("word ", 500)), " …. Fix:"},
		{errors.New("dial tcp: connection refused"), "failed (consumer key abcdef…): dial tcp: connection refused. Fix: check"},
	}
	for _, c := range cases {
		got := h.wrap("initiate", c.err).Error()
		if !strings.Contains(got, c.want) || len(got) > 700 || strings.Contains(got, "S3CRET") || strings.Contains(got, "<p>") {
			t.Errorf("got  %s\nwant …%s…", got, c.want)
		}
	}
}
