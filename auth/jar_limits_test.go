package auth

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hugeJar writes an LWP file with n junk cookies for host plus, last, the
// real session cookie.
func hugeJar(t testing.TB, host string, n int) string {
	p := filepath.Join(t.TempDir(), CookieFileName("Bot"))
	var b strings.Builder
	b.WriteString("#LWP-Cookies-2.0\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Set-Cookie3: junk%d=\"v\"; path=\"/\"; domain=\"%s\"; path_spec; discard; version=0\n", i, host)
	}
	fmt.Fprintf(&b, "Set-Cookie3: wiki_session=\"LIVE\"; path=\"/\"; domain=\"%s\"; path_spec; discard; HttpOnly=None; version=0\n", host)
	if err := os.WriteFile(p, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHugeCookieJarCappedAndFast: a jar file of 400,000 cookies for one
// host loads in linear time and keeps what a browser would (the newest 180
// per domain, 3,000 in all), so a request is not stuck in net/http's
// quadratic Request.AddCookie; the newest cookie, the session, is kept.
func TestHugeCookieJarCappedAndFast(t *testing.T) {
	p := hugeJar(t, "wiki.example", 400000)
	start := time.Now()
	j, err := LoadJar(p)
	if err != nil {
		t.Fatal(err)
	}
	if j.Len() != maxCookiesPerDomain {
		t.Fatalf("%d cookies kept, want %d", j.Len(), maxCookiesPerDomain)
	}
	u, _ := url.Parse("https://wiki.example/w/api.php")
	req, _ := http.NewRequest("GET", u.String(), nil)
	for _, c := range j.Cookies(u) {
		req.AddCookie(c)
	}
	took := time.Since(start)
	if !strings.Contains(req.Header.Get("Cookie"), "wiki_session=LIVE") {
		t.Fatal("the session cookie (the newest) was dropped")
	}
	if strings.Contains(req.Header.Get("Cookie"), "junk0=") {
		t.Fatal("the oldest cookie was kept")
	}
	t.Logf("400,000 cookies: loaded, capped to %d and sent in %s", j.Len(), took.Round(time.Millisecond))
	if took > 5*time.Second {
		t.Fatalf("took %s", took)
	}
}

// TestCookieLimitsWhenSet: servers adding cookies one response at a time
// hit the same caps: 180 per domain (oldest evicted first), 3,000 in all.
func TestCookieLimitsWhenSet(t *testing.T) {
	j := NewJar("")
	for d := 0; d < 20; d++ {
		u, _ := url.Parse(fmt.Sprintf("https://w%d.example/", d))
		for i := 0; i < 200; i++ {
			j.SetCookies(u, []*http.Cookie{{Name: fmt.Sprintf("c%d", i), Value: "v"}})
		}
		if got := len(j.Cookies(u)); got != maxCookiesPerDomain {
			t.Fatalf("domain %d: %d cookies, want %d", d, got, maxCookiesPerDomain)
		}
	}
	if j.Len() != maxCookies {
		t.Fatalf("%d cookies in all, want %d", j.Len(), maxCookies)
	}
	u, _ := url.Parse("https://w19.example/")
	names := map[string]bool{}
	for _, c := range j.Cookies(u) {
		names[c.Name] = true
	}
	if names["c0"] || !names["c199"] || !names["c20"] {
		t.Fatalf("kept the wrong cookies of w19: %v", names)
	}
	u0, _ := url.Parse("https://w0.example/")
	if n := len(j.Cookies(u0)); n != 0 {
		t.Fatalf("the oldest domain still has %d cookies", n)
	}
}
