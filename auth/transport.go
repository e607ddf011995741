package auth

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/gowikibot/gowikibot/userconfig"
)

// Signer builds an http.RoundTripper that authenticates every request it
// sends through next with the credentials of one authenticate entry (for
// example an OAuth 1.0a signer for Kind "oauth1"). Signers are registered
// per entry kind with RegisterSigner.
type Signer func(entry userconfig.AuthEntry, next http.RoundTripper) (http.RoundTripper, error)

var (
	signersMu sync.RWMutex
	signers   = map[string]Signer{}
)

// RegisterSigner makes kind ("oauth1", "oauth2", ...) usable in
// authenticate entries. "basic" is built in. Registering a kind twice
// replaces the earlier signer.
func RegisterSigner(kind string, s Signer) {
	signersMu.Lock()
	defer signersMu.Unlock()
	signers[kind] = s
}

func signerFor(kind string) Signer {
	signersMu.RLock()
	defer signersMu.RUnlock()
	return signers[kind]
}

// MatchAuth returns the authenticate key that applies to host ("name" or
// "name:port"), as pywikibot's get_authentication matches it: the exact
// netloc, then "*.suffix" wildcards from the longest suffix to the
// shortest (a port stays part of the last label), then "*". ok is false
// when nothing matches.
func MatchAuth(entries map[string]userconfig.AuthEntry, host string) (key string, ok bool) {
	if len(entries) == 0 {
		return "", false
	}
	if _, ok := entries[host]; ok {
		return host, true
	}
	parts := strings.Split(host, ".")
	for i := 1; i <= len(parts); i++ {
		k := strings.Join(append([]string{"*"}, parts[i:]...), ".")
		if _, ok := entries[k]; ok {
			return k, true
		}
	}
	return "", false
}

// Transport is the HTTP transport chain keyed by host: requests to a host
// with a "basic" authenticate entry get HTTP basic auth, requests to a host
// whose entry has a registered Signer go through that signer, and the rest
// go straight to the base transport.
type Transport struct {
	base    http.RoundTripper
	entries map[string]userconfig.AuthEntry
	chains  map[string]http.RoundTripper // key: authenticate key
}

// NewTransport builds the chain for the authenticate entries over base
// (nil = http.DefaultTransport). An entry whose kind has no registered
// signer is an error naming the host, never its secrets.
func NewTransport(base http.RoundTripper, entries map[string]userconfig.AuthEntry) (*Transport, error) {
	if base == nil {
		base = http.DefaultTransport
	}
	t := &Transport{base: base, entries: entries, chains: map[string]http.RoundTripper{}}
	keys := make([]string, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := entries[k]
		switch e.Kind {
		case "basic":
			if len(e.Values) != 2 {
				return nil, fmt.Errorf("authenticate[%q]: basic auth needs (user, password)", k)
			}
			t.chains[k] = basicAuth{user: e.Values[0], pass: e.Values[1], next: base}
		default:
			s := signerFor(e.Kind)
			if s == nil {
				return nil, fmt.Errorf("authenticate[%q]: %s is not supported by this build", k, e.Kind)
			}
			rt, err := s(e, base)
			if err != nil {
				return nil, fmt.Errorf("authenticate[%q]: %w", k, err)
			}
			t.chains[k] = rt
		}
	}
	return t, nil
}

// RoundTrip implements http.RoundTripper.
func (t *Transport) RoundTrip(r *http.Request) (*http.Response, error) {
	if k, ok := MatchAuth(t.entries, r.URL.Host); ok {
		return t.chains[k].RoundTrip(r)
	}
	return t.base.RoundTrip(r)
}

// Kind returns the authenticate kind that applies to host ("" = none).
func (t *Transport) Kind(host string) string {
	if t == nil {
		return ""
	}
	if k, ok := MatchAuth(t.entries, host); ok {
		return t.entries[k].Kind
	}
	return ""
}

type basicAuth struct {
	user, pass string
	next       http.RoundTripper
}

func (b basicAuth) RoundTrip(r *http.Request) (*http.Response, error) {
	r2 := r.Clone(r.Context())
	r2.SetBasicAuth(b.user, b.pass)
	return b.next.RoundTrip(r2)
}
