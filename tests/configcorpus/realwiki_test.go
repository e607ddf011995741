package configcorpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestRealShapedConfigLogsIn: a user-config.py of the shape operators
// write (json and pathlib imported, a settings file opened beside it, names
// taken from pywikibot.config, an AutoFamily for the wiki) and a password
// file whose BotPassword reads the environment log in to the real wiki.
func TestRealShapedConfigLogsIn(t *testing.T) {
	w := wikitest.Get(t)
	dir := t.TempDir()
	suffix := strings.TrimPrefix(w.BotLoginName, w.BotUser+"@")
	os.WriteFile(filepath.Join(dir, "settings.json"), []byte(`{"wiki": "`+w.APIURL+`", "user": "`+w.BotUser+`"}`), 0o644)
	os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(`import json
import pathlib
from pywikibot.config import usernames
from pywikibot import config

_settings = json.loads((pathlib.Path(base_dir) / 'settings.json').read_text())
with open(pathlib.Path(base_dir) / 'settings.json') as _f:
    assert json.load(_f) == _settings
family_files['localwiki'] = _settings['wiki']
family = 'localwiki'
mylang = 'localwiki'
usernames['localwiki']['localwiki'] = _settings['user']
password_file = 'user-password.py'
put_throttle = 0
`), 0o644)
	os.WriteFile(filepath.Join(dir, "user-password.py"), []byte("('"+w.BotUser+"', BotPassword('"+suffix+"', os.environ.get('GWB_TEST_BOT_PASSWORD')))\n"), 0o600)
	env := []string{"GWB_TEST_BOT_PASSWORD=" + w.BotPasswordSecret}
	out, errOut, code := gwb(t, dir, "", env, "-dir:"+dir, "login")
	if code != 0 || !strings.Contains(out+errOut, w.BotUser) {
		t.Fatalf("login: exit %d\n%s%s", code, out, errOut)
	}
	out, errOut, code = gwb(t, dir, "", env, "-dir:"+dir, "whoami")
	if code != 0 || !strings.Contains(out, w.BotUser) {
		t.Errorf("whoami: exit %d\n%s%s", code, out, errOut)
	}
	// Without the variable the login name is still user@suffix (BotPassword
	// with None) and there is no password to log in with.
	m := showJSON(t, dir)
	l := m["logins"].(map[string]any)["localwiki:localwiki"].(map[string]any)
	if l["login_name"] != w.BotLoginName || l["has_password"] != false {
		t.Errorf("without the variable: %v", l)
	}
}
