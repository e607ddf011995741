// Command readpages is the benchmark client for "load the text of N pages":
// a whole gowikibot core process that reads the config like every gowikibot
// command, logs in (reusing the saved session when it is alive) and loads N
// page texts with the site package's batched loader. It is the Go core
// without the Python evaluator (no interpreter is linked), so it reads
// gowikibot.ini ("gowikibot config migrate"); bench/run.sh gives it one.
//
//	readpages [global options] -prefix:Bench -n:200
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	globals, rest := userconfig.SplitGlobalArgs(args)
	prefix, n := "Bench", 200
	for _, a := range rest {
		switch {
		case strings.HasPrefix(a, "-prefix:"):
			prefix = a[len("-prefix:"):]
		case strings.HasPrefix(a, "-n:"):
			n, _ = strconv.Atoi(a[len("-n:"):])
		default:
			fmt.Fprintln(os.Stderr, "usage: readpages [global options] -prefix:P -n:N")
			return 2
		}
	}
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: globals})
	if err != nil {
		fmt.Fprintln(os.Stderr, "ERROR:", err)
		return 1
	}
	fam, err := family.Load(cfg.FamilyFiles, cfg.Family)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ERROR:", err)
		return 1
	}
	s, err := site.FromConfig(cfg, fam, cfg.Mylang)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ERROR:", err)
		return 1
	}
	defer s.Close()
	ctx := context.Background()
	if s.Username() != "" {
		if err := s.Login(ctx); err != nil {
			fmt.Fprintln(os.Stderr, "ERROR:", err)
			return 1
		}
	}
	titles := make([]string, n)
	for i := range titles {
		titles[i] = fmt.Sprintf("%s %03d", prefix, i)
	}
	pages, err := s.LoadPages(ctx, titles)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ERROR:", err)
		return 1
	}
	found, size := 0, 0
	for _, p := range pages {
		if p.Exists() {
			found++
			size += len(p.Text())
		}
	}
	st := s.Stats()
	fmt.Printf("%d of %d pages, %d bytes of text, %d API requests\n", found, n, size, st.Requests)
	if found != n {
		return 1
	}
	return 0
}
