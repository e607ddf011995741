// Package scriptstart checks that scripts start under gowikibot: each is
// run as "gowikibot python FILE -help" with a minimal user-config.py in a
// temporary directory, and must print its help (the first line of its
// docstring) and exit 0, as pywikibot's pwb.py does.
//
// With pywikibot checkouts present (PYWIKIBOT963, PYWIKIBOT773,
// PYWIKIBOT11; default /tmp/pwb963, /tmp/pwb773, /tmp/pwb11) every file of
// their scripts/ and scripts/maintenance/ is run and a table is printed
// (script, starts, first error line, whose work the gap is). Without them
// (CI) the same check runs on testdata/scripts: small scripts of the
// project's own that import the same pywikibot modules and names.
package scriptstart

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Result is the outcome of one "FILE -help" run.
type Result struct {
	Script string // file name without .py, "maintenance/" prefixed for that folder
	Starts bool   // exit 0 and the docstring's first line printed
	Error  string // the exception line (last line of stderr) when it does not start
	Owner  string // whose work the gap is: stdlib, third-party, interpreter, package, help
}

// userConfig is the minimal configuration the scripts run with.
const userConfig = "family = 'wikipedia'\nmylang = 'en'\nusernames['wikipedia']['en'] = 'ExampleBot'\n"

// WriteConfig writes the minimal user-config.py into dir.
func WriteConfig(dir string) error {
	return os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(userConfig), 0o600)
}

// Scripts lists the script files of a pywikibot checkout (scripts/*.py and
// scripts/maintenance/*.py, without __init__.py), or of any folder.
func Scripts(dir string) []string {
	var out []string
	for _, sub := range []string{"", "maintenance"} {
		files, _ := filepath.Glob(filepath.Join(dir, sub, "*.py"))
		for _, f := range files {
			if !strings.HasPrefix(filepath.Base(f), "__") {
				out = append(out, f)
			}
		}
	}
	return out
}

// RunAll runs every file with -help, two at a time (the machine has two
// cores), and returns the results in the order of files.
func RunAll(bin, cfgDir string, files []string) []Result {
	res := make([]Result, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int, f string) {
			defer wg.Done()
			defer func() { <-sem }()
			res[i] = Run(bin, cfgDir, f)
		}(i, f)
	}
	wg.Wait()
	return res
}

// Run runs one file with -help in cfgDir and judges whether it started.
func Run(bin, cfgDir, file string) Result {
	name := strings.TrimSuffix(filepath.Base(file), ".py")
	if filepath.Base(filepath.Dir(file)) == "maintenance" {
		name = "maintenance/" + name
	}
	r := Result{Script: name}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-dir:"+cfgDir, "python", file, "-help")
	cmd.Dir = cfgDir
	cmd.Env = append(os.Environ(), "PYWIKIBOT_DIR="+cfgDir)
	cmd.Stdin = strings.NewReader("")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	first := ""
	if src, _ := os.ReadFile(file); bytes.Contains(src, []byte("handle_args(")) {
		// only scripts that parse their arguments print help for -help
		// (maintenance/colors.py, for one, just runs)
		first = docFirstLine(file)
	}
	switch {
	case ctx.Err() != nil:
		r.Error, r.Owner = "timed out after 60 s", "package"
	case err != nil:
		r.Error = lastLine(stderr.String())
		if r.Error == "" {
			r.Error = err.Error()
		}
		r.Owner = owner(name, r.Error)
	case first != "" && !strings.Contains(stdout.String(), first):
		r.Error, r.Owner = "exit 0 but the docstring was not printed: "+first, "help"
	default:
		r.Starts = true
	}
	return r
}

// lastLine is the last non-empty line of s, the exception line of a
// traceback: pywikibot's "CRITICAL: Exiting due to uncaught exception"
// line after it (its atexit hook) is passed over.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" && !strings.HasPrefix(l, "CRITICAL: Exiting due to uncaught exception ") {
			return l
		}
	}
	return ""
}

var docStart = regexp.MustCompile(`^[rRuU]?("""|''')`)

// docFirstLine is the first non-empty line of a file's module docstring,
// or "" when it has none (or starts with a substitution pywikibot fills).
func docFirstLine(file string) string {
	f, err := os.Open(file)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	inDoc := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !inDoc {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			m := docStart.FindStringSubmatch(line)
			if m == nil {
				return ""
			}
			inDoc = true
			line = strings.TrimSpace(line[len(m[0]):])
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, `"""`), "'''")
		if line != "" {
			if strings.Contains(line, "&") || strings.Contains(line, `\`) {
				return "" // &params; substitution or an escape: not compared
			}
			return line
		}
	}
	return ""
}

var missingModule = regexp.MustCompile(`No module named '([^'.]+)`)

// thirdParty are the non-stdlib packages pywikibot's scripts import.
var thirdParty = map[string]bool{
	"mwparserfromhell": true, "requests": true, "wikitextparser": true, "mwoauth": true,
	"pydot": true, "PIL": true, "isbnlib": true, "unidecode": true, "wikitextprocessor": true,
	"packaging": true, "stdnum": true, "memento_client": true, "googlesearch": true,
	"yaml": true, "fake_useragent": true, "requests_oauthlib": true,
}

// knownCauses name the real cause of failures whose last line hides it
// (keyed by the exception line).
var knownCauses = []struct{ script, contains, owner, note string }{
	{"", "No module named 'pywikibot_scripts'", "stdlib",
		"its sibling scripts.welcome (or .image, .replace) failed to import; run it for the first cause (welcome: pickle)"},
	{"dataextend", "'int' object is not callable", "interpreter",
		"a dict display of 128 or more items fails (gowikibot interpreter gap)"},
	{"maintenance/addwikis", "pywikibot/families/", "checkout",
		"it rewrites pywikibot's own family files in the current directory (a pywikibot checkout); pywikibot " +
			"9.6.3 stops with the same FileNotFoundError elsewhere"},
	{"", "bases must be types", "interpreter", "typing.NamedTuple as a base class (interpreter/stdlib gap)"},
	{"", "assignment expressions are not supported here", "interpreter", "walrus where the pre-pass cannot rewrite it"},
	{"", "ConnectionError", "network", "it reads Wikimedia sites at once; pywikibot stops with ConnectionError too offline"},
}

// owner says whose work a failure is: a missing standard-library module
// (the stdlib helpers'), a third-party package, the interpreter
// (SyntaxError, language gaps), or the pywikibot package.
func owner(script, errLine string) string {
	for _, k := range knownCauses {
		if (k.script == "" || k.script == script) && strings.Contains(errLine, k.contains) {
			return k.owner + ": " + k.note
		}
	}
	if m := missingModule.FindStringSubmatch(errLine); m != nil {
		switch {
		case m[1] == "pywikibot" || m[1] == "scripts" || m[1] == "pywikibot_scripts":
			return "package"
		case thirdParty[m[1]]:
			return "third-party"
		default:
			return "stdlib"
		}
	}
	if strings.HasPrefix(errLine, "SyntaxError") {
		return "interpreter"
	}
	return "package"
}

// Table renders results as a Markdown table.
func Table(release string, res []Result) string {
	var b strings.Builder
	b.WriteString("| script | " + release + " starts | first error | whose |\n|---|---|---|---|\n")
	for _, r := range res {
		starts := "yes"
		if !r.Starts {
			starts = "no"
		}
		e := strings.ReplaceAll(r.Error, "|", `\|`)
		if len(e) > 110 {
			e = e[:110] + "…"
		}
		b.WriteString("| " + r.Script + " | " + starts + " | " + e + " | " + r.Owner + " |\n")
	}
	return b.String()
}
