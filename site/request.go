package site

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/gowikibot/gowikibot/auth"
)

// Request is one API call.
type Request struct {
	// Params are the API parameters; format, formatversion (2 unless given), maxlag, assert
	// and the token are added by Do.
	Params url.Values
	// Write marks a write action (edit, move, delete, ...): it is POSTed,
	// gets assert=user (unless Assert says otherwise) and is spaced by
	// put_throttle.
	Write bool
	// Token is the token type the request needs ("csrf", "patrol", ...);
	// Do puts it in the "token" parameter and refreshes it once on
	// badtoken.
	Token string
	// Assert overrides the assert parameter of a write ("user", "bot";
	// "-" sends none).
	Assert string
	// Post forces POST for a read.
	Post bool
	// noSession: a login-flow request: no assert, no re-login.
	noSession bool
	// early: StartSession's request: sent once, without retries, and not
	// waiting for itself.
	early bool
}

// writeActions are POSTed and write-throttled.
var writeActions = map[string]bool{
	"edit": true, "move": true, "delete": true, "undelete": true, "protect": true,
	"upload": true, "rollback": true, "patrol": true, "review": true, "block": true,
	"unblock": true, "import": true, "emailuser": true, "watch": true, "purge": true,
	"mergehistory": true, "changecontentmodel": true, "managetags": true, "tag": true,
	"options": true, "userrights": true, "createaccount": true, "thank": true,
}

// postActions are always POSTed.
var postActions = map[string]bool{"login": true, "clientlogin": true, "logout": true}

// sessionLost are the error codes that mean the login session is gone.
var sessionLost = map[string]bool{
	"assertuserfailed": true, "assertbotfailed": true, "assertnameduserfailed": true,
	"notloggedin": true, "readapidenied": false,
}

// Get sends a read request and decodes the response into out.
func (s *APISite) Get(ctx context.Context, params url.Values, out any) error {
	return s.Do(ctx, &Request{Params: params}, out)
}

// Do sends r with pywikibot's rules and decodes the JSON response into
// out (a pointer, or nil). Errors: *APIError for API errors, *RetryError
// when max_retries were used up, *SessionError when the session could not
// be re-established, or a transport error.
//
// A write when the site is known to be anonymous fails locally with
// assertuserfailed. A badtoken error refreshes the token and retries once;
// a lost session (assertuserfailed, notloggedin, or a query whose userinfo
// names someone else) logs in again once and retries.
func (s *APISite) Do(ctx context.Context, r *Request, out any) error {
	if !r.early {
		if err := s.awaitStart(ctx); err != nil {
			return err
		}
	}
	action := r.Params.Get("action")
	write := r.Write || writeActions[action]
	assert := ""
	if write && !r.noSession {
		assert = r.Assert
		if assert == "" {
			assert = "user"
		}
		if assert == "-" {
			assert = ""
		}
	}
	if write && s.cfg.Simulate {
		// pywikibot's -simulate: the write is not sent; it "succeeds".
		s.logf(0, "SIMULATION: %s action blocked.", action)
		if out == nil {
			return nil
		}
		return json.Unmarshal([]byte(`{"`+action+`":{"result":"Success","nochange":true}}`), out)
	}
	if assert != "" {
		if err := s.ensureLoggedInForWrite(ctx); err != nil {
			return err
		}
	}
	checkUser := action == "query" && !r.noSession && s.expectUser()
	tokenRetried, reloginDone := false, false
	for {
		p := cloneValues(r.Params)
		if assert != "" {
			p.Set("assert", assert)
		}
		if r.Token != "" {
			tok, err := s.Token(ctx, r.Token)
			if err != nil {
				return err
			}
			p.Set("token", tok)
		}
		var ui *userinfoEnvelope
		target := out
		if checkUser {
			mergeList(p, "meta", "userinfo")
			if c, ok := out.(userInfoCarrier); ok {
				c.resetUserInfo() // a retry must not inherit the last answer's fields
			} else {
				ui = &userinfoEnvelope{}
				target = multiTarget{out, ui}
			}
		}
		post := r.Post || write || postActions[action] || r.Token != "" || p.Has("token") || s.signedPOST()
		err := s.call(ctx, p, post, write, r.early, target)
		code := ErrorCode(err)
		switch {
		case code == "badtoken" && r.Token != "" && !tokenRetried:
			tokenRetried = true
			s.logf(1, "badtoken: refreshing the %s token and retrying", r.Token)
			s.dropTokens()
			continue
		case code == "assertbotfailed" && !s.sessionGone(ctx):
			return err // logged in, but without the bot right: not a lost session
		case err != nil && sessionLost[code] && !r.noSession && !reloginDone && s.canRelogin():
			reloginDone = true
			s.logf(1, "%s: the session was lost; logging in again", code)
			if lerr := s.relogin(ctx); lerr != nil {
				return &SessionError{User: s.opts.Username, Err: lerr}
			}
			continue
		case err != nil && sessionLost[code] && reloginDone:
			return &SessionError{User: s.opts.Username, Err: err}
		case err != nil:
			return err
		}
		var got *UserInfo
		if ui != nil {
			got = ui.Query.UserInfo
		} else if c, ok := out.(userInfoCarrier); ok && checkUser {
			got = c.queryUserInfo()
		}
		if got != nil {
			name := got.Name
			if got.Anon || name != s.accountName() {
				if reloginDone || !s.canRelogin() {
					return &SessionError{User: s.opts.Username, Err: fmt.Errorf("the wiki answers as %q", name)}
				}
				reloginDone = true
				s.logf(1, "the wiki answered as %q instead of %q; logging in again", name, s.accountName())
				if lerr := s.relogin(ctx); lerr != nil {
					return &SessionError{User: s.opts.Username, Err: lerr}
				}
				continue
			}
		}
		return nil
	}
}

// sessionGone asks the wiki whether the session still names the user.
func (s *APISite) sessionGone(ctx context.Context) bool {
	ui, err := s.RefreshUserInfo(ctx)
	return err != nil || ui == nil || ui.Anon || ui.Name != s.accountName()
}

// CallAPI implements auth.Caller: one request of the login flow, with the
// retry rules but without assert or re-login.
func (s *APISite) CallAPI(ctx context.Context, params url.Values, post bool, out any) error {
	return s.Do(ctx, &Request{Params: params, Post: post, noSession: true}, out)
}

// userinfoEnvelope picks the userinfo out of a query response.
type userinfoEnvelope struct {
	Query struct {
		UserInfo *UserInfo `json:"userinfo"`
	} `json:"query"`
}

// userInfoCarrier is a typed response that decodes query.userinfo itself,
// so the body is decoded once.
type userInfoCarrier interface {
	queryUserInfo() *UserInfo
	resetUserInfo()
}

// signedPOST reports whether requests are signed (OAuth: no cookie login)
// and so must all be POSTs, as pywikibot does (T108182).
func (s *APISite) signedPOST() bool { return s.authKind != "" && s.authKind != "basic" }

// multiTarget decodes one body into several values.
type multiTarget []any

func cloneValues(v url.Values) url.Values {
	c := make(url.Values, len(v)+6)
	for k, vs := range v {
		c[k] = append([]string(nil), vs...)
	}
	return c
}

// mergeList adds item to a |-separated parameter.
func mergeList(p url.Values, key, item string) {
	cur := p.Get(key)
	if cur == "" {
		p.Set(key, item)
		return
	}
	for _, x := range strings.Split(cur, "|") {
		if x == item {
			return
		}
	}
	p.Set(key, cur+"|"+item)
}

// call sends one logical request, retrying maxlag, readonly, rate limits,
// 5xx and transport errors as pywikibot does.
func (s *APISite) call(ctx context.Context, p url.Values, post, write, once bool, out any) error {
	p.Set("format", "json")
	// formatversion 2 unless the caller asks for another (pywikibot's
	// cached requests keep the wiki's formatversion 1 answers)
	asked := p.Get("formatversion")
	if asked == "" {
		p.Set("formatversion", "2")
	}
	if s.cfg.Maxlag > 0 {
		p.Set("maxlag", strconv.Itoa(s.cfg.Maxlag))
	}
	enc := p.Encode()
	// as pywikibot: POST when the parameter string is longer than
	// maximum_GET_length, or always when that is 0
	if !post && (s.cfg.MaximumGETLength <= 0 || len(enc) > s.cfg.MaximumGETLength) {
		post = true
	}
	for retry := 0; ; retry++ {
		if err := s.throttle(ctx, write); err != nil {
			return err
		}
		start := s.now()
		hdr, err := s.send(ctx, enc, p, post, out)
		if err == nil {
			return nil
		}
		if ae, ok := err.(*APIError); ok {
			ae.FormatVersion = asked
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		wait, retryable := s.retryWait(err, hdr, retry+1)
		if !retryable || once {
			return err
		}
		if retry+1 > s.cfg.MaxRetries {
			return &RetryError{Retries: s.cfg.MaxRetries, Last: err}
		}
		s.statsMu.Lock()
		s.stats.Retries++
		s.statsMu.Unlock()
		s.logf(1, "retry %d/%d of action=%s in %.1fs: %v (request took %s)", retry+1, s.cfg.MaxRetries, p.Get("action"), wait.Seconds(), err, s.now().Sub(start).Round(time.Millisecond))
		if err := s.wait(ctx, wait); err != nil {
			return err
		}
	}
}

// retryWait decides whether err is retried and how long to wait first
// (n is the number of the retry, from 1).
func (s *APISite) retryWait(err error, hdr http.Header, n int) (time.Duration, bool) {
	backoff := func() time.Duration {
		w := s.cfg.RetryWait * math.Pow(2, float64(n-1))
		return secs(math.Min(w, s.cfg.RetryMax))
	}
	var ae *APIError
	if errors.As(err, &ae) {
		switch ae.Code {
		case "maxlag":
			lag := ae.Lag
			if lag == 0 {
				lag, _ = strconv.ParseFloat(hdr.Get("X-Database-Lag"), 64)
			}
			w := s.cfg.RetryWait
			if lag > 0 {
				w = lag
			}
			if ra, e := strconv.ParseFloat(hdr.Get("Retry-After"), 64); e == nil && ra > 0 {
				w = math.Max(ra, lag/5)
			}
			return secs(math.Min(w, s.cfg.RetryMax)), true
		case "readonly", "ratelimited", "internal_api_error_DBQueryError", "internal_api_error_DBConnectionError", "internal_api_error_DBQueryTimeoutError":
			return backoff(), true
		}
		return 0, false
	}
	var se *ServerError
	if errors.As(err, &se) {
		return backoff(), se.Status >= 500 || se.Status == 429
	}
	var te *transportError
	if errors.As(err, &te) {
		return backoff(), true
	}
	return 0, false
}

func secs(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

// transportError is a failed HTTP exchange (connection refused, reset,
// timeout, a truncated or non-JSON body from a proxy).
type transportError struct{ err error }

func (e *transportError) Error() string { return e.err.Error() }
func (e *transportError) Unwrap() error { return e.err }

// PywikibotClass names the pywikibot exception class (see package errclass);
// pywikibot has no class of its own for a failed connection.
func (e *transportError) PywikibotClass() string { return "Error" }

// send performs one HTTP exchange and decodes the body.
func (s *APISite) send(ctx context.Context, enc string, p url.Values, post bool, out any) (http.Header, error) {
	var req *http.Request
	var err error
	if post {
		req, err = http.NewRequestWithContext(ctx, http.MethodPost, s.apiURL, strings.NewReader(enc))
		if err == nil {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
	} else {
		req, err = http.NewRequestWithContext(ctx, http.MethodGet, s.apiURL+"?"+enc, nil)
	}
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", s.ua)
	s.statsMu.Lock()
	s.stats.Requests++
	s.statsMu.Unlock()
	start := s.now()
	resp, err := s.client.Do(req)
	method := "GET"
	if post {
		method = "POST"
	}
	if err != nil {
		s.logf(2, "debug: %s %s %s -> %v", method, s.apiURL, auth.RedactParams(p), scrub(err))
		return nil, connectError(s.apiURL, err)
	}
	defer resp.Body.Close()
	s.logf(2, "debug: %s %s %s -> HTTP %d in %s", method, s.apiURL, auth.RedactParams(p), resp.StatusCode, s.now().Sub(start).Round(time.Millisecond))
	body := io.Reader(resp.Body)
	if resp.StatusCode >= 400 {
		b, _ := io.ReadAll(io.LimitReader(body, 512))
		return resp.Header, &ServerError{Status: resp.StatusCode, Text: firstLine(string(b))}
	}
	if code := resp.Header.Get("MediaWiki-API-Error"); code != "" {
		b, err := io.ReadAll(body)
		ae := apiErrorFromBody(b)
		if err != nil || ae == nil {
			return resp.Header, &APIError{Code: code}
		}
		s.logf(2, "debug: API error %s", ae.Code)
		return resp.Header, ae
	}
	zero(out)
	if mt, ok := out.(multiTarget); ok {
		b, err := io.ReadAll(body)
		if err != nil {
			return resp.Header, &transportError{err}
		}
		for _, t := range mt {
			if t == nil {
				continue
			}
			if err := json.Unmarshal(b, t); err != nil {
				return resp.Header, &transportError{fmt.Errorf("bad JSON from the API: %w", err)}
			}
		}
		return resp.Header, checkErrorBody(b)
	}
	if out == nil {
		b, err := io.ReadAll(body)
		if err != nil {
			return resp.Header, &transportError{err}
		}
		var env map[string]json.RawMessage
		if err := json.Unmarshal(b, &env); err != nil {
			return resp.Header, &transportError{fmt.Errorf("bad JSON from the API: %w", err)}
		}
		return resp.Header, checkErrorBody(b)
	}
	if err := json.NewDecoder(body).Decode(out); err != nil {
		return resp.Header, &transportError{fmt.Errorf("bad JSON from the API: %w", err)}
	}
	return resp.Header, nil
}

// zero resets the decode target, so a retried request never keeps fields
// of an earlier, failed answer.
func zero(out any) {
	if mt, ok := out.(multiTarget); ok {
		for _, t := range mt {
			zero(t)
		}
		return
	}
	if v := reflect.ValueOf(out); v.Kind() == reflect.Pointer && !v.IsNil() {
		v.Elem().SetZero()
	}
}

// scrub removes the query string from URLs in transport errors, so tokens
// never reach a log line.
func scrub(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		u := ue.URL
		if i := strings.IndexByte(u, '?'); i >= 0 {
			u = u[:i]
		}
		return fmt.Errorf("%s %s: %w", ue.Op, u, ue.Err)
	}
	return err
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// throttle waits put_throttle between writes and minthrottle between
// reads, as pywikibot's Throttle: the write delay is put_throttle raised to
// minthrottle and capped at maxthrottle, and both delays are multiplied by
// the number of processes sharing the site's throttle.ctrl.
func (s *APISite) throttle(ctx context.Context, write bool) error {
	delay := s.throttleDelay(write)
	if s.procs != nil {
		// checked in even without a delay, so that the others count us
		delay *= float64(s.procs.multiplicity(write))
	}
	s.thrMu.Lock()
	last := &s.lastRead
	if write {
		last = &s.lastWrite
	}
	var wait time.Duration
	now := s.now()
	if !last.IsZero() && delay > 0 {
		wait = secs(delay) - now.Sub(*last)
	}
	*last = now.Add(max(wait, 0))
	s.thrMu.Unlock()
	if wait > 0 {
		return s.wait(ctx, wait)
	}
	return nil
}

// wait sleeps d, announcing it when longer than noisysleep (always) or with
// -v.
func (s *APISite) wait(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	if d.Seconds() > s.cfg.NoisySleep {
		s.logf(0, "Sleeping for %.1f seconds, %s", d.Seconds(), s.now().Format("2006-01-02 15:04:05"))
	} else {
		s.logf(1, "Sleeping for %.1f seconds", d.Seconds())
	}
	s.statsMu.Lock()
	s.stats.Waited += d
	s.statsMu.Unlock()
	return s.sleep(ctx, d)
}

func insecureTLS() *tls.Config { return &tls.Config{InsecureSkipVerify: true} } //nolint:gosec // the family asked for it
