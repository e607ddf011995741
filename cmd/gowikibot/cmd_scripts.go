package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/scripts"
	"github.com/gowikibot/gowikibot/userconfig"
)

// cmdScripts lists the bundled scripts.
func cmdScripts(ios *ioStreams, _ []string) int {
	for _, n := range scripts.Names() {
		fmt.Fprintln(ios.Out, n)
	}
	return 0
}

// findScript finds a script as pwb.py does: a path to a file; then
// <name>.py in each of user_script_paths (folders or dotted package paths,
// relative to the config directory); then gowikibot's bundled scripts.
// It returns the file path, or "" and the bundled source.
func findScript(name string, cfg *userconfig.Config) (path, bundled string, err error) {
	if strings.HasSuffix(name, ".py") || strings.ContainsRune(name, os.PathSeparator) {
		if st, e := os.Stat(name); e == nil && !st.IsDir() {
			return name, "", nil
		}
	}
	base := strings.TrimSuffix(name, ".py")
	if cfg != nil {
		for _, p := range cfg.UserScriptPaths {
			dir := p
			if !strings.ContainsRune(p, os.PathSeparator) {
				dir = filepath.Join(strings.Split(p, ".")...)
			}
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(cfg.BaseDir, dir)
			}
			cand := filepath.Join(dir, base+".py")
			if st, e := os.Stat(cand); e == nil && !st.IsDir() {
				return cand, "", nil
			}
		}
	}
	if src, ok := scripts.Source(base); ok {
		return "", src, nil
	}
	return "", "", fmt.Errorf("script %q not found: not a file, not in user_script_paths, and not a bundled script (run 'gowikibot scripts' for the list)", name)
}

// runNamedScript runs "gowikibot [globals] SCRIPT [args]".
func runNamedScript(ios *ioStreams, globals []string, name string, args []string) int {
	// pwb.py takes pywikibot's global options anywhere on the command line:
	// those after the script name configure the run too (the script still
	// sees them, and its handle_args applies them again harmlessly).
	later, _ := userconfig.SplitGlobalArgs(args)
	all := append(append([]string{}, globals...), later...)
	bridge.SetGlobalArgs(all)
	if err := userconfig.CheckGlobalArgs(all); err != nil {
		return reportError(ios, err)
	}
	cfg, cfgErr := bridge.Config()
	path, src, err := findScript(name, cfg)
	if err != nil {
		return reportError(ios, err)
	}
	prelude := wrapperPrelude(cfgErr == nil, len(globals) > 0, len(later) > 0)
	if preludeMakesSite(cfgErr == nil, len(globals) > 0, len(later) > 0) {
		// pywikibot's first request of such a run is made before the
		// script runs: gowikibot's goes out now, while the interpreter
		// starts (bridge.StartDefaultSite)
		bridge.StartDefaultSite()
	}
	if path != "" {
		var extra []string
		if cfg != nil {
			extra = scriptPaths(cfg)
		}
		return runFile(ios, runSpec{file: path, asTyped: true, args: args, paths: extra, prelude: prelude})
	}
	file := "<gowikibot>/scripts/" + strings.TrimSuffix(name, ".py") + ".py"
	python.RegisterSource(file, src)
	in, err := newInterp(ios, append([]string{file}, args...), scriptPaths(cfg))
	if err != nil {
		return reportError(ios, err)
	}
	defer in.Close()
	defer handleInterrupts(in)()
	if err := runPrelude(in, prelude); err != nil {
		bridge.CloseSites()
		return exitStatus(ios, err)
	}
	_, err = in.RunSource(src, file, "__main__")
	bridge.CloseSites()
	return exitStatus(ios, err)
}

// wrapperPrelude is what pwb.py 9.6.3's wrapper does before it runs a
// script: it imports pywikibot (whose atexit hook ends a crashed script's
// stderr with "CRITICAL: Exiting due to uncaught exception ..."), and when
// global options came before the script's name it calls handle_args with
// them, which sets up pywikibot's logging: Python warnings are then shown
// as "WARNING: file:line: Category: message", and makes the Site (an
// unknown family ends the run before the script). Without a loadable config
// there is nothing to import (the script's own import reports it). The
// site is not made here when global options also follow the script's name
// (laterArgs): pwb.py's wrapper does not apply those, gowikibot's config
// already holds them, and the script's own handle_args makes the site.
func wrapperPrelude(configLoads, globalArgs, laterArgs bool) string {
	switch {
	case !configLoads:
		return ""
	case preludeMakesSite(configLoads, globalArgs, laterArgs):
		return "import warnings, pywikibot\npywikibot._capture_warnings()\npywikibot._check_site(wrapper=True)\n"
	case globalArgs:
		return "import warnings, pywikibot\npywikibot._capture_warnings()\n"
	default:
		return "import pywikibot\n"
	}
}

// preludeMakesSite reports whether wrapperPrelude makes the site: then
// pywikibot's run sends its first request (the new site's userinfo, asked
// by its initializer) before the script runs, even a script that then only
// prints its help.
func preludeMakesSite(configLoads, globalArgs, laterArgs bool) bool {
	return configLoads && globalArgs && !laterArgs
}

// runPrelude runs src (wrapperPrelude's) in a namespace of its own.
func runPrelude(in *python.Interp, src string) error {
	if src == "" {
		return nil
	}
	return in.Exec(src, "<gowikibot wrapper>", nil)
}

// scriptPaths are the import folders for scripts: user_script_paths.
func scriptPaths(cfg *userconfig.Config) []string {
	if cfg == nil {
		return nil
	}
	var out []string
	for _, p := range cfg.UserScriptPaths {
		dir := p
		if !strings.ContainsRune(p, os.PathSeparator) {
			dir = filepath.Join(strings.Split(p, ".")...)
		}
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(cfg.BaseDir, dir)
		}
		out = append(out, dir)
	}
	return out
}
