package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

func init() {
	register("version", "show gowikibot's version, the Go runtime and the config in use", cmdVersion)
}

func cmdVersion(args []string) int {
	fmt.Printf("gowikibot: %s\n", site.Version)
	fmt.Printf("Release version: %s\n", site.Version)
	fmt.Printf("Go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				fmt.Printf("Revision: %s\n", s.Value[:12])
			}
		}
		for _, d := range bi.Deps {
			if d.Path == "github.com/go-python/gpython" {
				fmt.Printf("Interpreter: gpython %s\n", d.Version)
			}
		}
	}
	globals, _ := userconfig.SplitGlobalArgs(args)
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: globals, Stderr: os.Stderr})
	if err != nil {
		fmt.Println("config: none (" + firstLineOf(err.Error()) + ")")
		return 0
	}
	fmt.Printf("config-dir: %s\n", cfg.BaseDir)
	if cfg.ConfigFile != "" {
		fmt.Printf("config-file: %s\n", cfg.ConfigFile)
	}
	fmt.Printf("default site: %s:%s\n", cfg.Family, cfg.Mylang)
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
