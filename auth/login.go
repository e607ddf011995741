package auth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// Caller sends one API request for the login flows. params lack format,
// formatversion and the like (the caller adds them); post selects POST. The
// JSON response body is decoded into out. An API-level error ({"error":
// ...}) is returned as an error by the caller.
type Caller interface {
	CallAPI(ctx context.Context, params url.Values, post bool, out any) error
}

// Credentials are what a login needs. User is the login name: "Name@suffix"
// for a bot password, the account name for a main account.
type Credentials struct {
	User     string
	Password string
	// Domain is the family's ldapDomain, when it has one.
	Domain string
}

// IsBotPassword reports whether the credentials are a bot password, which
// pywikibot decides by an "@" in the login name or the password.
func (c Credentials) IsBotPassword() bool {
	return strings.Contains(c.User, "@") || strings.Contains(c.Password, "@")
}

// Account returns the account name of the login name (without "@suffix").
func (c Credentials) Account() string {
	if i := strings.LastIndexByte(c.User, '@'); i > 0 {
		return c.User[:i]
	}
	return c.User
}

// String never shows the password.
func (c Credentials) String() string { return c.User }

// UI asks the user for input during a login (a password or a two-factor
// code). hidden asks for input that is not echoed.
type UI interface {
	Prompt(label string, hidden bool) (string, error)
}

// LoginError is a login the wiki refused. Status is the API's result
// ("Failed", "FAIL", "Aborted", ...), Reason its message. It never holds
// the password.
type LoginError struct {
	User   string
	Status string
	Reason string
}

func (e *LoginError) Error() string {
	msg := fmt.Sprintf("login as %s failed: %s", e.User, e.Status)
	if e.Reason != "" {
		msg += ": " + e.Reason
	}
	return msg
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *LoginError) PywikibotClass() string { return "NoUsernameError" }

// Throttled reports whether the wiki refused the login because of too many
// recent attempts. Such a login must not be retried at once.
func (e *LoginError) Throttled() bool {
	return strings.Contains(strings.ToLower(e.Reason), "too many recent login attempts")
}

// ErrNoPassword is returned when a password is needed, none is configured
// and no UI can ask for one.
var ErrNoPassword = errors.New("no password configured and no terminal to ask for one")

// Result is a successful login.
type Result struct {
	// User is the account name the wiki reports (without "@suffix").
	User   string
	UserID int64
}

// FetchLoginToken gets a fresh login token (meta=tokens&type=login).
func FetchLoginToken(ctx context.Context, c Caller) (string, error) {
	var r struct {
		Query struct {
			Tokens struct {
				LoginToken string `json:"logintoken"`
			} `json:"tokens"`
		} `json:"query"`
	}
	p := url.Values{"action": {"query"}, "meta": {"tokens"}, "type": {"login"}}
	if err := c.CallAPI(ctx, p, false, &r); err != nil {
		return "", err
	}
	if r.Query.Tokens.LoginToken == "" {
		return "", errors.New("the wiki sent no login token")
	}
	return r.Query.Tokens.LoginToken, nil
}

// Login logs in with cred. token is a login token already fetched with the
// same session (""= fetch one). A bot password uses action=login, a main
// account action=clientlogin with the UI continuation (two-factor codes)
// asked through ui. A missing password is asked through ui (hidden). A
// refused login is a *LoginError and is never retried, so a wrong password
// does not run into the wiki's login throttle; only a stale token
// (NeedToken, WrongToken, badtoken) is retried once with a fresh one.
func Login(ctx context.Context, c Caller, cred Credentials, token string, ui UI) (*Result, error) {
	if cred.User == "" {
		return nil, errors.New("no username configured: add usernames['family']['code'] = 'myUsername' to user-config.py")
	}
	if cred.Password == "" {
		if ui == nil {
			return nil, fmt.Errorf("login as %s: %w", cred.User, ErrNoPassword)
		}
		pw, err := ui.Prompt(fmt.Sprintf("Password for user %s", cred.User), true)
		if err != nil {
			return nil, err
		}
		if pw == "" {
			return nil, fmt.Errorf("login as %s: %w", cred.User, ErrNoPassword)
		}
		cred.Password = pw
	}
	for attempt := 0; ; attempt++ {
		if token == "" {
			t, err := FetchLoginToken(ctx, c)
			if err != nil {
				return nil, err
			}
			token = t
		}
		var res *Result
		var err error
		if cred.IsBotPassword() {
			res, err = botLogin(ctx, c, cred, token)
		} else {
			res, err = clientLogin(ctx, c, cred, token, ui)
		}
		var te *tokenError
		if errors.As(err, &te) && attempt == 0 {
			token = ""
			continue
		}
		if te != nil {
			return nil, &LoginError{User: cred.User, Status: te.status, Reason: "the login token was refused twice"}
		}
		return res, err
	}
}

type tokenError struct{ status string }

func (e *tokenError) Error() string { return "login token refused: " + e.status }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *tokenError) PywikibotClass() string { return "Error" }

func botLogin(ctx context.Context, c Caller, cred Credentials, token string) (*Result, error) {
	p := url.Values{
		"action":     {"login"},
		"lgname":     {cred.User},
		"lgpassword": {cred.Password},
		"lgtoken":    {token},
	}
	if cred.Domain != "" {
		p.Set("lgdomain", cred.Domain)
	}
	var r struct {
		Login struct {
			Result   string `json:"result"`
			Reason   any    `json:"reason"`
			UserID   int64  `json:"lguserid"`
			UserName string `json:"lgusername"`
		} `json:"login"`
	}
	if err := c.CallAPI(ctx, p, true, &r); err != nil {
		if isTokenCode(err) {
			return nil, &tokenError{status: "badtoken"}
		}
		return nil, err
	}
	switch r.Login.Result {
	case "Success":
		return &Result{User: r.Login.UserName, UserID: r.Login.UserID}, nil
	case "NeedToken", "WrongToken":
		return nil, &tokenError{status: r.Login.Result}
	}
	reason := messageText(r.Login.Reason)
	if r.Login.Result == "Failed" && strings.Contains(reason, "session") && strings.Contains(reason, "timed out") {
		return nil, &tokenError{status: "Failed"}
	}
	return nil, &LoginError{User: cred.User, Status: r.Login.Result, Reason: reason}
}

type clientLoginResponse struct {
	ClientLogin struct {
		Status      string `json:"status"`
		Message     any    `json:"message"`
		MessageCode string `json:"messagecode"`
		Username    string `json:"username"`
		Requests    []struct {
			ID     string `json:"id"`
			Fields map[string]struct {
				Type     string `json:"type"`
				Label    string `json:"label"`
				Help     string `json:"help"`
				Optional bool   `json:"optional"`
			} `json:"fields"`
		} `json:"requests"`
	} `json:"clientlogin"`
}

func clientLogin(ctx context.Context, c Caller, cred Credentials, token string, ui UI) (*Result, error) {
	p := url.Values{
		"action":         {"clientlogin"},
		"username":       {cred.User},
		"password":       {cred.Password},
		"logintoken":     {token},
		"loginreturnurl": {"https://example.com"},
		"rememberMe":     {"1"},
	}
	if cred.Domain != "" {
		p.Set("domain", cred.Domain)
	}
	for round := 0; round < 5; round++ {
		var r clientLoginResponse
		if err := c.CallAPI(ctx, p, true, &r); err != nil {
			if isTokenCode(err) {
				return nil, &tokenError{status: "badtoken"}
			}
			return nil, err
		}
		cl := r.ClientLogin
		switch cl.Status {
		case "PASS":
			name := cl.Username
			if name == "" {
				name = cred.User
			}
			return &Result{User: name}, nil
		case "UI":
			if ui == nil {
				return nil, &LoginError{User: cred.User, Status: "UI", Reason: "the wiki asks for more input (e.g. a two-factor code) and there is no terminal: " + messageText(cl.Message)}
			}
			p = url.Values{"action": {"clientlogin"}, "logincontinue": {"1"}, "logintoken": {token}}
			for _, req := range cl.Requests {
				names := make([]string, 0, len(req.Fields))
				for n := range req.Fields {
					names = append(names, n)
				}
				sort.Strings(names)
				for _, n := range names {
					f := req.Fields[n]
					if f.Type == "hidden" || f.Type == "null" {
						continue
					}
					label := f.Label
					if label == "" {
						label = n
					}
					if msg := messageText(cl.Message); msg != "" && round == 0 {
						label = msg + "\n" + label
					}
					v, err := ui.Prompt(label, f.Type == "password")
					if err != nil {
						return nil, err
					}
					p.Set(n, v)
				}
			}
			continue
		case "REDIRECT":
			return nil, &LoginError{User: cred.User, Status: "REDIRECT", Reason: "the wiki wants a browser login, which gowikibot cannot do"}
		case "RESTART":
			return nil, &LoginError{User: cred.User, Status: "RESTART", Reason: messageText(cl.Message)}
		}
		if cl.MessageCode == "authmanager-authn-no-primary" || cl.MessageCode == "sessionfailure" {
			return nil, &tokenError{status: cl.MessageCode}
		}
		return nil, &LoginError{User: cred.User, Status: cl.Status, Reason: messageText(cl.Message)}
	}
	return nil, &LoginError{User: cred.User, Status: "UI", Reason: "too many login rounds"}
}

// isTokenCode reports whether err is an API error about the token; the
// error's text names its code.
func isTokenCode(err error) bool {
	var ce interface{ APICode() string }
	if errors.As(err, &ce) {
		switch ce.APICode() {
		case "badtoken", "wrongtoken", "notoken":
			return true
		}
	}
	return false
}

// messageText flattens a message that formatversion=2 may send as a string
// or as an object with "text" or "key".
func messageText(v any) string {
	switch m := v.(type) {
	case nil:
		return ""
	case string:
		return m
	case map[string]any:
		for _, k := range []string{"text", "*", "key"} {
			if s, ok := m[k].(string); ok {
				return s
			}
		}
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// Logout sends POST action=logout with the csrf token. The caller clears
// its own state and the cookie file afterwards.
func Logout(ctx context.Context, c Caller, csrfToken string) error {
	var r map[string]any
	return c.CallAPI(ctx, url.Values{"action": {"logout"}, "token": {csrfToken}}, true, &r)
}
