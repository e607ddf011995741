package auth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/userconfig"
)

func TestCookieFileName(t *testing.T) {
	for in, want := range map[string]string{
		"TestBot@ci":  "pywikibot-TestBot@ci.lwp",
		"My Bot":      "pywikibot-My_Bot.lwp",
		`a/b:c\d"?*e`: "pywikibot-a_b_c_d___e.lwp",
		"":            "pywikibot.lwp",
	} {
		if got := CookieFileName(in); got != want {
			t.Errorf("CookieFileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJarRoundTripKeepsSessionCookies(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pywikibot-X.lwp")
	j := NewJar(path)
	u, _ := url.Parse("http://127.0.0.1:8080/api.php")
	exp := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
	j.SetCookies(u, []*http.Cookie{
		{Name: "mw8080_session", Value: "abc", Path: "/", HttpOnly: true},
		{Name: "mw8080UserName", Value: `Test "Bot"`, Path: "/", Expires: exp},
		{Name: "gone", Value: "x", MaxAge: -1},
	})
	if err := j.Save(); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("mode: %v %v", st, err)
	}
	b, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(b), "#LWP-Cookies-2.0\n") || !strings.Contains(string(b), `Set-Cookie3: mw8080_session="abc"; path="/"; domain="127.0.0.1"; path_spec; discard; HttpOnly=None; version=0`) {
		t.Fatalf("file:\n%s", b)
	}
	j2, err := LoadJar(path)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range j2.Cookies(u) {
		got[c.Name] = c.Value
	}
	if !reflect.DeepEqual(got, map[string]string{"mw8080_session": "abc", "mw8080UserName": `Test "Bot"`}) {
		t.Fatalf("loaded %v", got)
	}
	// host-only cookies do not go to other hosts
	other, _ := url.Parse("http://example.org/")
	if n := len(j2.Cookies(other)); n != 0 {
		t.Fatalf("%d cookies leaked to another host", n)
	}
	// clearing and saving removes the file
	j2.Clear()
	if err := j2.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("file not removed: %v", err)
	}
	// no temporary files left behind
	ents, _ := os.ReadDir(dir)
	if len(ents) != 0 {
		t.Fatalf("left over: %v", ents)
	}
}

func TestJarDomainCookiesAndBadFile(t *testing.T) {
	j := NewJar("")
	u, _ := url.Parse("https://en.example.org/w/api.php")
	j.SetCookies(u, []*http.Cookie{
		{Name: "central", Value: "1", Domain: ".example.org", Path: "/"},
		{Name: "evil", Value: "1", Domain: "other.org", Path: "/"},
		{Name: "sec", Value: "1", Path: "/", Secure: true},
	})
	de, _ := url.Parse("https://de.example.org/")
	if c := j.Cookies(de); len(c) != 1 || c[0].Name != "central" {
		t.Fatalf("domain cookie: %v", c)
	}
	plain, _ := url.Parse("http://en.example.org/")
	if c := j.Cookies(plain); len(c) != 1 {
		t.Fatalf("secure cookie sent over http: %v", c)
	}
	bad := filepath.Join(t.TempDir(), "bad.lwp")
	os.WriteFile(bad, []byte("not cookies\n"), 0o600)
	if _, err := LoadJar(bad); err == nil || !strings.Contains(err.Error(), "LWP") {
		t.Fatalf("bad file: %v", err)
	}
}

func TestMatchAuth(t *testing.T) {
	e := map[string]userconfig.AuthEntry{
		"wiki.example.org:8080": {Kind: "basic"},
		"*.example.org":         {Kind: "oauth1"},
		"*.org":                 {Kind: "oauth2"},
	}
	for host, want := range map[string]string{
		"wiki.example.org:8080": "wiki.example.org:8080",
		"en.example.org":        "*.example.org",
		"a.b.example.org":       "*.example.org",
		"example.org":           "*.org",
		"wiki.example.org":      "*.example.org",
		"example.com":           "",
	} {
		got, _ := MatchAuth(e, host)
		if got != want {
			t.Errorf("MatchAuth(%q) = %q, want %q", host, got, want)
		}
	}
	e["*"] = userconfig.AuthEntry{Kind: "basic"}
	if got, _ := MatchAuth(e, "example.com"); got != "*" {
		t.Errorf("star: %q", got)
	}
}

func TestTransportBasicAndSigner(t *testing.T) {
	var got []string
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, p, _ := r.BasicAuth()
		got = append(got, u+":"+p+"|"+r.Header.Get("X-Signed"))
	}))
	defer ts.Close()
	host := strings.TrimPrefix(ts.URL, "http://")
	RegisterSigner("test-kind", func(e userconfig.AuthEntry, next http.RoundTripper) (http.RoundTripper, error) {
		return rtFunc(func(r *http.Request) (*http.Response, error) {
			r = r.Clone(r.Context())
			r.Header.Set("X-Signed", e.Values[0])
			return next.RoundTrip(r)
		}), nil
	})
	for _, entry := range []userconfig.AuthEntry{
		{Kind: "basic", Values: []string{"u", "p"}},
		{Kind: "test-kind", Values: []string{"sig"}},
	} {
		tr, err := NewTransport(nil, map[string]userconfig.AuthEntry{host: entry})
		if err != nil {
			t.Fatal(err)
		}
		if tr.Kind(host) != entry.Kind || tr.Kind("elsewhere") != "" {
			t.Fatalf("Kind = %q", tr.Kind(host))
		}
		resp, err := (&http.Client{Transport: tr}).Get(ts.URL)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	if !reflect.DeepEqual(got, []string{"u:p|", ":|sig"}) {
		t.Fatalf("server saw %v", got)
	}
	_, err := NewTransport(nil, map[string]userconfig.AuthEntry{"h": {Kind: "nope", Values: []string{"SECRET"}}})
	if err == nil || !strings.Contains(err.Error(), `authenticate["h"]: nope is not supported`) || strings.Contains(err.Error(), "SECRET") {
		t.Fatalf("unknown kind: %v", err)
	}
}

type rtFunc func(*http.Request) (*http.Response, error)

func (f rtFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// scriptedCaller answers CallAPI from a list of JSON bodies and records
// the parameters.
type scriptedCaller struct {
	answers []string
	sent    []url.Values
}

type codeErr string

func (c codeErr) Error() string   { return string(c) }
func (c codeErr) APICode() string { return string(c) }

func (s *scriptedCaller) CallAPI(ctx context.Context, p url.Values, post bool, out any) error {
	s.sent = append(s.sent, p)
	if len(s.answers) == 0 {
		return errors.New("no more answers")
	}
	a := s.answers[0]
	s.answers = s.answers[1:]
	if strings.HasPrefix(a, "ERR:") {
		return codeErr(a[4:])
	}
	return json.Unmarshal([]byte(a), out)
}

func TestClientLoginTwoFactor(t *testing.T) {
	c := &scriptedCaller{answers: []string{
		`{"clientlogin":{"status":"UI","message":"Enter a verification code from your app.","requests":[{"id":"TOTPAuthenticationRequest","fields":{"OATHToken":{"type":"string","label":"Token"}}}]}}`,
		`{"clientlogin":{"status":"PASS","username":"Main"}}`,
	}}
	ui := &ScriptedUI{Answers: []string{"123456"}}
	res, err := Login(context.Background(), c, Credentials{User: "Main", Password: "pw"}, "tok+\\", ui)
	if err != nil || res.User != "Main" {
		t.Fatalf("%v %v", res, err)
	}
	if c.sent[0].Get("action") != "clientlogin" || c.sent[0].Get("logintoken") != "tok+\\" || c.sent[0].Get("loginreturnurl") == "" {
		t.Fatalf("first: %v", c.sent[0])
	}
	if c.sent[1].Get("logincontinue") != "1" || c.sent[1].Get("OATHToken") != "123456" {
		t.Fatalf("continue: %v", c.sent[1])
	}
	if len(ui.Asked) != 1 || !strings.Contains(ui.Asked[0], "verification code") {
		t.Fatalf("asked %q", ui.Asked)
	}
}

func TestLoginPromptsForMissingPasswordAndFails(t *testing.T) {
	c := &scriptedCaller{answers: []string{
		`{"query":{"tokens":{"logintoken":"t+\\"}}}`,
		`{"login":{"result":"Failed","reason":"Incorrect username or password entered. Please try again."}}`,
	}}
	ui := &ScriptedUI{Answers: []string{"typed-secret"}}
	_, err := Login(context.Background(), c, Credentials{User: "Bot@app"}, "", ui)
	var le *LoginError
	if !errors.As(err, &le) || le.Status != "Failed" || err.Error() != "login as Bot@app failed: Failed: Incorrect username or password entered. Please try again." {
		t.Fatalf("err = %v", err)
	}
	if ui.Asked[0] != "Password for user Bot@app" || c.sent[1].Get("lgpassword") != "typed-secret" || len(c.sent) != 2 {
		t.Fatalf("asked %q sent %v", ui.Asked, c.sent)
	}
	if _, err := Login(context.Background(), c, Credentials{User: "Bot@app"}, "", nil); !errors.Is(err, ErrNoPassword) {
		t.Fatalf("no UI: %v", err)
	}
	throttled := &LoginError{Reason: "You have made too many recent login attempts. Please wait 5 minutes before trying again."}
	if !throttled.Throttled() {
		t.Fatal("Throttled")
	}
}

func TestRedactParams(t *testing.T) {
	p := url.Values{"action": {"login"}, "lgname": {"Bot@x"}, "lgpassword": {"pw"}, "lgtoken": {"t+\\"}, "token": {"c"}, "OATHToken": {"1"}}
	got := RedactParams(p)
	want := "OATHToken=<hidden>&action=login&lgname=Bot@x&lgpassword=<hidden>&lgtoken=<hidden>&token=<hidden>"
	if got != want {
		t.Fatalf("got %s", got)
	}
}
