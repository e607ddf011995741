package auth

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/dghubble/oauth1"
)

// Handshake runs MediaWiki's OAuth 1.0a handshake against a wiki's
// index.php: Special:OAuth/initiate (callback "oob"), the user's approval at
// Special:OAuth/authorize, Special:OAuth/token and Special:OAuth/identify,
// whose JWT is verified (HS256 with the consumer secret, aud, iss, nonce,
// iat/exp).
type Handshake struct {
	// IndexURL is the wiki's index.php, e.g. "https://host/w/index.php".
	IndexURL       string
	ConsumerKey    string
	ConsumerSecret string
	// HTTPClient sends the requests (nil = http.DefaultClient).
	HTTPClient *http.Client
	// Now is the clock for the JWT checks (nil = time.Now).
	Now func() time.Time

	requestToken, requestSecret string
}

// Identity is the verified content of Special:OAuth/identify's JWT.
type Identity struct {
	Username string
	Groups   []string
	Rights   []string
	Grants   []string
	Issuer   string
}

func (h *Handshake) client() *http.Client {
	if h.HTTPClient != nil {
		return h.HTTPClient
	}
	return http.DefaultClient
}

func (h *Handshake) special(step string) string {
	return h.IndexURL + "?title=" + url.QueryEscape("Special:OAuth/"+step)
}

func (h *Handshake) config(n oauth1.Noncer) *oauth1.Config {
	return &oauth1.Config{
		ConsumerKey:    h.ConsumerKey,
		ConsumerSecret: h.ConsumerSecret,
		CallbackURL:    "oob",
		Endpoint: oauth1.Endpoint{
			RequestTokenURL: h.special("initiate"),
			AccessTokenURL:  h.special("token"),
		},
		HTTPClient: h.client(),
		Noncer:     n,
	}
}

func (h *Handshake) host() string {
	u, err := url.Parse(h.IndexURL)
	if err != nil {
		return h.IndexURL
	}
	return u.Host
}

// wrap turns a handshake failure into one paragraph naming the host, the
// consumer key's first characters, what the wiki said (never a whole page)
// and the fix; secrets never appear.
func (h *Handshake) wrap(step string, err error) error {
	err = condenseOAuth1Error(err)
	var ae *answerError
	errors.As(err, &ae)
	msg := err.Error()
	msg = strings.ReplaceAll(msg, h.ConsumerSecret, "<hidden>")
	if h.requestSecret != "" {
		msg = strings.ReplaceAll(msg, h.requestSecret, "<hidden>")
	}
	return fmt.Errorf("OAuth %s at %s failed (consumer key %s): %s. Fix: %s",
		step, h.host(), KeyHint(h.ConsumerKey), strings.TrimSuffix(strings.TrimSpace(msg), "."), answerFix(ae, h.IndexURL))
}

// Initiate asks the wiki for a request token and returns the URL where the
// user approves it.
func (h *Handshake) Initiate(ctx context.Context) (authorizeURL string, err error) {
	tok, sec, err := h.config(nil).RequestToken()
	if err != nil {
		return "", h.wrap("initiate", err)
	}
	h.requestToken, h.requestSecret = tok, sec
	return h.special("authorize") + "&oauth_token=" + url.QueryEscape(tok) +
		"&oauth_consumer_key=" + url.QueryEscape(h.ConsumerKey), nil
}

// ParseVerifier accepts what the user pastes after approving: the bare
// verifier or the "response query string" (oauth_verifier=..&oauth_token=..,
// possibly a whole URL). A token that is not this handshake's is an error.
func (h *Handshake) ParseVerifier(input string) (string, error) {
	s := strings.TrimSpace(input)
	if i := strings.IndexByte(s, '?'); i >= 0 && strings.Contains(s[i:], "oauth_verifier=") {
		s = s[i+1:]
	}
	if !strings.Contains(s, "oauth_verifier=") {
		if s == "" || strings.ContainsAny(s, " &=") {
			return "", errors.New("paste the verifier or the response query string (oauth_verifier=...&oauth_token=...)")
		}
		return s, nil
	}
	q, err := url.ParseQuery(s)
	if err != nil {
		return "", fmt.Errorf("cannot read the pasted query string: %v", err)
	}
	if t := q.Get("oauth_token"); t != "" && h.requestToken != "" && t != h.requestToken {
		return "", errors.New("the pasted query string is for another request token: approve the URL printed by this run")
	}
	v := q.Get("oauth_verifier")
	if v == "" {
		return "", errors.New("the pasted query string has no oauth_verifier")
	}
	return v, nil
}

// Complete exchanges the verifier for the access token and secret.
func (h *Handshake) Complete(ctx context.Context, verifier string) (accessKey, accessSecret string, err error) {
	if h.requestToken == "" {
		return "", "", errors.New("OAuth handshake: Initiate was not called")
	}
	ak, as, err := h.config(nil).AccessToken(h.requestToken, h.requestSecret, verifier)
	if err != nil {
		return "", "", h.wrap("token exchange", err)
	}
	return ak, as, nil
}

// Identify calls Special:OAuth/identify with the access token and verifies
// the JWT it returns.
func (h *Handshake) Identify(ctx context.Context, accessKey, accessSecret string) (*Identity, error) {
	n := &recordingNoncer{}
	cctx := context.WithValue(ctx, oauth1.HTTPClient, h.client())
	c := h.config(n).Client(cctx, oauth1.NewToken(accessKey, accessSecret))
	req, err := http.NewRequestWithContext(ctx, "POST", h.special("identify"), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, h.wrap("identify", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	tok := strings.TrimSpace(string(body))
	if resp.StatusCode != 200 || strings.Count(tok, ".") != 2 {
		return nil, h.wrap("identify", fmt.Errorf("no JWT in the answer: %w", describeAnswer(resp.StatusCode, tok)))
	}
	now := time.Now
	if h.Now != nil {
		now = h.Now
	}
	u, _ := url.Parse(h.IndexURL)
	id, err := VerifyIdentifyJWT(tok, h.ConsumerSecret, h.ConsumerKey, u.Host, n.Last(), now(), 30*time.Second)
	if err != nil {
		return nil, h.wrap("identify", err)
	}
	return id, nil
}

// VerifyIdentifyJWT checks a Special:OAuth/identify JWT as mwoauth does:
// HS256 signature keyed by the consumer secret, aud = consumer key, the
// issuer's host = host, nonce = the request's nonce, iat not in the future
// and exp not past (both with leeway). grants may be a list or an object
// with numeric keys, as MediaWiki sends it.
func VerifyIdentifyJWT(token, consumerSecret, consumerKey, host, nonce string, now time.Time, leeway time.Duration) (*Identity, error) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil, errors.New("identify: not a JWT")
	}
	hb, err1 := base64.RawURLEncoding.DecodeString(parts[0])
	pb, err2 := base64.RawURLEncoding.DecodeString(parts[1])
	sig, err3 := base64.RawURLEncoding.DecodeString(parts[2])
	if err1 != nil || err2 != nil || err3 != nil {
		return nil, errors.New("identify: JWT is not base64url")
	}
	var hdr struct {
		Alg string `json:"alg"`
	}
	if err := json.Unmarshal(hb, &hdr); err != nil || hdr.Alg != "HS256" {
		return nil, fmt.Errorf("identify: JWT algorithm %q, want HS256", hdr.Alg)
	}
	mac := hmac.New(sha256.New, []byte(consumerSecret))
	mac.Write([]byte(parts[0] + "." + parts[1]))
	if !hmac.Equal(mac.Sum(nil), sig) {
		return nil, errors.New("identify: JWT signature does not verify with the consumer secret")
	}
	var c struct {
		Iss      string          `json:"iss"`
		Aud      json.RawMessage `json:"aud"`
		Iat      float64         `json:"iat"`
		Exp      float64         `json:"exp"`
		Nonce    string          `json:"nonce"`
		Username string          `json:"username"`
		Groups   []string        `json:"groups"`
		Rights   []string        `json:"rights"`
		Grants   json.RawMessage `json:"grants"`
	}
	if err := json.Unmarshal(pb, &c); err != nil {
		return nil, fmt.Errorf("identify: JWT claims: %v", err)
	}
	var aud []string
	var one string
	if json.Unmarshal(c.Aud, &one) == nil {
		aud = []string{one}
	} else {
		json.Unmarshal(c.Aud, &aud)
	}
	okAud := false
	for _, a := range aud {
		okAud = okAud || a == consumerKey
	}
	if !okAud {
		return nil, errors.New("identify: JWT audience is not this consumer")
	}
	iss, err := url.Parse(c.Iss)
	if err != nil || !strings.EqualFold(iss.Host, host) {
		return nil, fmt.Errorf("identify: JWT issuer %q is not %s", c.Iss, host)
	}
	if c.Nonce != nonce {
		return nil, errors.New("identify: JWT nonce does not match the request's")
	}
	t := float64(now.Unix())
	if c.Iat > t+leeway.Seconds() {
		return nil, errors.New("identify: JWT issued in the future (check this machine's clock)")
	}
	if c.Exp != 0 && c.Exp < t-leeway.Seconds() {
		return nil, errors.New("identify: JWT expired (check this machine's clock)")
	}
	id := &Identity{Username: c.Username, Groups: c.Groups, Rights: c.Rights, Issuer: c.Iss}
	var gl []string
	if json.Unmarshal(c.Grants, &gl) == nil {
		id.Grants = gl
	} else {
		var gm map[string]string
		if json.Unmarshal(c.Grants, &gm) == nil {
			for i := 0; i < len(gm); i++ {
				if g, ok := gm[fmt.Sprint(i)]; ok {
					id.Grants = append(id.Grants, g)
				}
			}
		}
	}
	if id.Username == "" {
		return nil, errors.New("identify: JWT has no username")
	}
	return id, nil
}
