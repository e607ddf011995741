package userconfig

import (
	"fmt"
	"strings"
)

// NoUsernameError is pywikibot's NoUsernameError: no username is configured
// for a site.
type NoUsernameError struct {
	Family, Code string
	File         string // the config file name, e.g. "user-config.py"
}

func (e *NoUsernameError) Error() string {
	file := e.File
	if file == "" {
		file = "user-config.py"
	}
	return fmt.Sprintf("ERROR: username for %s:%s is undefined.\n"+
		"If you have a username for that site, please add a line to user config file (%s) as follows:\n"+
		"usernames['%s']['%s'] = 'myUsername'", e.Family, e.Code, file, e.Family, e.Code)
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *NoUsernameError) PywikibotClass() string { return "NoUsernameError" }

// Username returns the username for family:code as pywikibot's login
// manager finds it: usernames[family] (or usernames['*'] when that is
// empty), then [code] (or ['*']). With none, a *NoUsernameError.
func (c *Config) Username(family, code string) (string, error) {
	m := c.Usernames[family]
	if len(m) == 0 {
		m = c.Usernames["*"]
	}
	if u := m[code]; u != "" {
		return u, nil
	}
	if u, ok := m["*"]; ok {
		return u, nil
	}
	return "", &NoUsernameError{Family: family, Code: code, File: c.ConfigFileName}
}

// SiteUsername returns the username pywikibot.Site() assigns to
// family:code: usernames['*'] updated with usernames[family], then [code]
// or ['*']; "" when none.
func (c *Config) SiteUsername(family, code string) string {
	merged := map[string]string{}
	for k, v := range c.Usernames["*"] {
		merged[k] = v
	}
	for k, v := range c.Usernames[family] {
		merged[k] = v
	}
	if u, ok := merged[code]; ok && u != "" {
		return u
	}
	return merged["*"]
}

// AuthFor returns the authenticate entry for host (a netloc, with ":port"
// when the URL has one), as pywikibot's http.get_authentication matches it:
// the exact netloc, then "*.<suffix>" wildcards from the longest suffix to
// the shortest (a port stays part of the last label), then "*".
func (c *Config) AuthFor(host string) (AuthEntry, bool) {
	if e, ok := c.Authenticate[host]; ok {
		return e, true
	}
	parts := strings.Split(host, ".")
	for i := 1; i <= len(parts); i++ {
		key := strings.Join(append([]string{"*"}, parts[i:]...), ".")
		if e, ok := c.Authenticate[key]; ok {
			return e, true
		}
	}
	return AuthEntry{}, false
}
