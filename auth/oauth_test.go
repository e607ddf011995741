package auth

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/userconfig"
)

// --- an independent RFC 5849 implementation, used only to check dghubble's ---

func pct(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("-._~", c) >= 0 {
			b.WriteByte(c)
		} else {
			b.WriteString("%" + strings.ToUpper(string("0123456789ABCDEF"[c>>4])+string("0123456789ABCDEF"[c&15])))
		}
	}
	return b.String()
}

// rfcBaseString builds the signature base string (RFC 5849 3.4.1) from the
// method, the URL, the form body and the oauth_* parameters.
func rfcBaseString(method, rawURL, body string, oauth map[string]string) string {
	u, _ := url.Parse(rawURL)
	type kv struct{ k, v string }
	var ps []kv
	add := func(q url.Values) {
		for k, vs := range q {
			for _, v := range vs {
				ps = append(ps, kv{pct(k), pct(v)})
			}
		}
	}
	q, _ := url.ParseQuery(u.RawQuery)
	add(q)
	if body != "" {
		b, _ := url.ParseQuery(body)
		add(b)
	}
	for k, v := range oauth {
		if k != "oauth_signature" && k != "realm" {
			ps = append(ps, kv{pct(k), pct(v)})
		}
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].k != ps[j].k {
			return ps[i].k < ps[j].k
		}
		return ps[i].v < ps[j].v
	})
	var parts []string
	for _, p := range ps {
		parts = append(parts, p.k+"="+p.v)
	}
	host := strings.ToLower(u.Host)
	if (u.Scheme == "http" && strings.HasSuffix(host, ":80")) || (u.Scheme == "https" && strings.HasSuffix(host, ":443")) {
		host = host[:strings.LastIndexByte(host, ':')]
	}
	base := strings.ToLower(u.Scheme) + "://" + host + u.EscapedPath()
	return strings.ToUpper(method) + "&" + pct(base) + "&" + pct(strings.Join(parts, "&"))
}

func rfcHMACSHA1(base, consumerSecret, tokenSecret string) string {
	m := hmac.New(sha1.New, []byte(pct(consumerSecret)+"&"+pct(tokenSecret)))
	m.Write([]byte(base))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// TestRFC5849Vectors checks the independent implementation against the
// examples published in RFC 5849 (sections 1.2 and 3.4.1/3.1).
func TestRFC5849Vectors(t *testing.T) {
	// Section 1.2: GET photos with the token credentials.
	base := rfcBaseString("GET", "http://photos.example.net/photos?file=vacation.jpg&size=original", "", map[string]string{
		"oauth_consumer_key": "dpf43f3p2l4k3l03", "oauth_token": "nnch734d00sl2jdk",
		"oauth_signature_method": "HMAC-SHA1", "oauth_timestamp": "137131202", "oauth_nonce": "chapoH",
	})
	if got := rfcHMACSHA1(base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"); got != "MdpQcU8iPSUjWoN/UDMsK2sui9I=" {
		t.Errorf("RFC 5849 1.2 signature = %s", got)
	}
	// Section 3.4.1.1: the base string of the POST example, and its
	// signature from section 3.1.
	oauth := map[string]string{
		"oauth_consumer_key": "9djdj82h48djs9d2", "oauth_token": "kkk9d7dh3k39sjv7",
		"oauth_signature_method": "HMAC-SHA1", "oauth_timestamp": "137131201", "oauth_nonce": "7d8f3e4a",
		"realm": "Example",
	}
	base = rfcBaseString("POST", "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b", "c2&a3=2+q", oauth)
	want := "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"
	if base != want {
		t.Errorf("RFC 5849 3.4.1.1 base string:\n got %s\nwant %s", base, want)
	}
	if got := rfcHMACSHA1(base, "j49sk3j29djd", "dh893hdasih9"); got != "r6/TJjbCOr97/+UU0NsvSne7s5g=" {
		t.Errorf("RFC 5849 3.4.1.1 signature = %s", got)
	}
}

func parseAuthHeader(h string) map[string]string {
	out := map[string]string{}
	h = strings.TrimPrefix(h, "OAuth ")
	for _, p := range strings.Split(h, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		v, _ = url.PathUnescape(strings.Trim(v, `"`))
		out[k] = v
	}
	return out
}

// TestOAuth1SignerMatchesRFC signs real requests (GET with a query, POST
// with a form body) through the oauth1 signer and re-verifies each
// signature with the independent implementation; nonces must differ.
func TestOAuth1SignerMatchesRFC(t *testing.T) {
	type seen struct {
		method, url, body, authz string
	}
	var got []seen
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got = append(got, seen{r.Method, "http://" + r.Host + r.URL.RequestURI(), string(b), r.Header.Get("Authorization")})
		w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	e := userconfig.AuthEntry{Kind: "oauth1", Values: []string{"ck-12345678", "cs secret/+=", "ak-abcdefgh", "as~secret&"}}
	rt, err := newOAuth1Signer(e, http.DefaultTransport)
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Transport: rt}
	if _, err := c.Get(srv.URL + "/api.php?action=query&titles=A%20b%7CC&format=json"); err != nil {
		t.Fatal(err)
	}
	form := url.Values{"action": {"edit"}, "title": {"User:Bot/sandbox"}, "text": {"x = 1 + 2 & ü"}, "token": {"abc+\\"}}
	if _, err := c.PostForm(srv.URL+"/api.php", form); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("server saw %d requests", len(got))
	}
	nonces := map[string]bool{}
	for _, s := range got {
		p := parseAuthHeader(s.authz)
		if p["oauth_signature_method"] != "HMAC-SHA1" || p["oauth_consumer_key"] != "ck-12345678" || p["oauth_token"] != "ak-abcdefgh" {
			t.Fatalf("header fields: %v", p)
		}
		want := rfcHMACSHA1(rfcBaseString(s.method, s.url, s.body, p), "cs secret/+=", "as~secret&")
		if p["oauth_signature"] != want {
			t.Errorf("%s signature %s, independent implementation says %s", s.method, p["oauth_signature"], want)
		}
		nonces[p["oauth_nonce"]] = true
	}
	if len(nonces) != 2 {
		t.Error("nonce reused between requests")
	}
}

// TestNonceAlreadyUsedRetriedOnce: the wiki's "Nonce already used" refusal
// is retried once with a new nonce; a second refusal is not retried again.
func TestNonceAlreadyUsedRetriedOnce(t *testing.T) {
	var calls int32
	var refuse int32 = 1
	var nonces []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := atomic.AddInt32(&calls, 1)
		io.ReadAll(r.Body)
		nonces = append(nonces, parseAuthHeader(r.Header.Get("Authorization"))["oauth_nonce"])
		if n <= atomic.LoadInt32(&refuse) {
			w.Header().Set(APIErrorHeader, oauthErrorCode)
			w.Write([]byte(`{"error":{"code":"mwoauth-invalid-authorization","info":"The authorization headers in your request are not valid: Nonce already used: x"}}`))
			return
		}
		w.Write([]byte(`{"ok":1}`))
	}))
	defer srv.Close()
	rt, _ := newOAuth1Signer(userconfig.AuthEntry{Kind: "oauth1", Values: []string{"ck-12345678", "cs", "ak", "as"}}, http.DefaultTransport)
	c := &http.Client{Transport: rt}
	resp, err := c.PostForm(srv.URL+"/api.php", url.Values{"action": {"query"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if string(b) != `{"ok":1}` || calls != 2 || nonces[0] == nonces[1] {
		t.Fatalf("after one refusal: body %s, calls %d, nonces %v", b, calls, nonces)
	}
	calls, refuse = 0, 5
	resp, err = c.PostForm(srv.URL+"/api.php", url.Values{"action": {"query"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	if calls != 2 {
		t.Fatalf("persistent refusal: %d calls, want 2 (no retry storm)", calls)
	}
	var v struct{ Error struct{ Code, Info string } }
	json.Unmarshal(b, &v)
	if v.Error.Code != oauthErrorCode || !strings.Contains(v.Error.Info, "127.0.0.1") || !strings.Contains(v.Error.Info, "ck-123") || strings.Contains(v.Error.Info, "ck-12345678") {
		t.Fatalf("explained error: %+v", v.Error)
	}
}

func TestOAuthFixHints(t *testing.T) {
	cases := map[string]string{
		"The authorization headers in your request are not valid: Invalid signature":          "consumer secret and access secret",
		"The authorization headers in your request are not valid: Invalid access token":       "revoked",
		"The authorization headers in your request are not valid: Expired timestamp, yours 1": "clock",
		"The authorization headers in your request are not valid: Invalid consumer":           "Special:OAuthConsumerRegistration",
	}
	for info, want := range cases {
		got := OAuthFixHint(info, "en.wikipedia.org", "abcdef0123456789")
		if !strings.Contains(got, want) || !strings.Contains(got, "en.wikipedia.org") || !strings.Contains(got, "abcdef…") || strings.Contains(got, "abcdef0") {
			t.Errorf("%q → %q (want %q, host and key hint)", info, got, want)
		}
	}
}

func TestBearerSigner(t *testing.T) {
	var authz string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		authz = r.Header.Get("Authorization")
		w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	rt, err := newBearerSigner(userconfig.AuthEntry{Kind: "oauth2", Values: []string{"tok123"}}, http.DefaultTransport)
	if err != nil {
		t.Fatal(err)
	}
	(&http.Client{Transport: rt}).Get(srv.URL)
	if authz != "Bearer tok123" {
		t.Fatalf("Authorization = %q", authz)
	}
	if _, err := newBearerSigner(userconfig.AuthEntry{Kind: "oauth2", Values: []string{"a", "b"}}, nil); err == nil {
		t.Fatal("two values accepted for oauth2")
	}
}

// makeJWT builds a test JWT by hand (HS256).
func makeJWT(secret string, claims map[string]any, alg string) string {
	h, _ := json.Marshal(map[string]string{"typ": "JWT", "alg": alg})
	c, _ := json.Marshal(claims)
	s := base64.RawURLEncoding.EncodeToString(h) + "." + base64.RawURLEncoding.EncodeToString(c)
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(s))
	return s + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func TestVerifyIdentifyJWT(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	good := func() map[string]any {
		return map[string]any{"iss": "https://wiki.example.org", "aud": "ck", "iat": now.Unix(), "exp": now.Unix() + 100,
			"nonce": "n1", "username": "Bot", "groups": []string{"bot", "*"},
			"grants": map[string]string{"0": "basic", "1": "editpage"}}
	}
	id, err := VerifyIdentifyJWT(makeJWT("cs", good(), "HS256"), "cs", "ck", "wiki.example.org", "n1", now, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if id.Username != "Bot" || strings.Join(id.Grants, ",") != "basic,editpage" || id.Groups[0] != "bot" {
		t.Fatalf("identity %+v", id)
	}
	bad := []struct {
		name   string
		mutate func(m map[string]any)
		secret string
		alg    string
		want   string
	}{
		{"wrong secret", nil, "other", "HS256", "signature"},
		{"alg none", nil, "cs", "none", "algorithm"},
		{"audience", func(m map[string]any) { m["aud"] = "other" }, "cs", "HS256", "audience"},
		{"issuer", func(m map[string]any) { m["iss"] = "https://evil.example.org" }, "cs", "HS256", "issuer"},
		{"nonce", func(m map[string]any) { m["nonce"] = "n2" }, "cs", "HS256", "nonce"},
		{"expired", func(m map[string]any) { m["exp"] = now.Unix() - 60 }, "cs", "HS256", "expired"},
		{"future", func(m map[string]any) { m["iat"] = now.Unix() + 60 }, "cs", "HS256", "future"},
	}
	for _, b := range bad {
		m := good()
		if b.mutate != nil {
			b.mutate(m)
		}
		_, err := VerifyIdentifyJWT(makeJWT(b.secret, m, b.alg), "cs", "ck", "wiki.example.org", "n1", now, 30*time.Second)
		if err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%s: err = %v, want %q", b.name, err, b.want)
		}
	}
	// Within the leeway is accepted.
	m := good()
	m["exp"] = now.Unix() - 10
	if _, err := VerifyIdentifyJWT(makeJWT("cs", m, "HS256"), "cs", "ck", "wiki.example.org", "n1", now, 30*time.Second); err != nil {
		t.Errorf("exp within leeway refused: %v", err)
	}
}

func TestParseVerifier(t *testing.T) {
	h := &Handshake{requestToken: "rt1"}
	for in, want := range map[string]string{
		"abc123":                               "abc123",
		" oauth_verifier=v9&oauth_token=rt1\n": "v9",
		"https://x/cb?oauth_verifier=v8&oauth_token=rt1": "v8",
	} {
		got, err := h.ParseVerifier(in)
		if err != nil || got != want {
			t.Errorf("ParseVerifier(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := h.ParseVerifier("oauth_verifier=v&oauth_token=other"); err == nil {
		t.Error("verifier for another request token accepted")
	}
	if _, err := h.ParseVerifier(""); err == nil {
		t.Error("empty verifier accepted")
	}
}

func TestCredentialStore(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenCredentialStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := userconfig.AuthEntry{Kind: "oauth1", Values: []string{"ck", "cs", "ak", "as"}}
	if err := s.Put("wiki.example.org", "Bot", e); err != nil {
		t.Fatal(err)
	}
	if err := s.Put("other.example.org:8080", "Bot2", userconfig.AuthEntry{Kind: "oauth2", Values: []string{"tok"}}); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, CredentialsFileName)
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("store mode %o, want 600", st.Mode().Perm())
	}
	s2, err := OpenCredentialStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	es, err := s2.Entries()
	if err != nil {
		t.Fatal(err)
	}
	if got := es["wiki.example.org"]; got.Kind != "oauth1" || strings.Join(got.Values, ",") != "ck,cs,ak,as" {
		t.Fatalf("entry %+v", got)
	}
	if got := es["other.example.org:8080"]; got.Kind != "oauth2" || got.Values[0] != "tok" || s2.User("other.example.org:8080") != "Bot2" {
		t.Fatalf("entry %+v", got)
	}
	os.Chmod(p, 0o644)
	if _, err := OpenCredentialStore(dir); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("world-readable store: err = %v", err)
	}
	os.Chmod(p, 0o600)
	os.WriteFile(p, []byte("[h]\nkind = oauth1\nconsumer_key = x\n"), 0o600)
	s3, _ := OpenCredentialStore(dir)
	if _, err := s3.Entries(); err == nil || !strings.Contains(err.Error(), "consumer_secret is missing") {
		t.Fatalf("incomplete section: %v", err)
	}
}

func TestAuthenticateLineMasksSecrets(t *testing.T) {
	e := userconfig.AuthEntry{Kind: "oauth1", Values: []string{"ck", "cs", "ak", "as"}}
	if got := AuthenticateLine("h", e, false); got != "authenticate['h'] = ('ck', '<consumer_secret>', 'ak', '<access_secret>')" {
		t.Errorf("masked: %s", got)
	}
	if got := AuthenticateLine("h", e, true); got != "authenticate['h'] = ('ck', 'cs', 'ak', 'as')" {
		t.Errorf("revealed: %s", got)
	}
	if got := AuthenticateLine("h", userconfig.AuthEntry{Kind: "oauth2", Values: []string{"t"}}, false); got != "authenticate['h'] = ('<access_token>',)" {
		t.Errorf("oauth2: %s", got)
	}
}
