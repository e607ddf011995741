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
	cfg, _ := bridge.Config()
	path, src, err := findScript(name, cfg)
	if err != nil {
		return reportError(ios, err)
	}
	if path != "" {
		var extra []string
		if cfg != nil {
			extra = scriptPaths(cfg)
		}
		return runPythonFile(ios, path, args, extra)
	}
	file := "<gowikibot>/scripts/" + strings.TrimSuffix(name, ".py") + ".py"
	python.RegisterSource(file, src)
	in, err := newInterp(ios, append([]string{file}, args...), scriptPaths(cfg))
	if err != nil {
		return reportError(ios, err)
	}
	defer in.Close()
	defer handleInterrupts(in)()
	_, err = in.RunSource(src, file, "__main__")
	bridge.CloseSites()
	return exitStatus(ios, err)
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
