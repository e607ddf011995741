package configcorpus

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// gwb runs gowikibot in dir with stdin and extra environment.
func gwb(t *testing.T, dir, stdin string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(testbin.Gowikibot(t), args...)
	cmd.Dir = dir
	cmd.Env = append(cleanEnv(dir, nil), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

func showJSON(t *testing.T, dir string, env ...string) map[string]any {
	t.Helper()
	out, errOut, code := gwb(t, dir, "", env, "-dir:"+dir, "config", "show", "-json")
	if code != 0 {
		t.Fatalf("config show: exit %d\n%s", code, errOut)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return m
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestGenerateUserFiles(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := gwb(t, dir, "", nil, "-dir:"+dir, "-family:wikipedia", "-lang:en", "-user:ExampleBot", "generate_user_files")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	want := "family = 'wikipedia'\nmylang = 'en'\nusernames['wikipedia']['en'] = 'ExampleBot'\npassword_file = None\n"
	if got := readFile(t, filepath.Join(dir, "user-config.py")); got != want {
		t.Errorf("user-config.py:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(out, "Automatically generating user-config.py") || !strings.Contains(out, "'"+filepath.Join(dir, "user-config.py")+"' written.") {
		t.Errorf("output:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "user-password.cfg")); err == nil {
		t.Error("password file written without a BotPassword")
	}
	// Existing files are not overwritten.
	if _, _, code := gwb(t, dir, "", nil, "-dir:"+dir, "-lang:de", "generate_user_files"); code != 1 {
		t.Errorf("second run exit %d, want 1", code)
	}
	if readFile(t, filepath.Join(dir, "user-config.py")) != want {
		t.Error("user-config.py was overwritten")
	}

	// With a BotPassword (the password from the environment).
	dir2 := t.TempDir()
	_, errOut, code = gwb(t, dir2, "", []string{"GOWIKIBOT_BOTPASSWORD=s3cr'et"}, "-dir:"+dir2, "-site:wiktionary:fr", "-user:ExampleBot", "generate_user_files", "-botpassword:mybot")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want2 := "family = 'wiktionary'\nmylang = 'fr'\nusernames['wiktionary']['fr'] = 'ExampleBot'\npassword_file = \"user-password.cfg\"\n"
	if got := readFile(t, filepath.Join(dir2, "user-config.py")); got != want2 {
		t.Errorf("user-config.py:\n%s\nwant:\n%s", got, want2)
	}
	pw := filepath.Join(dir2, "user-password.cfg")
	fi, err := os.Stat(pw)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("password file: %v %v", fi, err)
	}
	lines := strings.Split(readFile(t, pw), "\n")
	if last := lines[len(lines)-1]; last != `('ExampleBot', BotPassword('mybot', "s3cr'et"))` {
		t.Errorf("password line = %q", last)
	}
	if !strings.HasPrefix(lines[0], "# This is an automatically generated file used to store") {
		t.Errorf("header = %q", lines[0])
	}
	m := showJSON(t, dir2)
	wantLogin := map[string]any{"user": "ExampleBot", "login_name": "ExampleBot@mybot", "has_password": true}
	if got := m["logins"].(map[string]any)["wiktionary:fr"]; !reflect.DeepEqual(got, wantLogin) {
		t.Errorf("login = %v", got)
	}
	if src := os.Getenv("PYWIKIBOT_SRC"); src != "" {
		comparePywikibot(t, dir2, cleanEnv(dir2, nil), m)
	}

	// Interactive: answers on stdin.
	dir3 := t.TempDir()
	out, errOut, code = gwb(t, dir3, "wikisource\nde\nQuellenBot\nn\n", nil, "-dir:"+dir3, "generate_user_files")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	want3 := "family = 'wikisource'\nmylang = 'de'\nusernames['wikisource']['de'] = 'QuellenBot'\npassword_file = None\n"
	if got := readFile(t, filepath.Join(dir3, "user-config.py")); got != want3 {
		t.Errorf("interactive user-config.py:\n%s\nwant:\n%s", got, want3)
	}
}

func TestConfigPathAndNoConfig(t *testing.T) {
	dir := copyCase(t, "generated_botpassword")
	out, _, code := gwb(t, dir, "", nil, "config", "path")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, s := range []string{
		"base_dir: " + dir + " (found in the current directory)",
		"config_file: " + dir + "/user-config.py",
		"password_file: " + dir + "/user-password.cfg",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	empty := t.TempDir()
	_, errOut, code := gwb(t, empty, "", nil, "config", "show")
	if code != 1 || !strings.Contains(errOut, "No user-config.py found in directory") || !strings.Contains(errOut, "gowikibot generate_user_files") {
		t.Errorf("no config: exit %d\n%s", code, errOut)
	}
}

func TestConfigShowMasksSecrets(t *testing.T) {
	dir := copyCase(t, "handwritten")
	out, _, code := gwb(t, dir, "", []string{"BEISPIEL_WP_PW=wp-secret-from-env"}, "-dir:"+dir, "config", "show")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "authenticate={ ...xxxxxxxx... }") || !strings.Contains(out, "put_throttle=6\n") ||
		!strings.Contains(out, "retry_max=300\n") || !strings.Contains(out, "tkhorsize=1280\n") {
		t.Errorf("output:\n%s", out)
	}
	mod, _, _ := gwb(t, dir, "", []string{"BEISPIEL_WP_PW=wp-secret-from-env"}, "-dir:"+dir, "config", "show", "-modified")
	if strings.Contains(mod, "tkhorsize") || !strings.Contains(mod, "put_throttle=6\n") || !strings.Contains(mod, "family='wikipedia'\n") {
		t.Errorf("-modified output:\n%s", mod)
	}
	js, _, _ := gwb(t, dir, "", []string{"BEISPIEL_WP_PW=wp-secret-from-env"}, "-dir:"+dir, "config", "show", "-json")
	for _, secret := range []string{"stagepass", "csecret", "asecret", "wp-secret-from-env", "fallback-secret", "old-main-password"} {
		if strings.Contains(out, secret) || strings.Contains(js, secret) {
			t.Errorf("secret %q printed", secret)
		}
	}
}

func TestConfigMigrate(t *testing.T) {
	dir := copyCase(t, "handwritten")
	env := []string{"BEISPIEL_WP_PW=wp-secret-from-env"}
	// A function cannot be migrated; it is listed.
	f, _ := os.OpenFile(filepath.Join(dir, "user-config.py"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("\ndef _helper():\n    return 1\n\ndef summary_for(page):\n    return 'Bot: ' + page\n")
	f.Close()
	before := showJSON(t, dir, env...)
	out, errOut, code := gwb(t, dir, "", env, "-dir:"+dir, "config", "migrate")
	if code != 0 {
		t.Fatalf("migrate: exit %d\n%s%s", code, out, errOut)
	}
	ini := filepath.Join(dir, "gowikibot.ini")
	if !strings.Contains(out, ini+" written") || !strings.Contains(out, "  summary_for (function)") {
		t.Errorf("migrate output:\n%s", out)
	}
	if strings.Contains(out, "_helper") {
		t.Error("private name listed")
	}
	fi, err := os.Stat(ini)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("ini: %v %v", fi, err)
	}
	text := readFile(t, ini)
	for _, s := range []string{"[config]\n", "put_throttle = 6\n", `socket_timeout = [10,120]`, "; NOT MIGRATED (code, not data): summary_for (function)"} {
		if !strings.Contains(text, s) {
			t.Errorf("ini lacks %q:\n%s", s, text)
		}
	}
	after := showJSON(t, dir, env...)
	if after["config_file"] != ini {
		t.Errorf("config_file = %v, want the ini", after["config_file"])
	}
	for _, k := range []string{"config_file", "base_dir_reason"} {
		delete(before, k)
		delete(after, k)
	}
	if !reflect.DeepEqual(before, after) {
		for k := range before {
			if !reflect.DeepEqual(before[k], after[k]) {
				t.Errorf("%s differs after migrate: %v vs %v", k, before[k], after[k])
			}
		}
	}
	// A second migrate refuses to overwrite.
	if _, _, code := gwb(t, dir, "", env, "-dir:"+dir, "config", "migrate"); code != 1 {
		t.Errorf("second migrate exit %d, want 1", code)
	}
}

func TestGenerateFamilyFileAndCheck(t *testing.T) {
	w := wikitest.Get(t)
	dir := t.TempDir()
	out, errOut, code := gwb(t, dir, "", nil, "-dir:"+dir, "generate_family_file", w.URL+"/index.php/Main_Page", "testwiki")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "API url: "+w.APIURL) || !regexp.MustCompile(`MediaWiki version: 1\.\d+`).MatchString(out) {
		t.Errorf("output:\n%s", out)
	}
	fn := filepath.Join(dir, "families", "testwiki_family.py")
	src := readFile(t, fn)
	for _, s := range []string{
		"from pywikibot import family\n\n\nclass Family(family.Family):  # noqa: D101\n",
		"    name = 'testwiki'\n",
		"    langs = {\n        'en': '" + w.Host + "',\n    }\n",
		"    def scriptpath(self, code):\n        return {\n            'en': '',\n        }[code]\n",
		"    def protocol(self, code):\n        return {\n            'en': 'http',\n        }[code]\n",
	} {
		if !strings.Contains(src, s) {
			t.Errorf("family file lacks %q:\n%s", s, src)
		}
	}
	os.WriteFile(filepath.Join(dir, "user-config.py"), []byte("family = 'testwiki'\nmylang = 'en'\nusernames['testwiki']['en'] = '"+w.BotUser+"'\n"), 0o644)
	m := showJSON(t, dir)
	fam := m["families"].(map[string]any)["testwiki"].(map[string]any)
	if got := fam["codes"].(map[string]any)["en"].(map[string]any)["api_url"]; got != w.APIURL {
		t.Errorf("api_url = %v, want %s", got, w.APIURL)
	}
	if os.Getenv("PYWIKIBOT_SRC") != "" {
		// pywikibot 9.6.3 loads the generated file to the same URLs.
		comparePywikibot(t, dir, cleanEnv(dir, nil), m)
	}

	out, _, code = gwb(t, dir, "", nil, "-dir:"+dir, "family", "check", "testwiki")
	if code != 0 || !regexp.MustCompile(`ok: MediaWiki 1\.\d+`).MatchString(out) || !strings.Contains(out, "en: "+w.APIURL) {
		t.Errorf("family check: exit %d\n%s", code, out)
	}

	// A wrong script path is reported with the line to change.
	bad := strings.Replace(src, "'en': '',", "'en': '/w',", 1)
	os.WriteFile(fn, []byte(bad), 0o644)
	out, _, code = gwb(t, dir, "", nil, "-dir:"+dir, "family", "check", "testwiki", "-lang:en")
	if code != 1 || !strings.Contains(out, "the script path is ''; change scriptpath() for en to return ''") ||
		!regexp.MustCompile(`line \d+: 'en': '/w',`).MatchString(out) {
		t.Errorf("wrong scriptpath: exit %d\n%s", code, out)
	}
	// A wrong protocol too.
	bad = strings.Replace(src, "'en': 'http',", "'en': 'https',", 1)
	os.WriteFile(fn, []byte(bad), 0o644)
	out, _, code = gwb(t, dir, "", nil, "-dir:"+dir, "family", "check", "testwiki")
	if code != 1 || !strings.Contains(out, "the protocol is http; change protocol() for en to return 'http'") ||
		!regexp.MustCompile(`line \d+: 'en': 'https',`).MatchString(out) {
		t.Errorf("wrong protocol: exit %d\n%s", code, out)
	}
	// An unknown code and an unknown family.
	if out, _, code = gwb(t, dir, "", nil, "-dir:"+dir, "family", "check", "testwiki", "-lang:xx"); code != 1 || !strings.Contains(out, "Language xx does not exist in family testwiki") {
		t.Errorf("unknown code: %d %s", code, out)
	}
	if out, _, code = gwb(t, dir, "", nil, "-dir:"+dir, "family", "check", "nosuch"); code != 1 || !strings.Contains(out, "Family nosuch does not exist") {
		t.Errorf("unknown family: %d %s", code, out)
	}
}
