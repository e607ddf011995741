// Package oauth holds gowikibot's OAuth integration tests: the real test
// wiki behind the independent OAuth provider (tests/oauthprovider).
package oauth

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/tests/oauthprovider"
	"github.com/gowikibot/gowikibot/tests/wikitest"
	"github.com/gowikibot/gowikibot/userconfig"
)

func TestMain(m *testing.M) {
	code := wikitest.Main(m)
	if prov != nil {
		prov.Stop()
	}
	os.Exit(code)
}

var prov *oauthprovider.Provider

func provider(t testing.TB) (*wikitest.Wiki, *oauthprovider.Provider, oauthprovider.Config) {
	t.Helper()
	w := wikitest.Get(t)
	cfg := oauthprovider.DefaultConfig(w)
	if prov == nil {
		p, err := oauthprovider.Start(cfg)
		if err != nil {
			t.Fatal(err)
		}
		prov = p
	}
	return w, prov, cfg
}

// signedUserinfo asks for userinfo through an OAuth-signing transport.
func signedUserinfo(t *testing.T, p *oauthprovider.Provider, e userconfig.AuthEntry) (name string, errCode string, errInfo string) {
	t.Helper()
	tr, err := auth.NewTransport(nil, map[string]userconfig.AuthEntry{p.Host: e})
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Transport: tr}
	resp, err := c.PostForm(p.APIURL, url.Values{"action": {"query"}, "meta": {"userinfo"}, "format": {"json"}, "formatversion": {"2"}})
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var v struct {
		Query struct{ Userinfo struct{ Name string } }
		Error struct{ Code, Info string }
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("not JSON: %s", b)
	}
	return v.Query.Userinfo.Name, v.Error.Code, v.Error.Info
}

// TestHandshakeEndToEnd runs initiate → approval (by the test, as TestBot)
// → token → identify (JWT verified), then uses the new access token for a
// signed API request that the provider verifies and the wiki answers as
// TestBot, and keeps it in the credential store.
func TestHandshakeEndToEnd(t *testing.T) {
	w, p, cfg := provider(t)
	c := cfg.Consumers[1]
	h := &auth.Handshake{IndexURL: p.IndexURL, ConsumerKey: c.Key, ConsumerSecret: c.Secret}
	ctx := context.Background()
	authURL, err := h.Initiate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(authURL, p.IndexURL+"?title=Special%3AOAuth%2Fauthorize&oauth_token=") || !strings.Contains(authURL, "&oauth_consumer_key="+c.Key) {
		t.Fatalf("authorize URL %s", authURL)
	}
	qs, err := p.Approve(authURL, w.BotUser)
	if err != nil {
		t.Fatal(err)
	}
	verifier, err := h.ParseVerifier(qs)
	if err != nil {
		t.Fatal(err)
	}
	ak, as, err := h.Complete(ctx, verifier)
	if err != nil {
		t.Fatal(err)
	}
	id, err := h.Identify(ctx, ak, as)
	if err != nil {
		t.Fatal(err)
	}
	if id.Username != w.BotUser || !contains(id.Groups, "bot") || strings.Join(id.Grants, ",") != "basic,editpage" {
		t.Fatalf("identity %+v", id)
	}
	e := userconfig.AuthEntry{Kind: "oauth1", Values: []string{c.Key, c.Secret, ak, as}}
	if name, code, info := signedUserinfo(t, p, e); name != w.BotUser {
		t.Fatalf("userinfo with the new token: name %q, error %s %s", name, code, info)
	}
	dir := t.TempDir()
	s, _ := auth.OpenCredentialStore(dir)
	if err := s.Put(p.Host, id.Username, e); err != nil {
		t.Fatal(err)
	}
	s2, _ := auth.OpenCredentialStore(dir)
	es, _ := s2.Entries()
	if name, _, _ := signedUserinfo(t, p, es[p.Host]); name != w.BotUser {
		t.Fatalf("token from the store: userinfo name %q", name)
	}
	// The verifier cannot be used twice.
	if _, _, err := h.Complete(ctx, verifier); err == nil {
		t.Fatal("request token accepted twice")
	} else if strings.Contains(err.Error(), c.Secret) {
		t.Fatal("error shows the consumer secret")
	}
}

// TestWrongSecretAndRevokedToken: a wrong consumer secret and a revoked
// access token each give MediaWiki's code with gowikibot's explanation.
func TestWrongSecretAndRevokedToken(t *testing.T) {
	_, p, cfg := provider(t)
	c := cfg.Consumers[0]
	name, code, info := signedUserinfo(t, p, userconfig.AuthEntry{Kind: "oauth1", Values: []string{c.Key, "wrong-secret", c.AccessKey, c.AccessSecret}})
	if name != "" || code != "mwoauth-invalid-authorization" || !strings.Contains(info, "signature") || !strings.Contains(info, p.Host) || strings.Contains(info, "wrong-secret") {
		t.Fatalf("wrong secret: name %q code %q info %q", name, code, info)
	}
	// A second owner-only token for the same account, revoked.
	r := cfg.Consumers[2]
	if name, _, _ := signedUserinfo(t, p, userconfig.AuthEntry{Kind: "oauth1", Values: []string{r.Key, r.Secret, r.AccessKey, r.AccessSecret}}); name == "" {
		t.Fatal("read-only consumer refused before revocation")
	}
	if err := p.Revoke(r.AccessKey); err != nil {
		t.Fatal(err)
	}
	name, code, info = signedUserinfo(t, p, userconfig.AuthEntry{Kind: "oauth1", Values: []string{r.Key, r.Secret, r.AccessKey, r.AccessSecret}})
	if name != "" || code != "mwoauth-invalid-authorization" || !strings.Contains(info, "revoked") {
		t.Fatalf("revoked token: name %q code %q info %q", name, code, info)
	}
}

// TestReplayedNonceRefused replays one signed request byte for byte: the
// provider refuses the copy ("Nonce already used").
func TestReplayedNonceRefused(t *testing.T) {
	_, p, cfg := provider(t)
	c := cfg.Consumers[0]
	var captured *http.Request
	var body string
	tr, _ := auth.NewTransport(roundTripFunc(func(r *http.Request) (*http.Response, error) {
		b, _ := io.ReadAll(r.Body)
		body = string(b)
		captured = r
		return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("{}")), Header: http.Header{}}, nil
	}), map[string]userconfig.AuthEntry{p.Host: {Kind: "oauth1", Values: []string{c.Key, c.Secret, c.AccessKey, c.AccessSecret}}})
	(&http.Client{Transport: tr}).PostForm(p.APIURL, url.Values{"action": {"query"}, "meta": {"userinfo"}, "format": {"json"}})
	send := func() string {
		req, _ := http.NewRequest("POST", p.APIURL, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Authorization", captured.Header.Get("Authorization"))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	if first := send(); !strings.Contains(first, `"TestBot"`) {
		t.Fatalf("first send: %s", first)
	}
	if second := send(); !strings.Contains(second, "Nonce already used") {
		t.Fatalf("replay accepted: %s", second)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
