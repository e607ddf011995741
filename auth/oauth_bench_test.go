package auth

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/userconfig"
)

// benchRequests POSTs a typical edit form through rt to a local server.
func benchRequests(b *testing.B, rt http.RoundTripper) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	c := &http.Client{Transport: rt}
	form := url.Values{"action": {"edit"}, "title": {"User:Bot/sandbox"}, "text": {strings.Repeat("wikitext ", 200)},
		"summary": {"bench"}, "format": {"json"}, "token": {"abc+\\"}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resp, err := c.PostForm(srv.URL+"/api.php", form)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
}

// BenchmarkUnsignedRequest is the floor: the same request with no auth.
func BenchmarkUnsignedRequest(b *testing.B) {
	benchRequests(b, http.DefaultTransport)
}

// BenchmarkOAuth1SignedRequest adds HMAC-SHA1 signing of the 2 KB form.
func BenchmarkOAuth1SignedRequest(b *testing.B) {
	rt, err := newOAuth1Signer(userconfig.AuthEntry{Kind: "oauth1", Values: []string{"ck", "cs", "ak", "as"}}, http.DefaultTransport)
	if err != nil {
		b.Fatal(err)
	}
	benchRequests(b, rt)
}

// BenchmarkBearerRequest adds an Authorization: Bearer header.
func BenchmarkBearerRequest(b *testing.B) {
	rt, _ := newBearerSigner(userconfig.AuthEntry{Kind: "oauth2", Values: []string{"tok"}}, http.DefaultTransport)
	benchRequests(b, rt)
}
