package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

func cmdVersion(ios *ioStreams, args []string) int {
	fmt.Fprintf(ios.Out, "gowikibot: %s\n", site.Version)
	fmt.Fprintf(ios.Out, "Release version: %s\n", site.Version)
	fmt.Fprintf(ios.Out, "Go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				fmt.Fprintf(ios.Out, "Revision: %s\n", s.Value[:12])
			}
		}
		for _, d := range bi.Deps {
			if d.Path == "github.com/go-python/gpython" {
				fmt.Fprintf(ios.Out, "Interpreter: gpython %s\n", d.Version)
			}
		}
	}
	globals, _ := userconfig.SplitGlobalArgs(args)
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: globals, Stderr: ios.Err})
	if err != nil {
		fmt.Fprintln(ios.Out, "config: none ("+firstLineOf(err.Error())+")")
		return 0
	}
	fmt.Fprintf(ios.Out, "config-dir: %s\n", cfg.BaseDir)
	if cfg.ConfigFile != "" {
		fmt.Fprintf(ios.Out, "config-file: %s\n", cfg.ConfigFile)
	}
	fmt.Fprintf(ios.Out, "default site: %s:%s\n", cfg.Family, cfg.Mylang)
	return 0
}

func firstLineOf(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}
