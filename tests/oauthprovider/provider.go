// Package oauthprovider runs provider.py, a test OAuth provider in front of a
// test wiki that verifies OAuth 1.0a signatures with an independent
// implementation (Debian's python3-oauthlib server endpoints; identify JWTs
// from python3-jwt) and forwards verified API requests to the real wiki as
// the token's account. See provider.py for the endpoints it serves.
package oauthprovider

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// Consumer is one registered OAuth 1.0a consumer. Owner-only consumers have
// AccessKey and AccessSecret; others get tokens through the handshake.
type Consumer struct {
	Key          string   `json:"key"`
	Secret       string   `json:"secret"`
	Owner        string   `json:"owner,omitempty"`
	Grants       []string `json:"grants"`
	AccessKey    string   `json:"access_key,omitempty"`
	AccessSecret string   `json:"access_secret,omitempty"`
}

// Account is a wiki account the provider acts as (logged in with a bot
// password).
type Account struct {
	Login    string `json:"login"`
	Password string `json:"password"`
}

// Config is the provider's configuration.
type Config struct {
	Wiki      string             `json:"wiki"`
	Accounts  map[string]Account `json:"accounts"`
	Consumers []Consumer         `json:"consumers"`
	// Bearer maps OAuth 2.0 owner-only access tokens to account names.
	Bearer map[string]string `json:"bearer"`
}

// Provider is a running test provider.
type Provider struct {
	URL      string // "http://127.0.0.1:PORT"; api.php and index.php live under it
	APIURL   string
	IndexURL string
	Host     string
	cmd      *exec.Cmd
	dir      string
}

// DefaultConfig returns a config for w with the bot account, an owner-only
// consumer for it with every grant, and a bearer token for it.
func DefaultConfig(w *wikitest.Wiki) Config {
	return Config{
		Wiki: w.URL,
		Accounts: map[string]Account{
			w.BotUser:   {Login: w.BotLoginName, Password: w.BotPasswordSecret},
			w.OtherUser: {Login: w.OtherLoginName, Password: w.OtherPasswordSecret},
		},
		Consumers: []Consumer{{
			Key: "ownerconsumer0123456789abcdef", Secret: "ownersecret0123456789abcdef01234567",
			Owner: w.BotUser, Grants: []string{"basic", "highvolume", "editpage", "createeditmovepage"},
			AccessKey: "owneraccess0123456789abcdef012", AccessSecret: "owneraccesssecret0123456789abcdef0123",
		}, {
			Key: "handshakeconsumer0123456789ab", Secret: "handshakesecret0123456789abcdef0123",
			Grants: []string{"basic", "editpage"},
		}, {
			Key: "readonlyconsumer0123456789abc", Secret: "readonlysecret0123456789abcdef01234",
			Owner: w.BotUser, Grants: []string{"basic"},
			AccessKey: "readonlyaccess0123456789abcdef", AccessSecret: "readonlyaccesssecret0123456789abcde",
		}, {
			// Consumers[3]: owner-only without the editpage grant.
			Key: "grantlessconsumer0123456789ab", Secret: "grantlesssecret0123456789abcdef0123",
			Owner: w.BotUser, Grants: []string{"basic"},
			AccessKey: "grantlessaccess0123456789abcd", AccessSecret: "grantlessaccesssecret0123456789abc",
		}},
		Bearer: map[string]string{"bearer-token-0123456789abcdef0123456789": w.BotUser},
	}
}

// Start starts the provider with cfg.
func Start(cfg Config) (*Provider, error) {
	if _, err := exec.Command("/usr/bin/python3", "-c", "import oauthlib, jwt, requests").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("OAuth test provider needs python3-oauthlib, python3-jwt and python3-requests: %s", wikitest.InstallHint)
	}
	dir, err := os.MkdirTemp("", "gowikibot-oauth-")
	if err != nil {
		return nil, err
	}
	data, _ := json.Marshal(cfg)
	cfgFile := filepath.Join(dir, "config.json")
	if err := os.WriteFile(cfgFile, data, 0o600); err != nil {
		return nil, err
	}
	_, self, _, _ := runtime.Caller(0)
	ready := filepath.Join(dir, "ready")
	cmd := exec.Command("/usr/bin/python3", filepath.Join(filepath.Dir(self), "provider.py"), cfgFile, ready)
	logf, _ := os.Create(filepath.Join(dir, "provider.log"))
	cmd.Stdout, cmd.Stderr = logf, logf
	wikitest.OwnProcessGroup(cmd)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &Provider{cmd: cmd, dir: dir}
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(ready); err == nil {
			p.URL = strings.TrimSpace(string(b))
			p.APIURL = p.URL + "/api.php"
			p.IndexURL = p.URL + "/index.php"
			p.Host = strings.TrimPrefix(p.URL, "http://")
			return p, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "provider.log"))
	p.Stop()
	return nil, fmt.Errorf("OAuth test provider did not start:\n%s", log)
}

// Approve plays the user who approves the request token at
// Special:OAuth/authorize as account user; it returns the "response query
// string" MediaWiki shows (oauth_verifier=...&oauth_token=...).
func (p *Provider) Approve(authorizeURL, user string) (string, error) {
	resp, err := http.Get(authorizeURL + "&test_approve_as=" + url.QueryEscape(user))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	s := string(b)
	i := strings.Index(s, "<code>")
	j := strings.Index(s, "</code>")
	if i < 0 || j < i {
		return "", fmt.Errorf("approval failed: %s", s)
	}
	return strings.ReplaceAll(s[i+6:j], "&amp;", "&"), nil
}

// Revoke revokes an access token (OAuth 1.0a or bearer).
func (p *Provider) Revoke(token string) error {
	resp, err := http.PostForm(p.URL+"/__provider/revoke", url.Values{"token": {token}})
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// LogEntry is one API request the provider saw.
type LogEntry struct {
	Action string `json:"action"`
	Auth   string `json:"auth"` // "OAuth", "Bearer" or ""
	OK     bool   `json:"ok"`   // signature/token verified
	User   string `json:"user"`
}

// Log returns the API requests seen so far.
func (p *Provider) Log() ([]LogEntry, error) {
	resp, err := http.Get(p.URL + "/__provider/log")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var l []LogEntry
	err = json.NewDecoder(resp.Body).Decode(&l)
	return l, err
}

// Stop stops the provider.
func (p *Provider) Stop() {
	if p.cmd != nil && p.cmd.Process != nil {
		wikitest.KillProcessGroup(p.cmd.Process.Pid)
		p.cmd.Wait()
	}
	os.RemoveAll(p.dir)
}
