// Command testwiki starts or stops a throwaway local MediaWiki for trying
// gowikibot (make demo): "testwiki up DIR" creates a fresh wiki, leaves it
// running, and writes into DIR a user-config.py and a 0600 password file
// (pywikibot's formats) for its bot account, plus wiki.json with the URLs;
// "testwiki down DIR" stops it and removes the wiki.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

type state struct {
	PID     int    `json:"pid"`
	WikiDir string `json:"wiki_dir"`
	URL     string `json:"url"`
	APIURL  string `json:"api_url"`
	BotUser string `json:"bot_user"`
}

func main() {
	if len(os.Args) != 3 || (os.Args[1] != "up" && os.Args[1] != "down") {
		fmt.Fprintln(os.Stderr, "usage: testwiki up|down DIR")
		os.Exit(2)
	}
	dir := os.Args[2]
	statePath := filepath.Join(dir, "wiki.json")
	if os.Args[1] == "down" {
		var s state
		b, err := os.ReadFile(statePath)
		if err != nil {
			fmt.Fprintln(os.Stderr, "testwiki: no running demo wiki:", err)
			os.Exit(1)
		}
		json.Unmarshal(b, &s)
		wikitest.StopPID(s.PID)
		os.RemoveAll(s.WikiDir)
		os.Remove(statePath)
		fmt.Println("testwiki: stopped", s.URL)
		return
	}
	if b, err := os.ReadFile(statePath); err == nil {
		var s state
		json.Unmarshal(b, &s)
		wikitest.StopPID(s.PID)
		os.RemoveAll(s.WikiDir)
	}
	w, err := wikitest.Start(wikitest.Options{Detach: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, "testwiki:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		fmt.Fprintln(os.Stderr, "testwiki:", err)
		os.Exit(1)
	}
	cfg := fmt.Sprintf(`# user-config.py for the local demo wiki, as pywikibot reads it.
family_files['demowiki'] = '%s'
family = 'demowiki'
mylang = 'demowiki'
usernames['demowiki']['*'] = '%s'
password_file = 'user-password.cfg'
put_throttle = 0
`, w.APIURL, w.BotUser)
	pw := fmt.Sprintf("# Bot password for the demo wiki (pywikibot's format).\n('%s', BotPassword('ci', '%s'))\n", w.BotUser, w.BotPasswordSecret)
	s := state{PID: w.PID(), WikiDir: w.Dir, URL: w.URL, APIURL: w.APIURL, BotUser: w.BotUser}
	sb, _ := json.MarshalIndent(s, "", "  ")
	for _, f := range []struct {
		name string
		data string
	}{{"user-config.py", cfg}, {"user-password.cfg", pw}, {"wiki.json", string(sb)}} {
		if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.data), 0o600); err != nil {
			fmt.Fprintln(os.Stderr, "testwiki:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("testwiki: MediaWiki running at %s (stop: testwiki down %s)\n", w.URL, dir)
}
