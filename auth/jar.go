// Package auth logs gowikibot into MediaWiki and keeps the session: a
// persistent cookie jar in pywikibot's LWP format, bot-password login
// (action=login), main-account login (action=clientlogin, including the
// two-factor "UI" continuation), hidden password prompts, and the HTTP
// transport chain that adds HTTP basic auth (or a pluggable request signer,
// e.g. OAuth) for the hosts named in user-config.py's authenticate.
//
// The package does not send API requests itself: the site package passes a
// Caller, so all traffic goes through one client with one set of retries.
package auth

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// CookieFileName returns the name of the cookie file pywikibot uses for a
// login name: "pywikibot-<name>.lwp", with the characters that are not
// safe in file names (/ : \ " ? * and space) replaced by "_"; an empty user
// gives "pywikibot.lwp".
func CookieFileName(user string) string {
	if user == "" {
		return "pywikibot.lwp"
	}
	r := strings.NewReplacer("/", "_", ":", "_", `\`, "_", `"`, "_", "?", "_", "*", "_", " ", "_")
	return "pywikibot-" + r.Replace(user) + ".lwp"
}

// Jar is an http.CookieJar that can be saved to and loaded from a file in
// the LWP format (libwww-perl's "Set-Cookie3" lines, which pywikibot's
// LWPCookieJar writes). Session cookies are kept when saving, as pywikibot
// does (MediaWiki's session cookies have no expiry). It is safe for
// concurrent use.
type Jar struct {
	mu      sync.Mutex
	path    string
	cookies map[string]*jarCookie // key: domain;path;name
	dirty   bool
	now     func() time.Time
	seq     uint64         // order in which cookies were set (limits evict the oldest)
	domains map[string]int // cookies per domain, for the limits
}

type jarCookie struct {
	Name, Value, Domain, Path  string
	HostOnly, Secure, HTTPOnly bool
	Expires                    time.Time // zero: session cookie
	seq                        uint64
}

func (c *jarCookie) key() string { return c.Domain + ";" + c.Path + ";" + c.Name }

// NewJar returns an empty jar that saves to path ("" = never saved).
func NewJar(path string) *Jar {
	return &Jar{path: path, cookies: map[string]*jarCookie{}, domains: map[string]int{}, now: time.Now}
}

// LoadJar returns a jar holding the cookies of the LWP file at path. A
// missing file gives an empty jar; an unreadable or malformed one an error.
// Temporary files of interrupted saves of path are removed first.
func LoadJar(path string) (*Jar, error) {
	j := NewJar(path)
	RemoveStaleTemps(path)
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return j, nil
	}
	if err != nil {
		return j, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if line == 1 {
			if !strings.HasPrefix(s, "#LWP-Cookies-") {
				return NewJar(path), fmt.Errorf("%s does not look like an LWP cookie file", path)
			}
			continue
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		rest, ok := strings.CutPrefix(s, "Set-Cookie3:")
		if !ok {
			continue
		}
		if c := parseLWP(strings.TrimSpace(rest)); c != nil {
			if c.Expires.IsZero() || c.Expires.After(j.now()) {
				j.put(c)
			}
		}
	}
	j.enforceLimits()
	return j, sc.Err()
}

// parseLWP parses the attribute list of one Set-Cookie3 line.
func parseLWP(s string) *jarCookie {
	c := &jarCookie{Path: "/"}
	first := true
	for len(s) > 0 {
		var k, v string
		i := strings.IndexAny(s, "=;")
		if i < 0 {
			k, s = strings.TrimSpace(s), ""
		} else {
			k = strings.TrimSpace(s[:i])
			if s[i] == ';' {
				s = s[i+1:]
			} else {
				s = strings.TrimLeft(s[i+1:], " ")
				if strings.HasPrefix(s, `"`) {
					// quoted value with backslash escapes
					var b strings.Builder
					j := 1
					for ; j < len(s) && s[j] != '"'; j++ {
						if s[j] == '\\' && j+1 < len(s) {
							j++
						}
						b.WriteByte(s[j])
					}
					v = b.String()
					s = s[min(j+1, len(s)):]
				} else {
					e := strings.IndexByte(s, ';')
					if e < 0 {
						e = len(s)
					}
					v = strings.TrimSpace(s[:e])
					s = s[e:]
				}
				s = strings.TrimPrefix(strings.TrimLeft(s, " "), ";")
			}
		}
		if first {
			c.Name, c.Value = k, v
			first = false
			continue
		}
		switch strings.ToLower(k) {
		case "path":
			c.Path = v
		case "domain":
			c.Domain = v
		case "expires":
			if t, err := time.Parse("2006-01-02 15:04:05Z", v); err == nil {
				c.Expires = t
			}
		case "secure":
			c.Secure = true
		case "httponly":
			c.HTTPOnly = true
		case "domain_dot":
			// pywikibot writes domain_dot for domain cookies
		}
	}
	if c.Name == "" || c.Domain == "" {
		return nil
	}
	if strings.HasPrefix(c.Domain, ".") {
		c.Domain = c.Domain[1:]
	} else {
		c.HostOnly = true
	}
	return c
}

// Path returns the file the jar saves to.
func (j *Jar) Path() string { return j.path }

// SetCookies implements http.CookieJar.
func (j *Jar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	host := canonicalHost(u.Host)
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.now()
	for _, hc := range cookies {
		c := &jarCookie{Name: hc.Name, Value: hc.Value, Path: hc.Path, Secure: hc.Secure, HTTPOnly: hc.HttpOnly}
		if c.Path == "" || c.Path[0] != '/' {
			c.Path = defaultPath(u.Path)
		}
		if hc.Domain == "" {
			c.Domain, c.HostOnly = host, true
		} else {
			d := strings.ToLower(strings.TrimPrefix(hc.Domain, "."))
			if !domainMatch(host, d) {
				continue // a server may not set cookies for other domains
			}
			c.Domain = d
		}
		switch {
		case hc.MaxAge < 0:
			c.Expires = time.Unix(1, 0)
		case hc.MaxAge > 0:
			c.Expires = now.Add(time.Duration(hc.MaxAge) * time.Second)
		case !hc.Expires.IsZero():
			c.Expires = hc.Expires.UTC()
		}
		if !c.Expires.IsZero() && !c.Expires.After(now) {
			if _, ok := j.cookies[c.key()]; ok {
				j.del(c.key())
				j.dirty = true
			}
			continue
		}
		if old, ok := j.cookies[c.key()]; ok {
			if c.seq = old.seq; *old == *c {
				continue
			}
		}
		j.put(c)
		j.dirty = true
	}
	if len(j.cookies) > maxCookiesPerDomain {
		for _, n := range j.domains {
			if n > maxCookiesPerDomain || len(j.cookies) > maxCookies {
				j.enforceLimits()
				break
			}
		}
	}
}

// Cookies implements http.CookieJar.
func (j *Jar) Cookies(u *url.URL) []*http.Cookie {
	host := canonicalHost(u.Host)
	path := u.Path
	if path == "" {
		path = "/"
	}
	https := u.Scheme == "https"
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.now()
	var sel []*jarCookie
	for k, c := range j.cookies {
		if !c.Expires.IsZero() && !c.Expires.After(now) {
			j.del(k)
			j.dirty = true
			continue
		}
		if c.Secure && !https {
			continue
		}
		if c.HostOnly && c.Domain != host || !c.HostOnly && !domainMatch(host, c.Domain) {
			continue
		}
		if !pathMatch(path, c.Path) {
			continue
		}
		sel = append(sel, c)
	}
	sort.Slice(sel, func(a, b int) bool {
		if len(sel[a].Path) != len(sel[b].Path) {
			return len(sel[a].Path) > len(sel[b].Path)
		}
		return sel[a].Name < sel[b].Name
	})
	out := make([]*http.Cookie, len(sel))
	for i, c := range sel {
		out[i] = &http.Cookie{Name: c.Name, Value: c.Value}
	}
	return out
}

// Len returns the number of cookies held.
func (j *Jar) Len() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return len(j.cookies)
}

// Clear removes every cookie (the file is rewritten by the next Save).
func (j *Jar) Clear() {
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.cookies) > 0 {
		j.cookies = map[string]*jarCookie{}
		j.domains = map[string]int{}
		j.dirty = true
	}
}

// Corrupt replaces the value of every cookie whose name contains substr by
// a value the server does not know. It exists for tests that simulate an
// expired session.
func (j *Jar) Corrupt(substr string) int {
	j.mu.Lock()
	defer j.mu.Unlock()
	n := 0
	for _, c := range j.cookies {
		if strings.Contains(c.Name, substr) {
			c.Value = "0000000000000000expired0000000000"
			n++
		}
	}
	return n
}

// Dirty reports whether the cookies changed since the last Load or Save.
func (j *Jar) Dirty() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.dirty
}

// Save writes the jar to its file atomically (temporary file in the same
// directory, mode 0600, renamed over the old one). An empty jar removes
// the file instead.
func (j *Jar) Save() error {
	if j.path == "" {
		return nil
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.cookies) == 0 {
		j.dirty = false
		if err := os.Remove(j.path); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	keys := make([]string, 0, len(j.cookies))
	for k := range j.cookies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("#LWP-Cookies-2.0\n")
	for _, k := range keys {
		c := j.cookies[k]
		dom := c.Domain
		if !c.HostOnly {
			dom = "." + dom
		}
		fmt.Fprintf(&b, "Set-Cookie3: %s=%s; path=%s; domain=%s; path_spec", c.Name, quoteLWP(c.Value), quoteLWP(c.Path), quoteLWP(dom))
		if !c.HostOnly {
			b.WriteString("; domain_dot")
		}
		if c.Secure {
			b.WriteString("; secure")
		}
		if c.Expires.IsZero() {
			b.WriteString("; discard")
		} else {
			fmt.Fprintf(&b, "; expires=%s", quoteLWP(c.Expires.UTC().Format("2006-01-02 15:04:05Z")))
		}
		if c.HTTPOnly {
			b.WriteString("; HttpOnly=None")
		}
		b.WriteString("; version=0\n")
	}
	if err := WriteFileAtomic(j.path, []byte(b.String()), 0o600); err != nil {
		return err
	}
	j.dirty = false
	return nil
}

// WriteFileAtomic writes data to a temporary file beside path with the
// given mode, flushes it to the disk and renames it over path, so readers
// never see a partial file, and after a crash the file holds either the old
// data or the new.
func WriteFileAtomic(path string, data []byte, mode os.FileMode) error {
	return writeReplacing(path, data, mode, true)
}

// ReplaceFile is WriteFileAtomic without the flush to the disk: readers
// still never see a partial file, but after a crash the file may be empty.
// For files that are rewritten often and worth nothing after a restart
// (throttle.ctrl, whose lines expire after ten minutes): a flush costs
// 0.5 ms on an idle SSD and tens of milliseconds on a busy or network
// disk, which a run would wait for before its first request.
func ReplaceFile(path string, data []byte, mode os.FileMode) error {
	return writeReplacing(path, data, mode, false)
}

// syncFile flushes f (tests count the calls).
var syncFile = (*os.File).Sync

func writeReplacing(path string, data []byte, mode os.FileMode, flush bool) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPattern(path))
	if err != nil {
		return err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			os.Remove(tmp)
		}
	}()
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if flush {
		if err := syncFile(f); err != nil {
			f.Close()
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	if beforeRename != nil {
		beforeRename(tmp)
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	ok = true
	return nil
}

// beforeRename, in tests, runs between writing and renaming.
var beforeRename func(tmp string)

func quoteLWP(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func canonicalHost(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	return strings.ToLower(strings.TrimSuffix(h, "."))
}

func domainMatch(host, domain string) bool {
	if host == domain {
		return true
	}
	if net.ParseIP(host) != nil {
		return false
	}
	return strings.HasSuffix(host, "."+domain)
}

func pathMatch(reqPath, cookiePath string) bool {
	if reqPath == cookiePath {
		return true
	}
	if strings.HasPrefix(reqPath, cookiePath) {
		return strings.HasSuffix(cookiePath, "/") || reqPath[len(cookiePath)] == '/'
	}
	return false
}

func defaultPath(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i <= 0 {
		return "/"
	}
	return p[:i]
}
