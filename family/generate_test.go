package family

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// python3 is Debian's CPython; under CI=true its absence fails the test.
func python3(t testing.TB) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3"); err == nil {
		return "/usr/bin/python3"
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("/usr/bin/python3 is missing (apt-get install python3)")
	}
	t.Skip("/usr/bin/python3 is missing")
	return ""
}

// checkWithCPython writes each generated file and has CPython check that
// it holds only the generator's constant shape, runs nothing (audit
// hooks) and yields the input's values. It returns one failure reason per
// input ("" when the file passed).
func checkWithCPython(t testing.TB, ins []GenerateInput, srcs []string) []string {
	t.Helper()
	py := python3(t)
	dir := t.TempDir()
	var items []map[string]any
	for i, in := range ins {
		p := filepath.Join(dir, fmt.Sprintf("g%d_family.py", i))
		if err := os.WriteFile(p, []byte(srcs[i]), 0o644); err != nil {
			t.Fatal(err)
		}
		items = append(items, map[string]any{"file": p, "expect": map[string]any{
			"name": in.Name, "code": in.Code, "host": in.Host, "scriptpath": in.ScriptPath,
			"scheme": in.Scheme, "noverify": in.NoVerify}})
	}
	data, _ := json.Marshal(items)
	cmd := exec.Command(py, "-I", filepath.Join("testdata", "check_generated.py"))
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("check_generated.py: %v\n%s", err, stderr.String())
	}
	var res []string
	for _, ln := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var r struct {
			OK  bool   `json:"ok"`
			Why string `json:"why"`
		}
		if err := json.Unmarshal([]byte(ln), &r); err != nil {
			t.Fatalf("bad output line %q", ln)
		}
		res = append(res, r.Why)
	}
	if len(res) != len(ins) {
		t.Fatalf("%d results for %d files", len(res), len(ins))
	}
	return res
}

var goodInput = GenerateInput{SourceURL: "https://wiki.example.org/wiki/Main_Page", Name: "example", Code: "en",
	Scheme: "https", Host: "wiki.example.org", ScriptPath: "/w"}

// hostileInputs are siteinfo values a wiki could send (and command-line
// values an operator could paste).
func hostileInputs() []GenerateInput {
	var out []GenerateInput
	add := func(f func(*GenerateInput)) {
		in := goodInput
		f(&in)
		out = append(out, in)
	}
	payloads := []string{
		`'+__import__('os').system('touch /tmp/x')*0*''+'`,
		`"+__import__('os').system('touch /tmp/x')+"`,
		"/w'\n    import os; os.system('touch /tmp/x')\n#",
		`/w\`, `/w"""`, `/w'''`, "/w\x00", "/w\u2028x", `\N{LATIN SMALL LETTER A}`, "/w/{code}", "/w/%s",
	}
	for _, p := range payloads {
		add(func(in *GenerateInput) { in.ScriptPath = p })
		add(func(in *GenerateInput) { in.ScriptPath = "/" + p })
		add(func(in *GenerateInput) { in.Host = p })
		add(func(in *GenerateInput) { in.Code = p })
		add(func(in *GenerateInput) { in.Name = p })
		add(func(in *GenerateInput) { in.Scheme = p })
		add(func(in *GenerateInput) { in.SourceURL = "https://x/" + p })
	}
	add(func(in *GenerateInput) { in.SourceURL = `https://x/"""; import os; os.system('touch /tmp/x'); """` })
	add(func(in *GenerateInput) { in.SourceURL = "https://x/\\\"\"\"\nimport os\n" })
	add(func(in *GenerateInput) {
		in.Host = "[::1]:8080"
		in.Scheme = "http"
		in.ScriptPath = ""
		in.NoVerify = true
	})
	add(func(in *GenerateInput) {
		in.Host = "wiki.example.org:8443"
		in.Code = "zh-min-nan"
		in.ScriptPath = "/mediawiki-1.39/ü"
	})
	return out
}

// TestGenerateFileHostile: a family file generated from hostile values is
// refused, or loads in CPython running nothing and holding the values as
// given. Ordinary values are accepted.
func TestGenerateFileHostile(t *testing.T) {
	ins := hostileInputs()
	var okIns []GenerateInput
	var srcs []string
	refused := 0
	for _, in := range ins {
		src, err := GenerateFile(in)
		if err != nil {
			refused++
			continue
		}
		okIns = append(okIns, in)
		srcs = append(srcs, src)
	}
	for i, why := range checkWithCPython(t, okIns, srcs) {
		if why != "" {
			t.Errorf("%+v: %s\n%s", okIns[i], why, srcs[i])
		}
	}
	t.Logf("%d refused, %d written and checked by CPython", refused, len(okIns))
	if _, err := GenerateFile(GenerateInput{Name: "x", Code: "en", Scheme: "https", Host: "h", ScriptPath: `'+__import__('os').system('touch /tmp/x')*0*''+'`}); err == nil ||
		!strings.Contains(err.Error(), "script path") {
		t.Errorf("the issue's scriptpath was not refused: %v", err)
	}
	for _, good := range []GenerateInput{goodInput, {Name: "Fan2", Code: "pt-br", Scheme: "http", Host: "127.0.0.1:8080", ScriptPath: ""}, {Name: "x", Code: "be_x_old", Scheme: "https", Host: "a-b.c_d.example", ScriptPath: "/wiki/w"}} {
		if _, err := GenerateFile(good); err != nil {
			t.Errorf("%+v refused: %v", good, err)
		}
	}
}

// FuzzGenerateFile: whatever the values, the generated file is refused or
// runs nothing when CPython loads it and holds the values as given.
func FuzzGenerateFile(f *testing.F) {
	for _, in := range hostileInputs() {
		f.Add(in.SourceURL, in.Name, in.Code, in.Scheme, in.Host, in.ScriptPath, in.NoVerify)
	}
	f.Fuzz(func(t *testing.T, srcURL, name, code, scheme, host, scriptpath string, noVerify bool) {
		in := GenerateInput{SourceURL: srcURL, Name: name, Code: code, Scheme: scheme, Host: host, ScriptPath: scriptpath, NoVerify: noVerify}
		src, err := GenerateFile(in)
		if err != nil {
			return
		}
		if why := checkWithCPython(t, []GenerateInput{in}, []string{src})[0]; why != "" {
			t.Fatalf("%+v: %s\n%s", in, why, src)
		}
	})
}
