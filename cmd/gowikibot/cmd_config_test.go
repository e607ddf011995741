package main

import (
	"path/filepath"
	"testing"
)

func TestConfigInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	t.Setenv("PYWIKIBOT_NO_USER_CONFIG", "")
	userConfig := func(text string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, "user-config.py"), text) }
	}
	runCases(t, []cmdCase{
		{name: "config path without config", args: []string{"config", "path"}, withDir: true, code: 1,
			err: []string{"No user-config.py found in directory", "gowikibot generate_user_files"}},
		{name: "config without subcommand", args: []string{"config"}, code: 2, err: []string{"usage: gowikibot config path|show"}},
		{name: "config bad subcommand", args: []string{"config", "frob"}, withDir: true, code: 2, err: []string{`unknown subcommand "frob"`}},
		{name: "config path", args: []string{"config", "path"}, code: 0,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\n"),
			out:   []string{"base_dir: ", "config_file: ", "user-config.py", "password_file: (none)"}},
		{name: "config show masks secrets", args: []string{"config", "show", "-modified"}, code: 0,
			setup: userConfig("family = 'wikipedia'\nmylang = 'de'\nauthenticate['de.wikipedia.org'] = ('k', 's', 'a', 'b')\nput_throttle = 3\n"),
			out:   []string{"mylang='de'", "put_throttle=3", "authenticate={ ...xxxxxxxx... }"}, notOut: []string{"'s', 'a'"}},
		{name: "config check names the line", args: []string{"config", "check"}, code: 1,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\nx = (\n"),
			out:   []string{"user-config.py:", "error:", "1 error(s)"}},
		{name: "config check windows password_file", args: []string{"config", "check"}, code: 1,
			setup: userConfig("family = 'wikipedia'\nmylang = 'ar'\nusernames['wikipedia']['ar'] = 'Bot'\npassword_file = \"C:\\\\Users\\\\me\\\\user-password.py\"\n"),
			out:   []string{"No such file or directory", "fix: password_file is a Windows path"}, notOut: []string{"not a symlink"}},
		{name: "config check ok", args: []string{"config", "check"}, code: 0,
			setup: userConfig("family = 'wikipedia'\nmylang = 'en'\nusernames['wikipedia']['en'] = 'Bot'\n"),
			out:   []string{"OK: configuration loads without errors"}},
	})
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "user-config.py"), "family = 'wikipedia'\nmylang = 'de'\nusernames['wikipedia']['de'] = 'MyBot'\nput_throttle = 0\n")
	runCases(t, []cmdCase{
		{name: "config migrate -n", args: []string{"-dir:" + dir, "config", "migrate", "-n"}, code: 0, out: []string{"[config]", "wikipedia"}},
		{name: "config migrate", args: []string{"-dir:" + dir, "config", "migrate"}, code: 0, out: []string{"gowikibot.ini written"}},
		{name: "config migrate again", args: []string{"-dir:" + dir, "config", "migrate"}, code: 1,
			err: []string{"ERROR: config migrate: " + filepath.Join(dir, "gowikibot.ini") + " exists; use -force to overwrite"}},
		{name: "config migrate bad option", args: []string{"-dir:" + dir, "config", "migrate", "-frob"}, code: 2, err: []string{`unknown option "-frob"`}},
	})
}
