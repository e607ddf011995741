package main

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/userconfig"
)

// The shell's greeting and farewell, as pywikibot's shell script prints
// them (scripts and people watching a terminal see the same lines).
const (
	shellBanner  = "Welcome to the Pywikibot interactive shell!"
	shellExitMsg = "Thank you for using Pywikibot; exiting now...\n"
)

// shellSetup imports pywikibot, applies the arguments as pywikibot's
// handle_args does and makes the configured site ready, as pwb.py shell
// does; a wrong family or code ends the shell with pywikibot's one-line
// error.
const shellSetup = `import pywikibot
_rest = pywikibot.handle_args(_args)
try:
    pywikibot.Site()
except (pywikibot.exceptions.UnknownFamilyError, pywikibot.exceptions.UnknownSiteError) as e:
    pywikibot.error('{} ({})'.format(e, type(e).__name__))
    raise SystemExit(1)
`

// cmdShell is "gowikibot shell", pwb.py shell: the interactive console
// (line editing and history on a terminal) with the name pywikibot bound to
// the imported package, configured by the global options, and the
// configured site made (pywikibot.Site()). -noimport starts a bare
// console; other arguments are reported and ignored, as pywikibot does.
func cmdShell(ios *ioStreams, args []string) int {
	noImport := false
	var rest []string
	for _, a := range args {
		if a == "-noimport" {
			noImport = true
			continue
		}
		rest = append(rest, a)
	}
	globals, _ := userconfig.SplitGlobalArgs(rest)
	if !noImport {
		bridge.SetGlobalArgs(globals)
		// a missing or broken config is reported as such, not as the
		// traceback of importing pywikibot
		if _, err := bridge.Config(); err != nil {
			return reportError(ios, err)
		}
	}
	setup := func(in *python.Interp, g py.StringDict) error {
		for k := range g {
			if k != "__builtins__" {
				delete(g, k)
			}
		}
		if noImport {
			g["__name__"] = py.String("__console__")
			g["__doc__"] = py.None
			// pwb.py applies the global options itself: only the
			// others reach the shell script to be ignored
			if _, other := userconfig.SplitGlobalArgs(rest); len(other) > 0 {
				fmt.Fprintf(ios.Out, "Ignoring arguments: %s\n\n", strings.Join(other, ", "))
			}
			return nil
		}
		argv := py.NewList()
		for _, a := range rest {
			argv.Append(py.String(a))
		}
		ns := py.StringDict{"__name__": py.String("__gowikibot_shell__"), "_args": argv}
		if err := in.Exec(shellSetup, "<shell>", ns); err != nil {
			return err
		}
		g["pywikibot"] = ns["pywikibot"]
		if l, ok := ns["_rest"].(*py.List); ok && len(l.Items) > 0 {
			var unknown []string
			for _, o := range l.Items {
				s, _ := py.Str(o)
				unknown = append(unknown, fmt.Sprint(s))
			}
			fmt.Fprintf(ios.Out, "Unknown arguments: %s\n\n", strings.Join(unknown, ", "))
		}
		return nil
	}
	return runConsole(ios, consoleOptions{
		argv:           append([]string{"shell"}, rest...),
		filename:       "<console>",
		banner:         shellBanner,
		exitMsg:        "\n" + shellExitMsg,
		promptToStdout: true,
		setup:          setup,
	})
}
