package auth

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/dghubble/oauth1"

	"github.com/gowikibot/gowikibot/userconfig"
)

// OAuth in gowikibot: authenticate entries of kind "oauth1" (pywikibot's
// 4-tuple (consumer_key, consumer_secret, access_key, access_secret)) sign
// every request to their host with OAuth 1.0a HMAC-SHA1 in the Authorization
// header, form-body parameters included in the signature and a fresh nonce
// each time; entries of kind "oauth2" (gowikibot's 1-tuple (access_token,))
// send "Authorization: Bearer <token>". Neither ever logs in with cookies.

func init() {
	RegisterSigner("oauth1", newOAuth1Signer)
	RegisterSigner("oauth2", newBearerSigner)
}

// APIErrorHeader is the response header in which MediaWiki names the code
// of an API error.
const APIErrorHeader = "MediaWiki-API-Error"

// oauthErrorCode is MediaWiki's code for a refused OAuth signature or token.
const oauthErrorCode = "mwoauth-invalid-authorization"

// KeyHint shows the first characters of a consumer key or token, enough to
// tell which one is meant without revealing it.
func KeyHint(key string) string {
	if len(key) <= 6 {
		return strings.Repeat("*", len(key))
	}
	return key[:6] + "…"
}

type oauth1Signer struct {
	consumerKey string
	signed      http.RoundTripper
	next        http.RoundTripper
}

func newOAuth1Signer(e userconfig.AuthEntry, next http.RoundTripper) (http.RoundTripper, error) {
	if len(e.Values) != 4 {
		return nil, fmt.Errorf("OAuth 1.0a needs (consumer_key, consumer_secret, access_key, access_secret), got %d values", len(e.Values))
	}
	for i, v := range e.Values {
		if v == "" {
			return nil, fmt.Errorf("OAuth 1.0a value %d of 4 is empty", i+1)
		}
	}
	cfg := oauth1.NewConfig(e.Values[0], e.Values[1])
	ctx := context.WithValue(context.Background(), oauth1.HTTPClient, &http.Client{Transport: next})
	client := cfg.Client(ctx, oauth1.NewToken(e.Values[2], e.Values[3]))
	return &oauth1Signer{consumerKey: e.Values[0], signed: client.Transport, next: next}, nil
}

// RoundTrip signs r. A "Nonce already used" refusal is retried once with a
// new nonce; other OAuth refusals get an explanation in the error info.
func (s *oauth1Signer) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := s.signed.RoundTrip(r)
	if err != nil {
		return resp, err
	}
	if code := resp.Header.Get(APIErrorHeader); code != oauthErrorCode {
		explainUnderOAuth(resp, code, r.URL.Host, s.consumerKey)
		return resp, nil
	}
	info, body := readAPIErrorInfo(resp)
	if strings.Contains(info, "Nonce already used") && (r.Body == nil || r.GetBody != nil) {
		r2 := r.Clone(r.Context())
		if r.GetBody != nil {
			b, gerr := r.GetBody()
			if gerr != nil {
				return nil, gerr
			}
			r2.Body = b
		}
		resp2, err2 := s.signed.RoundTrip(r2)
		if err2 != nil || resp2.Header.Get(APIErrorHeader) != oauthErrorCode {
			return resp2, err2
		}
		info, body = readAPIErrorInfo(resp2)
		resp = resp2
	}
	explainOAuthError(resp, body, info, r.URL.Host, s.consumerKey)
	return resp, nil
}

type bearerSigner struct {
	token string
	next  http.RoundTripper
}

func newBearerSigner(e userconfig.AuthEntry, next http.RoundTripper) (http.RoundTripper, error) {
	if len(e.Values) != 1 || e.Values[0] == "" {
		return nil, fmt.Errorf("OAuth 2.0 needs one access token: authenticate['host'] = ('<access token>',)")
	}
	return &bearerSigner{token: e.Values[0], next: next}, nil
}

func (b *bearerSigner) RoundTrip(r *http.Request) (*http.Response, error) {
	r2 := r.Clone(r.Context())
	r2.Header.Set("Authorization", "Bearer "+b.token)
	resp, err := b.next.RoundTrip(r2)
	if err != nil {
		return resp, err
	}
	if code := resp.Header.Get(APIErrorHeader); code != oauthErrorCode {
		explainUnderOAuth(resp, code, r.URL.Host, b.token)
		return resp, nil
	}
	info, body := readAPIErrorInfo(resp)
	explainOAuthError(resp, body, info, r.URL.Host, b.token)
	return resp, nil
}

// readAPIErrorInfo reads resp's body and returns the API error's info; the
// body is put back so that the response can still be read.
func readAPIErrorInfo(resp *http.Response) (info string, body []byte) {
	body, _ = io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
	var v struct {
		Error struct {
			Info string `json:"info"`
		} `json:"error"`
	}
	if json.Unmarshal(body, &v) == nil {
		info = v.Error.Info
	}
	return info, body
}

// explainOAuthError replaces the info of a mwoauth-invalid-authorization
// error with one paragraph that names the host, the key's first characters
// and the fix. The code is kept, so callers still see the API's code.
func explainOAuthError(resp *http.Response, body []byte, info, host, key string) {
	var v map[string]any
	if json.Unmarshal(body, &v) != nil {
		return
	}
	e, _ := v["error"].(map[string]any)
	if e == nil {
		return
	}
	e["info"] = OAuthFixHint(info, host, key)
	nb, err := json.Marshal(v)
	if err != nil {
		return
	}
	resp.Body = io.NopCloser(bytes.NewReader(nb))
	resp.ContentLength = int64(len(nb))
	resp.Header.Set("Content-Length", strconv.Itoa(len(nb)))
}

// OAuthFixHint explains an OAuth refusal from host (the wiki's own words in
// info) for the consumer key or token key, with the fix.
func OAuthFixHint(info, host, key string) string {
	l := strings.ToLower(info)
	var why, fix string
	switch {
	case strings.Contains(l, "signature"):
		why = "the request signature is wrong"
		fix = "check the consumer secret and access secret in authenticate['" + host + "'] (or run 'gowikibot login -oauth' again)"
	case strings.Contains(l, "timestamp"):
		why = "the wiki refused the request's timestamp"
		fix = "this machine's clock is probably wrong: synchronise it (e.g. with NTP) and try again"
	case strings.Contains(l, "nonce"):
		why = "the wiki saw the request's nonce twice"
		fix = "try again; if it keeps happening, two processes may share one clock-skewed token"
	case strings.Contains(l, "consumer"):
		why = "the wiki does not know the consumer (or it was disabled)"
		fix = "check the consumer key, or register a new consumer at Special:OAuthConsumerRegistration"
	case strings.Contains(l, "token"):
		why = "the access token is unknown or was revoked"
		fix = "check the access key, or create a new token: re-register an owner-only consumer or run 'gowikibot login -oauth'"
	default:
		why = "the wiki refused the OAuth credentials"
		fix = "check authenticate['" + host + "'] or run 'gowikibot login -oauth' again"
	}
	return fmt.Sprintf("OAuth login to %s refused (key %s): %s (the wiki said: %q). Fix: %s.", host, KeyHint(key), why, info, fix)
}

// explainUnderOAuth rewrites the info of API errors whose meaning changes
// under OAuth: "cannotlogout" (OAuth sessions have no logout; the grant is
// revoked on the wiki) and "permissiondenied" (the consumer may lack the
// grant). Other responses are left alone.
func explainUnderOAuth(resp *http.Response, code, host, key string) {
	var msg string
	switch code {
	case "cannotlogout":
		msg = fmt.Sprintf("There is no logout under OAuth: requests to %s are signed with an OAuth token (key %s), not a login session. "+
			"To end the bot's access, revoke the grant on the wiki at Special:OAuthManageMyGrants, then remove the token "+
			"(gowikibot credentials delete %s, or the authenticate line in user-config.py).", host, KeyHint(key), host)
	case "permissiondenied":
	default:
		return
	}
	info, body := readAPIErrorInfo(resp)
	if code == "permissiondenied" {
		msg = fmt.Sprintf("%s (The request to %s was signed with OAuth key %s: the consumer may lack the grant for this action. "+
			"Fix: give the consumer the grant, e.g. propose a new version of an owner-only consumer at "+
			"Special:OAuthConsumerRegistration with the grant added, or run 'gowikibot login -oauth' with a consumer that has it.)",
			info, host, KeyHint(key))
	}
	var v map[string]any
	if json.Unmarshal(body, &v) != nil {
		return
	}
	if e, _ := v["error"].(map[string]any); e != nil {
		e["info"] = msg
		if nb, err := json.Marshal(v); err == nil {
			resp.Body = io.NopCloser(bytes.NewReader(nb))
			resp.ContentLength = int64(len(nb))
			resp.Header.Set("Content-Length", strconv.Itoa(len(nb)))
		}
	}
}

// recordingNoncer remembers the nonces it made, so that the identify JWT's
// nonce can be checked against the request's.
type recordingNoncer struct {
	mu   sync.Mutex
	last string
}

func (n *recordingNoncer) Nonce() string {
	s := oauth1.HexNoncer{}.Nonce()
	n.mu.Lock()
	n.last = s
	n.mu.Unlock()
	return s
}

func (n *recordingNoncer) Last() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.last
}
