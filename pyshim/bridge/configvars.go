package bridge

import (
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/userconfig"
)

func (b *bridge) config([]py.Object) (py.Object, error) {
	if OnPackageLoad != nil {
		packageLoadOnce.Do(OnPackageLoad)
	}
	cfg, err := Config()
	if err != nil {
		return nil, b.pyError(err)
	}
	return toPy(configMap(cfg)), nil
}

// configMap renders the config variables by their pywikibot names.
func configMap(c *userconfig.Config) map[string]any {
	m := map[string]any{}
	// Every pywikibot config variable with its effective value (defaults
	// included), then the typed fields the Go core resolved. Names
	// user-config.py adds that pywikibot does not know (warned about as
	// "unknown") are not config attributes: pywikibot's config copies only
	// its own variables out of the file's namespace.
	for k, v := range c.Vars {
		if _, known := userconfig.LookupVar(k); known {
			m[k] = v
		}
	}
	// pywikibot's default for colorized_output is whether stdout is a
	// terminal, decided when the config loads.
	if _, set := c.Extra["colorized_output"]; !set {
		m["colorized_output"] = auth.IsTerminal(os.Stdout)
	}
	users := map[string]any{}
	for f, codes := range c.Usernames {
		cm := map[string]any{}
		for code, u := range codes {
			cm[code] = u
		}
		users[f] = cm
	}
	// pywikibot's family_files also names its own families (their files
	// in pywikibot/families); gowikibot's are built in, named by the path
	// they would have in its embedded package.
	ff := map[string]any{}
	for _, k := range family.BuiltinNames() {
		ff[k] = "<gowikibot>/pywikibot/families/" + k + "_family.py"
	}
	for k, v := range c.FamilyFiles {
		ff[k] = v
	}
	auths := map[string]any{}
	for h := range c.Authenticate {
		auths[h] = "<hidden>"
	}
	for k, v := range map[string]any{
		"base_dir": c.BaseDir, "family": c.Family, "mylang": c.Mylang, "usernames": users,
		"authenticate": auths, "password_file": c.PasswordFile,
		"put_throttle": c.PutThrottle, "minthrottle": c.MinThrottle, "maxthrottle": c.MaxThrottle,
		"maxlag": int64(c.Maxlag), "max_retries": int64(c.MaxRetries), "retry_wait": c.RetryWait,
		"retry_max": c.RetryMax, "noisysleep": c.NoisySleep, "step": int64(c.Step),
		"maximum_GET_length": int64(c.MaximumGETLength), "user_script_paths": strs(c.UserScriptPaths),
		"user_families_paths": strs(c.UserFamiliesPaths), "family_files": ff, "simulate": c.Simulate,
		"verbose_output": int64(c.VerboseOutput), "debug": c.Debug,
		"default_edit_summary": c.DefaultEditSummary, "user_agent_format": c.UserAgentFormat,
	} {
		m[k] = v
	}
	// The numbers and simulate as pywikibot's config holds them: the value
	// user-config.py or the command line gave, of its own type (an int
	// put_throttle stays 10, not 10.0; one of the wrong type is kept with
	// its warning, as 9.6.3 keeps it), not the Go core's typed field.
	for _, k := range []string{"put_throttle", "minthrottle", "maxthrottle", "maxlag", "max_retries",
		"retry_wait", "retry_max", "noisysleep", "step", "maximum_GET_length", "verbose_output", "simulate"} {
		if v, ok := c.Vars[k]; ok {
			m[k] = v
		}
	}
	if c.PasswordFile == "" {
		m["password_file"] = nil // pywikibot's default: None, not ''
	}
	if c.ConfigFileName != "" {
		m["user_config_file"] = filepath.Join(c.BaseDir, c.ConfigFileName)
	}
	return m
}

func strs(l []string) []any {
	out := make([]any, len(l))
	for i, s := range l {
		out[i] = s
	}
	return out
}

func (b *bridge) handleArgs(args []py.Object) (py.Object, error) {
	var in []string
	if args[0] != nil {
		err := py.Iterate(args[0], func(o py.Object) bool {
			if s, ok := o.(py.String); ok {
				in = append(in, string(s))
			}
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	globals, rest := userconfig.SplitGlobalArgs(in)
	state.mu.Lock()
	err := state.applyGlobals(globals)
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	l := py.NewList()
	for _, r := range rest {
		l.Append(py.String(r))
	}
	return l, nil
}
