package site

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"
)

// loggedInFixture is a fixture whose cookie file holds a live session (a
// run before logged in), and a fresh site over it.
func loggedInFixture(t *testing.T) (*siteFixture, *APISite) {
	t.Helper()
	fx := newFixture(t, nil)
	if err := fx.s.Login(context.Background()); err != nil {
		t.Fatal(err)
	}
	fx.f.resetLog()
	return fx, fx.open(t, nil)
}

// The early session request answers everything the run would otherwise
// ask its own request for: one request in all, sent before anything asks.
func TestStartSessionAnswersTheFirstNeeds(t *testing.T) {
	fx, s := loggedInFixture(t)
	// the wiki holds the answer until the site is asked for it: the asks
	// wait for the request in flight instead of sending their own
	release := make(chan struct{})
	fx.f.onNext(func(http.ResponseWriter, *http.Request, url.Values) bool {
		<-release
		return false
	})
	s.StartSession()
	done := make(chan error, 1)
	go func() {
		_, err := s.SiteInfo(context.Background())
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if !s.LoggedIn() || s.User() != "TestBot" {
		t.Fatalf("LoggedIn %v, User %q", s.LoggedIn(), s.User())
	}
	if err := s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if ui, err := s.UserInfo(ctx); err != nil || ui.Name != "TestBot" {
		t.Fatalf("userinfo %+v, %v", ui, err)
	}
	if tok, err := s.Token(ctx, "csrf"); err != nil || !strings.HasPrefix(tok, "csrf-") {
		t.Fatalf("csrf token %q, %v", tok, err)
	}
	if got := fx.f.requests(); !reflect.DeepEqual(got, []string{"GET query"}) {
		t.Fatalf("requests %v, want the one session request", got)
	}
	q, _ := url.ParseQuery(fx.f.bodies[0])
	if q.Get("meta") != "userinfo|siteinfo|tokens" || q.Get("type") != "csrf|login" {
		t.Fatalf("session request %v", q)
	}
}

// Without a live session the early request brings the login token: a
// login is three requests, as without it.
func TestStartSessionColdLoginUsesItsLoginToken(t *testing.T) {
	fx := newFixture(t, nil)
	fx.s.StartSession()
	if err := fx.s.Login(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []string{"GET query", "POST login", "GET query"}
	if got := fx.f.requests(); !reflect.DeepEqual(got, want) {
		t.Fatalf("requests %v, want %v", got, want)
	}
	if fx.s.User() != "TestBot" {
		t.Fatalf("user %q", fx.s.User())
	}
}

// A failed early request is tried once and dropped: the first that needs
// the session sends it again with the retry rules, and gets what it gets
// without the early request.
func TestStartSessionFailureIsRetriedOnDemand(t *testing.T) {
	unavailable := func(w http.ResponseWriter, _ *http.Request, _ url.Values) bool {
		http.Error(w, "down", http.StatusServiceUnavailable)
		return true
	}
	fx, s := loggedInFixture(t)
	fx.f.onNext(unavailable)
	s.StartSession()
	si, err := s.SiteInfo(context.Background())
	if err != nil || si.General.SiteName != "FakeWiki" {
		t.Fatalf("siteinfo %+v, %v", si, err)
	}
	if got := fx.f.requests(); len(got) != 2 || len(fx.sl.got()) != 0 {
		t.Fatalf("requests %v, waits %v: want the failed early one and one more, no wait", got, fx.sl.got())
	}

	// a wiki that stays down: the same error and retries as without it
	var errs [2]error
	var reqs [2]int
	for i, early := range []bool{false, true} {
		fx, s := loggedInFixture(t)
		s.cfg.MaxRetries = 2
		fx.f.onEvery(unavailable)
		if early {
			s.StartSession()
		}
		_, errs[i] = s.SiteInfo(context.Background())
		reqs[i] = len(fx.f.requests())
	}
	var re *RetryError
	if !errors.As(errs[1], &re) || errs[0].Error() != errs[1].Error() {
		t.Fatalf("errors %v / %v", errs[0], errs[1])
	}
	if reqs[0] != 3 || reqs[1] != 4 {
		t.Fatalf("requests %v, want 3 without the early request, 4 with it", reqs)
	}
}

// Closing the site ends an early request still in flight.
func TestStartSessionEndsWithClose(t *testing.T) {
	fx, s := loggedInFixture(t)
	hold := make(chan struct{})
	defer close(hold)
	fx.f.onNext(func(http.ResponseWriter, *http.Request, url.Values) bool {
		<-hold
		return false
	})
	s.StartSession()
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close waited for the early request")
	}
}
