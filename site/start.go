package site

import (
	"context"
	"net/url"
	"sync"
)

// The session request begun early. pywikibot's APISite asks the wiki for
// the userinfo as it is made (its initializer calls login(cookie_only=True)),
// so a pywikibot run that makes its site before the script runs (pwb.py
// with global options before the script's name) sends that request first,
// whatever the script then does. gowikibot's first request is the session
// request (userinfo, siteinfo and the tokens together), sent when the
// script first needs one of them; StartSession sends it in the background
// instead, while the interpreter starts and the script is compiled, so
// that it is answered by the time the script asks.
//
// Until it is answered, everything that would read what it brings or send
// a request of its own waits for it (SiteInfo, UserInfo, Token, Login,
// LoggedIn, User, Do): the script sees the same state at the same points
// as when the request is sent on demand, and no second session request
// goes out beside it. It is tried once: when it fails (the wiki is down,
// lagged, read-only), its answer is dropped and the first that needs it
// sends it again with pywikibot's retry rules, so errors and waits are
// reported where they are without it.

// startReq is a session request sent by StartSession.
type startReq struct {
	done   chan struct{}
	cancel context.CancelFunc
}

// startState is the site's early session request (zero: none).
type startState struct {
	mu  sync.Mutex
	req *startReq
	// loginToken is the login token the early request brought, for the
	// first Login to use (a login without saved session cookies).
	loginToken string
}

// StartSession sends the session request in the background (once per
// site; nothing when the site has its siteinfo already). A user's request
// also asks for the login token, so that a login needs no request of its
// own for it.
func (s *APISite) StartSession() {
	s.start.mu.Lock()
	defer s.start.mu.Unlock()
	s.mu.Lock()
	have := s.siteinfo != nil
	s.mu.Unlock()
	if s.start.req != nil || have {
		return
	}
	kinds := s.sessionTokenKinds()
	if kinds != "" && !s.signedPOST() {
		kinds += "|login"
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &startReq{done: make(chan struct{}), cancel: cancel}
	s.start.req = r
	go func() {
		defer close(r.done)
		defer cancel()
		tokens, err := s.sessionRequest(ctx, kinds, true)
		if err == nil && tokens["login"] != "" {
			s.start.mu.Lock()
			s.start.loginToken = tokens["login"]
			s.start.mu.Unlock()
		}
	}()
}

// awaitStart waits until the early session request (if any) is answered
// or has failed, or ctx ends.
func (s *APISite) awaitStart(ctx context.Context) error {
	s.start.mu.Lock()
	r := s.start.req
	s.start.mu.Unlock()
	if r == nil {
		return nil
	}
	select {
	case <-r.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// takeStartLoginToken returns the login token of the early session
// request, once.
func (s *APISite) takeStartLoginToken() string {
	s.start.mu.Lock()
	defer s.start.mu.Unlock()
	t := s.start.loginToken
	s.start.loginToken = ""
	return t
}

// stopStart cancels an early session request still in flight and waits
// for it to end (the site is closed).
func (s *APISite) stopStart() {
	s.start.mu.Lock()
	r := s.start.req
	s.start.mu.Unlock()
	if r != nil {
		r.cancel()
		<-r.done
	}
}

// sessionParams are the parameters of a session request: the userinfo,
// the siteinfo when needSI, and the tokens of the given kinds.
func sessionParams(needSI bool, tokenTypes string) url.Values {
	p := url.Values{"action": {"query"}, "meta": {"userinfo"}, "uiprop": {uiprop}}
	if needSI {
		mergeList(p, "meta", "siteinfo")
		p.Set("siprop", "general|namespaces|namespacealiases")
	}
	if tokenTypes != "" {
		mergeList(p, "meta", "tokens")
		p.Set("type", tokenTypes)
	}
	return p
}
