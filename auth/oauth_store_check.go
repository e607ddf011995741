package auth

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// StoreProblem is one problem of the credential store found by
// CheckCredentialStore: the file, the line (0 for the file as a whole), what
// is wrong and the fix. It never holds a value of the file (secrets).
type StoreProblem struct {
	File  string
	Line  int
	Msg   string
	Fix   string
	Fatal bool // the store is refused or an entry cannot be used
}

// storeKeys are the keys each kind of entry needs.
var storeKeys = map[string][]string{
	"oauth1": {"consumer_key", "consumer_secret", "access_key", "access_secret"},
	"oauth2": {"access_token"},
}

// storeOptional are the other keys an entry may have.
var storeOptional = map[string]bool{"kind": true, "user": true, "saved": true}

// CheckCredentialStore opens the credential store of baseDir
// (gowikibot-credentials.ini) and reports every problem, for "config
// check": a symbolic link, a file others can read or write, lines that are
// neither a [host] section nor key = value, keys outside a section, and
// entries with a missing or unknown kind or missing keys. A missing store
// has no problems. Messages name keys and hosts, never values.
func CheckCredentialStore(baseDir string) []StoreProblem {
	p := filepath.Join(baseDir, CredentialsFileName)
	var probs []StoreProblem
	add := func(line int, fatal bool, fix, format string, args ...any) {
		probs = append(probs, StoreProblem{File: p, Line: line, Msg: fmt.Sprintf(format, args...), Fix: fix, Fatal: fatal})
	}
	st, err := os.Lstat(p)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		add(0, true, "", "cannot read the credential store: %v", err)
		return probs
	}
	switch {
	case st.Mode()&os.ModeSymlink != 0:
		add(0, true, "replace the link with the file itself", "the credential store is a symbolic link; gowikibot refuses it")
		return probs
	case !st.Mode().IsRegular():
		add(0, true, "remove it; 'gowikibot login -oauth' writes a new one", "the credential store is not a regular file")
		return probs
	case st.Mode().Perm()&0o077 != 0:
		add(0, true, "chmod 600 "+p, "the credential store can be read or written by other users (mode %04o); gowikibot refuses it", st.Mode().Perm())
	}
	data, err := os.ReadFile(p)
	if err != nil {
		add(0, true, "", "cannot read the credential store: %v", err)
		return probs
	}
	type section struct {
		host string
		line int
		keys map[string]string
	}
	var secs []*section
	seen := map[string]int{}
	var cur *section
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") || len(line) < 3 {
				add(n, true, "write the section as [host]", "not a [host] section header")
				cur = nil
				continue
			}
			host := strings.TrimSpace(line[1 : len(line)-1])
			if first, dup := seen[host]; dup {
				add(n, false, "remove one of them (the last one is used)", "section [%s] again (first at line %d)", host, first)
			}
			seen[host] = n
			cur = &section{host: host, line: n, keys: map[string]string{}}
			secs = append(secs, cur)
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				if k, v, ok = strings.Cut(line, ":"); !ok {
					add(n, true, "write key = value", "not a key = value line")
					continue
				}
			}
			k = strings.TrimSpace(k)
			if cur == nil {
				add(n, true, "put it under a [host] section", "key %s outside a [host] section", k)
				continue
			}
			cur.keys[k] = strings.TrimSpace(v)
		}
	}
	if err := sc.Err(); err != nil {
		add(n+1, true, "", "cannot read the credential store: %v", err)
	}
	for _, s := range secs {
		kind := s.keys["kind"]
		need, ok := storeKeys[kind]
		if !ok {
			what := "kind is missing"
			if _, has := s.keys["kind"]; has {
				what = "kind is neither oauth1 nor oauth2"
			}
			add(s.line, true, "run 'gowikibot login -oauth' again for "+s.host, "[%s]: %s", s.host, what)
			continue
		}
		for _, k := range need {
			if s.keys[k] == "" {
				add(s.line, true, "run 'gowikibot login -oauth' again for "+s.host, "[%s]: %s is missing or empty", s.host, k)
			}
		}
		keys := make([]string, 0, len(s.keys))
		for k := range s.keys {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !storeOptional[k] && !contains(need, k) {
				add(s.line, false, "remove it", "[%s]: unknown key %s for kind %s", s.host, k, kind)
			}
		}
	}
	return probs
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
