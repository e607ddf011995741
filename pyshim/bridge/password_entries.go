package bridge

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/userconfig"
)

// The password file as pywikibot.login.LoginManager.readPassword reads it,
// registered with the other _gowikibot_surface helpers. The file is parsed
// as literals (userconfig.ParsePasswordFile), never executed.
func init() {
	surfaceFunctions = append(surfaceFunctions,
		surfaceFunction{sig("password_entries", 1, param{"path", strArg}, param{"text", strOrNone}), pyPasswordEntries,
			"password_entries(path, text=None) -> (entries, problems) of the file's text (text, when given, is " +
				"what Python read from path): each entry (line, code, family, user, password, " +
				"bot password suffix or None) with code and family None where the tuple leaves them out; " +
				"each problem (line, message)"},
	)
}

// pyPasswordEntries is password_entries(path, text=None).
func pyPasswordEntries(b *bridge, a []py.Object) (py.Object, error) {
	path := str(a[0])
	var data []byte
	if len(a) > 1 && a[1] != nil && a[1] != py.None {
		data = []byte(str(a[1]))
	} else {
		var err error
		data, err = os.ReadFile(path)
		if os.IsNotExist(err) {
			return nil, py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path)
		} else if err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%s: %s", path, err)
		}
	}
	entries, probs := userconfig.ParsePasswordFile(data, environ())
	orNone := func(s string, present bool) py.Object {
		if !present {
			return py.None
		}
		return py.String(s)
	}
	out := make([]py.Object, 0, len(entries))
	for _, e := range entries {
		password, suffix := py.String(e.Password), py.Object(py.None)
		if e.Bot != nil {
			password, suffix = py.String(e.Bot.Password), py.String(e.Bot.Suffix)
		}
		out = append(out, py.Tuple{py.Int(e.Line), orNone(e.Code, e.Fields == 4), orNone(e.Family, e.Fields >= 3),
			py.String(e.User), password, suffix})
	}
	problems := make([]py.Object, 0, len(probs))
	for _, p := range probs {
		problems = append(problems, py.Tuple{py.Int(p.Line), py.String(p.Msg)})
	}
	return py.Tuple{py.NewListFromItems(out), py.NewListFromItems(problems)}, nil
}

// environ is the process environment as a map (the password file may read
// os.environ).
func environ() map[string]string {
	env := map[string]string{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	return env
}
