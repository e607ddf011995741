package auth

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"gopkg.in/ini.v1"

	"github.com/gowikibot/gowikibot/userconfig"
)

// CredentialsFileName is the credential store's file in the config
// directory.
const CredentialsFileName = "gowikibot-credentials.ini"

// CredentialStore keeps OAuth tokens in place of passwords: an INI file,
// mode 0600, one section per host:
//
//	[en.wikipedia.org]
//	kind            = oauth1
//	user            = ExampleBot
//	consumer_key    = ...
//	consumer_secret = ...
//	access_key      = ...
//	access_secret   = ...
//
// or kind = oauth2 with access_token. Later runs use its entries for hosts
// that user-config.py's authenticate does not name.
type CredentialStore struct {
	Path string
	file *ini.File
	raw  []byte // the file as read, to name lines in errors
}

// OpenCredentialStore reads the store in baseDir (a missing file is an
// empty store). A store that other users can read or write is refused.
func OpenCredentialStore(baseDir string) (*CredentialStore, error) {
	p := filepath.Join(baseDir, CredentialsFileName)
	s := &CredentialStore{Path: p, file: ini.Empty()}
	RemoveStaleTemps(p)
	removeOldStoreTemps(baseDir)
	st, err := os.Lstat(p)
	if os.IsNotExist(err) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if st.Mode()&os.ModeSymlink != 0 {
		return nil, fmt.Errorf("%s is a symbolic link; gowikibot refuses it: replace it with the file itself", p)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s can be read or written by other users (mode %04o); gowikibot refuses it. Fix: chmod 600 %s", p, st.Mode().Perm(), p)
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	f, err := ini.Load(raw)
	if err != nil {
		return nil, storeSyntaxError(p, raw)
	}
	s.file, s.raw = f, raw
	return s, nil
}

// Hosts lists the hosts in the store, sorted.
func (s *CredentialStore) Hosts() []string {
	var hs []string
	for _, sec := range s.file.Sections() {
		if sec.Name() != ini.DefaultSection {
			hs = append(hs, sec.Name())
		}
	}
	sort.Strings(hs)
	return hs
}

// Entries returns the store's entries as authenticate entries by host. An
// incomplete section is an error naming the file and section.
func (s *CredentialStore) Entries() (map[string]userconfig.AuthEntry, error) {
	out := map[string]userconfig.AuthEntry{}
	for _, h := range s.Hosts() {
		sec := s.file.Section(h)
		var keys []string
		kind := sec.Key("kind").String()
		switch kind {
		case "oauth1":
			keys = []string{"consumer_key", "consumer_secret", "access_key", "access_secret"}
		case "oauth2":
			keys = []string{"access_token"}
		default:
			if n := keyLine(s.raw, h, "kind"); n > 0 {
				return nil, fmt.Errorf("%s:%d: [%s]: kind is neither oauth1 nor oauth2. Fix: kind = oauth1 (or oauth2)", s.Path, n, h)
			}
			return nil, fmt.Errorf("%s:%d: [%s]: kind is missing; want kind = oauth1 or kind = oauth2", s.Path, sectionLine(s.raw, h), h)
		}
		var vals []string
		for _, k := range keys {
			v := sec.Key(k).String()
			if v == "" {
				return nil, fmt.Errorf("%s:%d: [%s]: %s is missing; run 'gowikibot login -oauth' again", s.Path, sectionLine(s.raw, h), h, k)
			}
			vals = append(vals, v)
		}
		out[h] = userconfig.AuthEntry{Kind: kind, Values: vals}
	}
	return out, nil
}

// User returns the account name recorded for host ("" if none).
func (s *CredentialStore) User(host string) string {
	if !s.file.HasSection(host) {
		return ""
	}
	return s.file.Section(host).Key("user").String()
}

// Put stores e for host, with the account name it belongs to, and saves.
func (s *CredentialStore) Put(host, user string, e userconfig.AuthEntry) error {
	s.file.DeleteSection(host)
	sec, err := s.file.NewSection(host)
	if err != nil {
		return err
	}
	sec.Key("kind").SetValue(e.Kind)
	sec.Key("user").SetValue(user)
	switch e.Kind {
	case "oauth1":
		if len(e.Values) != 4 {
			return fmt.Errorf("oauth1 needs 4 values")
		}
		for i, k := range []string{"consumer_key", "consumer_secret", "access_key", "access_secret"} {
			sec.Key(k).SetValue(e.Values[i])
		}
	case "oauth2":
		if len(e.Values) != 1 {
			return fmt.Errorf("oauth2 needs 1 value")
		}
		sec.Key("access_token").SetValue(e.Values[0])
	default:
		return fmt.Errorf("unknown credential kind %q", e.Kind)
	}
	sec.Key("saved").SetValue(time.Now().UTC().Format(time.RFC3339))
	return s.save()
}

// Delete removes host's entry and saves.
func (s *CredentialStore) Delete(host string) error {
	s.file.DeleteSection(host)
	return s.save()
}

// save writes the store atomically with mode 0600.
func (s *CredentialStore) save() error {
	if err := os.MkdirAll(filepath.Dir(s.Path), 0o700); err != nil {
		return err
	}
	var b bytes.Buffer
	if _, err := s.file.WriteTo(&b); err != nil {
		return err
	}
	return WriteFileAtomic(s.Path, b.Bytes(), 0o600)
}

// AuthenticateLine renders e as the user-config.py line pywikibot reads.
// Unless reveal is set, the secrets are masked.
func AuthenticateLine(host string, e userconfig.AuthEntry, reveal bool) string {
	vals := make([]string, len(e.Values))
	for i, v := range e.Values {
		secret := e.Kind == "oauth2" || i == 1 || i == 3
		if secret && !reveal {
			v = "<" + []string{"consumer_key", "consumer_secret", "access_key", "access_secret"}[min(i, 3)] + ">"
			if e.Kind == "oauth2" {
				v = "<access_token>"
			}
		}
		vals[i] = "'" + strings.ReplaceAll(v, "'", `\'`) + "'"
	}
	tail := ""
	if len(vals) == 1 {
		tail = ","
	}
	return fmt.Sprintf("authenticate['%s'] = (%s%s)", host, strings.Join(vals, ", "), tail)
}

// AuthEntries returns the authenticate entries a site uses: user-config.py's
// authenticate, plus the credential store's entry for every host that
// authenticate does not name exactly (a stored token for a host is more
// specific than a "*.domain" pattern). A store that cannot be read is an
// error that names the file and the fix.
func AuthEntries(cfg *userconfig.Config) (map[string]userconfig.AuthEntry, error) {
	if cfg == nil {
		return nil, nil
	}
	if cfg.BaseDir == "" {
		return cfg.Authenticate, nil
	}
	if _, err := os.Stat(filepath.Join(cfg.BaseDir, CredentialsFileName)); os.IsNotExist(err) {
		return cfg.Authenticate, nil
	}
	store, err := OpenCredentialStore(cfg.BaseDir)
	if err != nil {
		return nil, err
	}
	stored, err := store.Entries()
	if err != nil {
		return nil, err
	}
	out := make(map[string]userconfig.AuthEntry, len(cfg.Authenticate)+len(stored))
	for k, v := range cfg.Authenticate {
		out[k] = v
	}
	for h, e := range stored {
		if _, ok := out[h]; !ok {
			out[h] = e
		}
	}
	return out, nil
}
