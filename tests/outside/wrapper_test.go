package outside

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// wrapperCase runs a script of testdata/wrapper (copied to WORK/sub) from
// WORK as "gowikibot ARGS" and, for the recording, as "python3 pwb.py
// ARGS" (or "python3 ARGS" with pywikibot on PYTHONPATH when python is
// set, for "gowikibot python ARGS"). CFG in an argument is the config
// directory.
type wrapperCase struct {
	name   string
	python bool     // gowikibot python FILE (CPython's python3 FILE)
	args   []string // after the program name
	envDir bool     // PYWIKIBOT_DIR=CFG (for runs without -dir:)
}

// wrapperCases: what pwb.py 9.6.3 does around a script, recorded in
// testdata/wrapper/NAME.pwb963.{out,err,code}: the script's __file__,
// sys.argv[0] and traceback file names as typed (pwb.py's
// run_python_file compiles the name given; CPython's "python3 FILE" makes
// __file__ absolute), the "CRITICAL: Exiting due to uncaught exception"
// line that pywikibot's comms.http atexit hook prints whenever pywikibot
// was imported (pwb.py always imports it), and Python warnings shown
// through pywikibot's logging once handle_args ran (pwb.py runs it only
// for global options before the script's name). A script that does not
// compile fails inside pwb.py's wrapper (exec(compile(...))): a traceback
// and the CRITICAL line; python3 FILE prints the SyntaxError alone.
// handle_args makes the Site: an unknown family ends the run there (in
// the wrapper's handle_args, for global options before the script's name,
// before the script starts).
var wrapperCases = []wrapperCase{
	{name: "crash_global", args: []string{"-dir:CFG", "sub/crash.py"}},
	{name: "crash_noglobal", args: []string{"sub/crash.py"}, envDir: true},
	{name: "crash_python", python: true, args: []string{"sub/crash.py"}, envDir: true},
	{name: "plain_crash", args: []string{"-dir:CFG", "sub/plain_crash.py"}},
	{name: "plain_crash_python", python: true, args: []string{"sub/plain_crash.py"}, envDir: true},
	{name: "warn_global", args: []string{"-dir:CFG", "sub/warn.py"}},
	{name: "warn_noglobal", args: []string{"sub/warn.py"}, envDir: true},
	{name: "warn_python", python: true, args: []string{"sub/warn.py"}, envDir: true},
	{name: "exit", args: []string{"-dir:CFG", "sub/exit.py"}},
	{name: "syntax_global", args: []string{"-dir:CFG", "sub/syntax.py"}},
	{name: "syntax_noglobal", args: []string{"sub/syntax.py"}, envDir: true},
	{name: "syntax_python", python: true, args: []string{"sub/syntax.py"}, envDir: true},
	{name: "handleargs_family", args: []string{"-dir:CFG", "sub/handleargs.py", "-family:nosuch"}},
	{name: "handleargs_ok", args: []string{"-dir:CFG", "sub/handleargs.py", "-x"}},
	{name: "wrapper_family", args: []string{"-dir:CFG", "-family:nosuch", "sub/crash.py"}},
}

// pwbFrame matches the traceback lines of pwb.py's own frames (its
// wrapper and runpy) with their source lines, and CPython 3.11's position
// lines (^^^^ and ~~~~, gap 5 of RESULTS.md): dropped from pywikibot's
// stderr before comparing.
var pwbFrame = regexp.MustCompile(`(?m)^  File "(?:[^"]*/pwb\.py|[^"]*/pywikibot/scripts/wrapper\.py|<frozen runpy>)", line \d+, in .*\n(?:    .*\n)?|^ *[\^~]+ *\n`)

// wrapperNormalize replaces the run's directories and drops pwb.py's
// frames.
func wrapperNormalize(s, work, cfg string) string {
	s = strings.ReplaceAll(s, cfg, "CFG")
	s = strings.ReplaceAll(s, work, "WORK")
	return pwbFrame.ReplaceAllString(s, "")
}

func TestWrapperAsPwb(t *testing.T) {
	w := wikitest.Get(t)
	pwb := os.Getenv("GWB_PWB963")
	record := os.Getenv("GWB_RECORD") != ""
	for _, c := range wrapperCases {
		t.Run(c.name, func(t *testing.T) {
			work, cfg := t.TempDir(), t.TempDir()
			wikiConfig(t, w, cfg)
			sub := filepath.Join(work, "sub")
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{"crash.py", "plain_crash.py", "warn.py", "exit.py", "syntax.py", "handleargs.py"} {
				data, err := os.ReadFile(filepath.Join("testdata", "wrapper", f))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(sub, f), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var args []string
			for _, a := range c.args {
				args = append(args, strings.ReplaceAll(a, "CFG", cfg))
			}
			var env []string
			if c.envDir {
				env = append(env, "PYWIKIBOT_DIR="+cfg)
			}
			base := filepath.Join("testdata", "wrapper", c.name+".pwb963")
			if pwb != "" {
				var cmd *exec.Cmd
				if c.python {
					cmd = exec.Command("/usr/bin/python3", args...)
					env = append(env, "PYTHONPATH="+pwb)
				} else {
					cmd = exec.Command("/usr/bin/python3", append([]string{filepath.Join(pwb, "pwb.py")}, args...)...)
				}
				cmd.Dir = work
				cmd.Env = append(os.Environ(), env...)
				var out, errb strings.Builder
				cmd.Stdout, cmd.Stderr = &out, &errb
				_ = cmd.Run()
				got := [3]string{wrapperNormalize(out.String(), work, cfg), wrapperNormalize(errb.String(), work, cfg), fmt.Sprint(cmd.ProcessState.ExitCode())}
				for i, ext := range []string{".out", ".err", ".code"} {
					if record {
						if err := os.WriteFile(base+ext, []byte(got[i]), 0o644); err != nil {
							t.Fatal(err)
						}
						continue
					}
					if want, _ := os.ReadFile(base + ext); string(want) != got[i] {
						t.Errorf("pywikibot 9.6.3's %s:\n%s\nrecorded:\n%s", ext, got[i], want)
					}
				}
			}
			gargs := args
			if c.python {
				gargs = append([]string{"python"}, args...)
			}
			r := testbin.Run(t, testbin.Cmd{Dir: work, Args: gargs, Env: env})
			got := [3]string{wrapperNormalize(r.Stdout, work, cfg), wrapperNormalize(r.Stderr, work, cfg), fmt.Sprint(r.Code)}
			for i, ext := range []string{".out", ".err", ".code"} {
				want, err := os.ReadFile(base + ext)
				if err != nil {
					t.Fatal(err)
				}
				if got[i] != string(want) {
					t.Errorf("gowikibot %s: %s:\n%s\nwant (pywikibot 9.6.3):\n%s", strings.Join(c.args, " "), ext, got[i], want)
				}
			}
		})
	}
}
