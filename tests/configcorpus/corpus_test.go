// Package configcorpus runs gowikibot on a corpus of realistic pywikibot
// config directories (cases/NAME: user-config.py, password files, family
// files, and expect.json) and checks what it reads. With PYWIKIBOT_SRC set
// to a pywikibot 9.6.3 checkout, it also reads each case with real
// pywikibot (pwbcheck.py, Debian's /usr/bin/python3) and compares.
package configcorpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// expectation is a case's expect.json.
type expectation struct {
	// Env is added to the environment.
	Env map[string]string `json:"env"`
	// Exit is the exit status of "config show -json".
	Exit int `json:"exit"`
	// Stderr lists substrings of its stderr ({dir} is the case directory).
	Stderr []string `json:"stderr"`
	// JSON is a subset of its output: every key given must match.
	JSON map[string]any `json:"json"`
	// Check, when set, runs "config check" and expects this exit status
	// and these substrings of its output.
	Check *struct {
		Exit   int      `json:"exit"`
		Output []string `json:"output"`
	} `json:"check"`
	// Pywikibot compares logins, usernames and family URLs with real
	// pywikibot when PYWIKIBOT_SRC is set.
	Pywikibot bool `json:"pywikibot"`
	// WorldWritable makes user-config.py world-writable before the run.
	WorldWritable bool `json:"world_writable"`
}

// copyCase copies cases/name into a temporary directory, with password
// files at 0600 (as pywikibot leaves them).
func copyCase(t *testing.T, name string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), name)
	src := filepath.Join("cases", name)
	err := filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if fi.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		mode := os.FileMode(0o644)
		if strings.Contains(fi.Name(), "password") || strings.HasSuffix(fi.Name(), ".cfg") || strings.Contains(p, "secrets") {
			mode = 0o600
		}
		if err := os.WriteFile(target, data, mode); err != nil {
			return err
		}
		return os.Chmod(target, mode)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func cleanEnv(dir string, extra map[string]string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PYWIKIBOT_") || strings.HasPrefix(kv, "HOME=") {
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "HOME="+filepath.Join(filepath.Dir(dir), "home"))
	for k, v := range extra {
		env = append(env, k+"="+v)
	}
	return env
}

func run(t *testing.T, dir string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	r := testbin.Run(t, testbin.Cmd{Dir: dir, Args: append([]string{"-dir:" + dir}, args...), BaseEnv: env})
	return r.Stdout, r.Stderr, r.Code
}

// subset reports the first difference between want and the part of got
// it describes.
func subset(path string, want, got any) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: got %v, want an object", path, got)
		}
		keys := make([]string, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			gv, ok := g[k]
			if !ok {
				return fmt.Sprintf("%s.%s: missing", path, k)
			}
			if d := subset(path+"."+k, w[k], gv); d != "" {
				return d
			}
		}
		return ""
	}
	if !reflect.DeepEqual(want, got) {
		wj, _ := json.Marshal(want)
		gj, _ := json.Marshal(got)
		return fmt.Sprintf("%s: got %s, want %s", path, gj, wj)
	}
	return ""
}

// replaceDir replaces "{dir}" in every string of v with dir.
func replaceDir(v any, dir string) any {
	switch x := v.(type) {
	case string:
		return strings.ReplaceAll(x, "{dir}", dir)
	case []any:
		for i := range x {
			x[i] = replaceDir(x[i], dir)
		}
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			out[strings.ReplaceAll(k, "{dir}", dir)] = replaceDir(e, dir)
		}
		return out
	}
	return v
}

func TestCorpus(t *testing.T) {
	ents, err := os.ReadDir("cases")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, ent := range ents {
		if !ent.IsDir() {
			continue
		}
		name := ent.Name()
		raw, err := os.ReadFile(filepath.Join("cases", name, "expect.json"))
		if err != nil {
			t.Errorf("%s: no expect.json", name)
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			var exp expectation
			if err := json.Unmarshal(raw, &exp); err != nil {
				t.Fatalf("expect.json: %v", err)
			}
			dir := copyCase(t, name)
			if exp.WorldWritable {
				os.Chmod(filepath.Join(dir, "user-config.py"), 0o666)
			}
			env := cleanEnv(dir, exp.Env)
			out, errOut, code := run(t, dir, env, "config", "show", "-json")
			if code != exp.Exit {
				t.Fatalf("exit %d, want %d\nstderr:\n%s", code, exp.Exit, errOut)
			}
			for _, s := range exp.Stderr {
				if s = strings.ReplaceAll(s, "{dir}", dir); !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q\nstderr:\n%s", s, errOut)
				}
			}
			for _, bad := range []string{"goroutine ", "panic:", ".go:"} {
				if strings.Contains(errOut, bad) {
					t.Errorf("Go internals on stderr:\n%s", errOut)
				}
			}
			var got map[string]any
			if exp.JSON != nil {
				if err := json.Unmarshal([]byte(out), &got); err != nil {
					t.Fatalf("output is not one JSON object: %v\n%s", err, out)
				}
				if d := subset("", replaceDir(exp.JSON, dir), got); d != "" {
					t.Error(d)
				}
			}
			if exp.Check != nil {
				out, errOut, code := run(t, dir, env, "config", "check")
				if code != exp.Check.Exit {
					t.Errorf("config check: exit %d, want %d\n%s%s", code, exp.Check.Exit, out, errOut)
				}
				for _, s := range exp.Check.Output {
					if s = strings.ReplaceAll(s, "{dir}", dir); !strings.Contains(out, s) {
						t.Errorf("config check output lacks %q\n%s", s, out)
					}
				}
			}
			if exp.Pywikibot && got != nil {
				comparePywikibot(t, dir, env, got)
			}
		})
	}
	if n < 10 {
		t.Errorf("only %d corpus cases", n)
	}
}

// comparePywikibot reads dir with real pywikibot and compares usernames,
// the default site, logins and the family URLs with gowikibot's.
func comparePywikibot(t *testing.T, dir string, env []string, got map[string]any) {
	src := os.Getenv("PYWIKIBOT_SRC")
	if src == "" {
		t.Log("PYWIKIBOT_SRC not set: not comparing with pywikibot")
		return
	}
	cmd := exec.Command("/usr/bin/python3", filepath.Join(mustAbs(t, "."), "pwbcheck.py"), dir)
	cmd.Env = append(env, "PYWIKIBOT_SRC="+src)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("pwbcheck.py: %v\n%s", err, e.String())
	}
	var pwb map[string]any
	for _, line := range strings.Split(o.String(), "\n") {
		if strings.HasPrefix(line, "{") {
			if err := json.Unmarshal([]byte(line), &pwb); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	if pwb == nil {
		t.Fatalf("no JSON from pwbcheck.py:\n%s\n%s", o.String(), e.String())
	}
	for _, k := range []string{"family", "mylang", "usernames", "logins"} {
		if d := subset(k, pwb[k], got[k]); d != "" {
			t.Errorf("differs from pywikibot: %s", d)
		}
	}
	pf, _ := pwb["families"].(map[string]any)
	gf, _ := got["families"].(map[string]any)
	for name, v := range pf {
		if d := subset("families."+name, v, gf[name]); d != "" {
			t.Errorf("differs from pywikibot: %s", d)
		}
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
