package userconfig

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// LoadOptions are the inputs of Load: the raw global arguments, the
// environment and the working directory. Zero values mean "the process's
// own".
type LoadOptions struct {
	// Args are the global arguments (-dir:, -config:, -family:, -lang:,
	// -code:, -site:, -user:, -v, -debug, -simulate, -pt:, -maxlag: and
	// -name:value for int variables). Other arguments are ignored.
	Args []string
	// Env is the environment as KEY=VALUE strings; nil means os.Environ().
	Env []string
	// Cwd is the current directory; "" means os.Getwd().
	Cwd string
	// Home is the home directory; "" means $HOME (or os.UserHomeDir).
	Home string
	// Stderr receives warnings; nil means os.Stderr. Use io.Discard to
	// silence them (they are kept in Config.Warnings either way).
	Stderr io.Writer
	// Stdout receives what user-config.py prints; nil means os.Stdout.
	// ("config show -json" sends it to stderr to keep its output JSON.)
	Stdout io.Writer
	// IgnoreINI makes Load read user-config.py even when gowikibot.ini
	// exists (used by "config migrate").
	IgnoreINI bool
}

// INIFileName is the declarative config written by "config migrate"; when it
// is present in the base directory it is read instead of user-config.py.
const INIFileName = "gowikibot.ini"

// NoConfigError is returned by Load when no config file was found.
type NoConfigError struct {
	ConfigFile string // the file name looked for
	Dir        string // the directory it was expected in
	Searched   []string
}

func (e *NoConfigError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "No %s found in directory %q.\n", e.ConfigFile, e.Dir)
	b.WriteString("Directories searched, in order: " + strings.Join(e.Searched, ", ") + ".\n")
	b.WriteString("Create one with:  gowikibot generate_user_files\n")
	b.WriteString("(or choose another directory with -dir:DIR or PYWIKIBOT_DIR).")
	return b.String()
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *NoConfigError) PywikibotClass() string { return "Error" }

// ConfigError is an error in a config file, naming the file and line.
type ConfigError struct {
	File string
	Line int
	Msg  string // the Python traceback or message
	// Err is the underlying error, when there is one (ErrNoEvaluator).
	Err error
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("error in %s, line %d:\n%s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("error in %s:\n%s", e.File, e.Msg)
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *ConfigError) PywikibotClass() string { return "Error" }

// loader carries the state of one Load.
type loader struct {
	opts     LoadOptions
	cfg      *Config
	env      map[string]string
	stderr   io.Writer
	dirArg   string
	hasDir   bool
	familyFs map[string]string
	// initialFs is familyFs before the config ran.
	initialFs map[string]string
}

func envMap(env []string) map[string]string {
	m := map[string]string{}
	for _, kv := range env {
		if i := strings.IndexByte(kv, '='); i > 0 {
			m[kv[:i]] = kv[i+1:]
		}
	}
	return m
}

// warn records a warning and prints it as pywikibot does ("WARNING: ...").
func (c *Config) warn(w io.Writer, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	c.Warnings = append(c.Warnings, msg)
	if w != nil {
		fmt.Fprintln(w, "WARNING: "+msg)
	}
}

// Load finds and reads the configuration as pywikibot does: the base
// directory, user-config.py (or gowikibot.ini), the families folders and
// the global command-line options.
func Load(opts LoadOptions) (*Config, error) {
	l := &loader{opts: opts, cfg: Defaults(), stderr: opts.Stderr}
	if l.stderr == nil {
		l.stderr = os.Stderr
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	l.env = envMap(opts.Env)
	cfg := l.cfg
	cfg.Env = l.env
	cfg.ConfigFamilyFiles = map[string]string{}
	cfg.Cwd = opts.Cwd
	if cfg.Cwd == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		cfg.Cwd = wd
	}
	cfg.Home = opts.Home
	if cfg.Home == "" {
		cfg.Home = l.env["HOME"]
		if cfg.Home == "" {
			cfg.Home, _ = os.UserHomeDir()
		}
	}
	for _, a := range opts.Args {
		opt, val, _ := strings.Cut(a, ":")
		switch opt {
		case "-config":
			if !strings.HasSuffix(val, ".py") {
				val += ".py"
			}
			cfg.ConfigFileName = val
		case "-dir":
			if !l.hasDir {
				l.dirArg, l.hasDir = val, true
			}
		}
	}
	base, reason, found, err := l.findBaseDir()
	if err != nil {
		return nil, err
	}
	cfg.BaseDir, cfg.BaseDirReason = base, reason
	for _, a := range opts.Args {
		if strings.HasPrefix(a, "-verbose") || a == "-v" {
			fmt.Fprintf(l.stderr, "The base directory is %s\nThe user config file is %s\n", base, cfg.ConfigFileName)
			break
		}
	}
	l.familyFs = map[string]string{}
	noUser := l.env["PYWIKIBOT_NO_USER_CONFIG"]
	if !found {
		if noUser != "1" && noUser != "2" {
			return nil, &NoConfigError{ConfigFile: cfg.ConfigFileName, Dir: base, Searched: l.searched()}
		}
		if noUser != "2" {
			cfg.warn(l.stderr, "%s cannot be loaded.", cfg.ConfigFileName)
		}
	}
	// <base_dir>/families is registered before the config runs.
	if err := registerFamiliesFolder(l.familyFs, filepath.Join(base, "families"), true); err != nil {
		return nil, err
	}
	if found {
		ini := filepath.Join(base, INIFileName)
		if _, err := os.Stat(ini); err == nil && !opts.IgnoreINI {
			if err := l.loadINI(ini); err != nil {
				return nil, err
			}
		} else if err := l.loadPython(filepath.Join(base, cfg.ConfigFileName)); err != nil {
			return nil, err
		}
	}
	// Fix up the default site, as config.py does at import time.
	if cfg.Vars["family"] == "wikipedia" && cfg.Vars["mylang"] == "language" {
		if noUser != "2" {
			cfg.warn(l.stderr, "family and mylang are not set.\nDefaulting to family='wikipedia' and mylang='test'.")
		}
		cfg.Vars["mylang"] = "test"
	}
	// user_families_paths are registered after the config ran; relative
	// paths are relative to the current directory.
	if ufp, ok := cfg.Vars["user_families_paths"].([]any); ok {
		for _, p := range ufp {
			s, ok := p.(string)
			if !ok {
				continue
			}
			if !filepath.IsAbs(s) {
				s = filepath.Join(cfg.Cwd, s)
			}
			if err := registerFamiliesFolder(l.familyFs, s, false); err != nil {
				return nil, err
			}
		}
	}
	if err := l.applyArgs(); err != nil {
		return nil, err
	}
	l.fillFields()
	lastLoaded.Store(cfg)
	return cfg, nil
}

var lastLoaded atomic.Pointer[Config]

// Loaded returns the configuration of the most recent successful Load in
// this process (nil before any): what pywikibot's process-wide
// pywikibot.config holds. Family files see it as pywikibot.config.
func Loaded() *Config { return lastLoaded.Load() }

// searched lists the candidate directories in pywikibot's order.
func (l *loader) searched() []string {
	var s []string
	if l.hasDir {
		return []string{"-dir:" + l.dirArg}
	}
	if d, ok := l.env["PYWIKIBOT_DIR"]; ok {
		s = append(s, "$PYWIKIBOT_DIR="+d)
	}
	s = append(s, "the current directory "+l.cfg.Cwd)
	if d, ok := l.env["PYWIKIBOT_DIR_PWB"]; ok {
		s = append(s, "$PYWIKIBOT_DIR_PWB="+d)
	}
	return append(s, filepath.Join(l.cfg.Home, ".pywikibot"))
}

func (l *loader) abs(p string) string {
	if !filepath.IsAbs(p) {
		p = filepath.Join(l.cfg.Cwd, p)
	}
	return filepath.Clean(p)
}

// hasConfig reports whether dir holds the config file (or gowikibot.ini).
func (l *loader) hasConfig(dir string) bool {
	if fi, err := os.Stat(filepath.Join(dir, l.cfg.ConfigFileName)); err == nil && !fi.IsDir() {
		return true
	}
	if l.cfg.ConfigFileName == "user-config.py" && !l.opts.IgnoreINI {
		if fi, err := os.Stat(filepath.Join(dir, INIFileName)); err == nil && !fi.IsDir() {
			return true
		}
	}
	return false
}

// findBaseDir implements pywikibot's get_base_dir: -dir:, $PYWIKIBOT_DIR
// (only if it holds the file), the current directory (if it holds the
// file), $PYWIKIBOT_DIR_PWB (likewise), ~/.pywikibot (created 0700).
func (l *loader) findBaseDir() (dir, reason string, found bool, err error) {
	switch {
	case l.hasDir:
		d := l.dirArg
		if d == "~" || strings.HasPrefix(d, "~/") {
			d = filepath.Join(l.cfg.Home, d[1:])
		}
		dir, reason = l.abs(d), "-dir: argument"
	case l.env["PYWIKIBOT_DIR"] != "" && l.hasConfig(l.abs(l.env["PYWIKIBOT_DIR"])):
		dir, reason = l.abs(l.env["PYWIKIBOT_DIR"]), "PYWIKIBOT_DIR environment variable"
	case l.hasConfig(l.cfg.Cwd):
		dir, reason = l.abs(l.cfg.Cwd), "found in the current directory"
	case l.env["PYWIKIBOT_DIR_PWB"] != "" && l.hasConfig(l.abs(l.env["PYWIKIBOT_DIR_PWB"])):
		dir, reason = l.abs(l.env["PYWIKIBOT_DIR_PWB"]), "PYWIKIBOT_DIR_PWB environment variable"
	default:
		home := filepath.Join(l.cfg.Home, ".pywikibot")
		if mkErr := os.Mkdir(home, 0o700); mkErr != nil && l.hasConfig(home) {
			dir, reason = home, "~/.pywikibot"
		} else if mkErr == nil && l.hasConfig(home) {
			dir, reason = home, "~/.pywikibot"
		} else {
			// pywikibot falls back to the current directory.
			dir, reason = l.cfg.Cwd, "no config found; the current directory"
		}
	}
	fi, serr := os.Stat(dir)
	if serr != nil || !fi.IsDir() {
		return "", "", false, fmt.Errorf("Directory '%s' does not exist.", dir)
	}
	return dir, reason, l.hasConfig(dir), nil
}

// registerFamiliesFolder adds every <name>_family.py of folder to files,
// as pywikibot's register_families_folder.
func registerFamiliesFolder(files map[string]string, folder string, notExistsOK bool) error {
	fi, err := os.Stat(folder)
	if err != nil {
		if notExistsOK {
			return nil
		}
		return fmt.Errorf("FileNotFoundError: Family folder %s does not exist", pyRepr(folder))
	}
	if !fi.IsDir() {
		return fmt.Errorf("NotADirectoryError: [Errno 20] Not a directory: %s", pyRepr(folder))
	}
	ents, err := os.ReadDir(folder)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if name, ok := strings.CutSuffix(e.Name(), "_family.py"); ok {
			files[name] = filepath.Join(folder, e.Name())
		}
	}
	return nil
}

// pyRepr is Python's repr of a str.
func pyRepr(s string) string { return Repr(s) }

// CheckGlobalArgs reports the first global option of args whose value is
// refused (-pt:nan, -pt:x), before any config is read, so that a command
// can say so instead of the script failing at "import pywikibot".
func CheckGlobalArgs(args []string) error {
	l := &loader{opts: LoadOptions{Args: args}, cfg: Defaults()}
	return l.applyArgs()
}

// applyArgs applies the global options after the config, as pywikibot's
// handle_args does.
func (l *loader) applyArgs() error {
	v := l.cfg.Vars
	var username string
	hasUser := false
	for _, a := range l.opts.Args {
		opt, val, _ := strings.Cut(a, ":")
		switch opt {
		case "-config", "-dir":
		case "-site":
			if f, c, ok := strings.Cut(val, ":"); ok {
				v["family"], v["mylang"] = f, c
			} else {
				v["family"], v["mylang"] = val, val
			}
		case "-family":
			v["family"] = val
		case "-lang", "-code":
			v["mylang"] = val
		case "-user":
			username, hasUser = val, true
		case "-putthrottle", "-pt":
			f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
			if err != nil {
				return fmt.Errorf("ValueError: could not convert string to float: %s", pyRepr(val))
			}
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return fmt.Errorf("%s: put_throttle must be a finite number of seconds. Fix: give %s: a number from 0 to maxthrottle", a, opt)
			}
			v["put_throttle"] = f
		case "-log":
			v["log"] = append(listOf(v["log"]), "terminal-interface")
			if val != "" {
				v["logfilename"] = val
			}
		case "-nolog":
			v["log"] = []any{}
		case "-cosmeticchanges", "-cc":
			if val == "" {
				b, _ := v["cosmetic_changes"].(bool)
				v["cosmetic_changes"] = !b
			} else {
				b, err := strToBool(val)
				if err != nil {
					return err
				}
				v["cosmetic_changes"] = b
			}
		case "-simulate":
			if val == "" {
				v["simulate"] = true
			} else {
				v["simulate"] = val
			}
		case "-debug":
			l.cfg.Debug = true
			v["debug_log"] = append(listOf(v["debug_log"]), val)
		case "-verbose", "-v":
			n, _ := v["verbose_output"].(int64)
			v["verbose_output"] = n + 1
		default:
			name := strings.TrimPrefix(opt, "-")
			cur, ok := v[name]
			if !ok || opt == name {
				continue
			}
			if _, isInt := cur.(int64); !isInt {
				continue
			}
			n, err := strconv.ParseInt(strings.TrimSpace(val), 10, 64)
			if err != nil {
				continue // not global: the script gets it
			}
			v[name] = n
		}
	}
	if hasUser {
		fam, _ := v["family"].(string)
		code, _ := v["mylang"].(string)
		u, _ := v["usernames"].(map[string]any)
		if u == nil {
			u = map[string]any{}
			v["usernames"] = u
		}
		m, _ := u[fam].(map[string]any)
		if m == nil {
			m = map[string]any{}
			u[fam] = m
		}
		m[code] = username
	}
	return nil
}

func listOf(v any) []any {
	l, _ := v.([]any)
	return append([]any{}, l...)
}

// strToBool is pywikibot's tools.strtobool.
func strToBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "y", "yes", "t", "true", "on", "1":
		return true, nil
	case "n", "no", "f", "false", "off", "0":
		return false, nil
	}
	return false, fmt.Errorf("ValueError: invalid truth value %s", pyRepr(s))
}

// SplitGlobalArgs separates pywikibot's global options from the rest, as
// handle_args does: the known options, and -name:value where name is an int
// config variable and value an integer. Order is kept in both.
func SplitGlobalArgs(args []string) (globals, rest []string) {
	for _, a := range args {
		if isGlobalArg(a) {
			globals = append(globals, a)
		} else {
			rest = append(rest, a)
		}
	}
	return globals, rest
}

func isGlobalArg(a string) bool {
	opt, val, _ := strings.Cut(a, ":")
	switch opt {
	case "-config", "-dir", "-site", "-family", "-lang", "-code", "-user",
		"-putthrottle", "-pt", "-log", "-nolog", "-cosmeticchanges", "-cc",
		"-simulate", "-debug", "-verbose", "-v", "-daemonize":
		return true
	}
	if !strings.HasPrefix(opt, "-") {
		return false
	}
	v, ok := varIndex[opt[1:]]
	if !ok || v.Type != "int" {
		return false
	}
	_, err := strconv.ParseInt(strings.TrimSpace(val), 10, 64)
	return err == nil
}

// DefaultVars returns every pywikibot config variable with its default, as
// fresh Go values (see Config.Vars).
func DefaultVars() map[string]any { return defaultVars() }

func defaultVars() map[string]any {
	m := make(map[string]any, len(Variables))
	for _, v := range Variables {
		m[v.Name] = deepCopy(v.Default)
	}
	return m
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case []any:
		c := make([]any, len(x))
		for i, e := range x {
			c[i] = deepCopy(e)
		}
		return c
	case Tuple:
		c := make(Tuple, len(x))
		for i, e := range x {
			c[i] = deepCopy(e)
		}
		return c
	case map[string]any:
		c := make(map[string]any, len(x))
		for k, e := range x {
			c[k] = deepCopy(e)
		}
		return c
	}
	return v
}

// fillFields copies Vars into the typed fields of Config.
func (l *loader) fillFields() {
	c, v := l.cfg, l.cfg.Vars
	c.Family, _ = v["family"].(string)
	c.Mylang, _ = v["mylang"].(string)
	c.Usernames = map[string]map[string]string{}
	if u, ok := v["usernames"].(map[string]any); ok {
		for fam, m := range u {
			mm, ok := m.(map[string]any)
			if !ok {
				continue
			}
			c.Usernames[fam] = map[string]string{}
			for code, name := range mm {
				if s, ok := name.(string); ok {
					c.Usernames[fam][code] = s
				}
			}
		}
	}
	c.Authenticate = map[string]AuthEntry{}
	if a, ok := v["authenticate"].(map[string]any); ok {
		for host, e := range a {
			if ent, ok := authEntry(e); ok {
				c.Authenticate[host] = ent
			} else {
				c.warn(l.stderr, "Invalid authentication tuple for %s (a 2-tuple for HTTP basic auth or a 4-tuple for OAuth 1.0a expected); ignored", host)
			}
		}
	}
	c.PasswordFile, c.PasswordFileRaw = "", ""
	if pf, ok := v["password_file"].(string); ok && pf != "" {
		c.PasswordFileRaw = pf
		p := filepath.Join(c.BaseDir, pf)
		if filepath.IsAbs(pf) {
			p = pf
		}
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			c.PasswordFile = p
		} else if fi, err := os.Lstat(p); err == nil && fi.Mode()&os.ModeSymlink != 0 {
			c.PasswordFile = p
		} else {
			c.PasswordFile = pf
			if !filepath.IsAbs(pf) {
				c.PasswordFile = filepath.Join(c.Cwd, pf)
			}
		}
	}
	c.PutThrottle = num(v["put_throttle"], 10)
	c.MinThrottle = num(v["minthrottle"], 0)
	c.MaxThrottle = num(v["maxthrottle"], 60)
	c.Maxlag = int(num(v["maxlag"], 5))
	c.MaxRetries = int(num(v["max_retries"], 15))
	c.RetryWait = num(v["retry_wait"], 5)
	c.RetryMax = num(v["retry_max"], 120)
	c.NoisySleep = num(v["noisysleep"], 3)
	c.Step = int(num(v["step"], -1))
	c.ConnectTimeout, c.SocketTimeout = 6050*time.Millisecond, 45*time.Second
	switch st := v["socket_timeout"].(type) {
	case Tuple:
		if len(st) == 2 {
			c.ConnectTimeout = seconds(num(st[0], 6.05))
			c.SocketTimeout = seconds(num(st[1], 45))
		}
	case int64, float64:
		c.ConnectTimeout = seconds(num(st, 45))
		c.SocketTimeout = c.ConnectTimeout
	}
	c.MaximumGETLength = int(num(v["maximum_GET_length"], 255))
	c.UserScriptPaths = strList(v["user_script_paths"])
	c.UserFamiliesPaths = strList(v["user_families_paths"])
	c.FamilyFiles = map[string]string{}
	for k, p := range l.familyFs {
		c.FamilyFiles[k] = p
	}
	if ff, ok := v["family_files"].(map[string]any); ok {
		for k, p := range ff {
			if s, ok := p.(string); ok {
				c.FamilyFiles[k] = s
			}
		}
	}
	ffv := map[string]any{}
	for k, p := range c.FamilyFiles {
		ffv[k] = p
	}
	v["family_files"] = ffv
	switch s := v["simulate"].(type) {
	case bool:
		c.Simulate = s
	case string:
		c.Simulate = s != ""
	case int64:
		c.Simulate = s != 0
	}
	c.VerboseOutput = int(num(v["verbose_output"], 0))
	c.DefaultEditSummary, _ = v["default_edit_summary"].(string)
	c.UserAgentFormat, _ = v["user_agent_format"].(string)
	c.UserAgentDescription, _ = v["user_agent_description"].(string)
	c.PrivateFilesPermission = uint32(num(v["private_files_permission"], 0o600))
	c.Modified = nil
	for _, d := range Variables {
		if d.Name == "family_files" {
			if len(c.ConfigFamilyFiles) > 0 {
				c.Modified = append(c.Modified, d.Name)
			}
			continue
		}
		if !equalValues(v[d.Name], d.Default) {
			c.Modified = append(c.Modified, d.Name)
		}
	}
	for k, x := range v {
		if _, known := varIndex[k]; !known {
			c.Extra[k] = x
		}
	}
	sort.Strings(c.Modified)
}

func seconds(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

func num(v any, def float64) float64 {
	switch x := v.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	}
	return def
}

func strList(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, e := range l {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

func authEntry(v any) (AuthEntry, bool) {
	t, ok := v.(Tuple)
	if !ok {
		if l, isList := v.([]any); isList {
			t = Tuple(l)
		} else if s, isStr := v.(string); isStr {
			// gowikibot extension: a bare OAuth 2.0 access token.
			return AuthEntry{Kind: "oauth2", Values: []string{s}}, true
		} else {
			return AuthEntry{}, false
		}
	}
	vals := make([]string, len(t))
	for i, e := range t {
		s, ok := e.(string)
		if !ok {
			return AuthEntry{}, false
		}
		vals[i] = s
	}
	switch {
	case len(vals) == 1:
		return AuthEntry{Kind: "oauth2", Values: vals}, true
	case len(vals) == 2 && vals[0] == "Bearer":
		return AuthEntry{Kind: "oauth2", Values: vals[1:]}, true
	case len(vals) == 2:
		return AuthEntry{Kind: "basic", Values: vals}, true
	case len(vals) == 4:
		return AuthEntry{Kind: "oauth1", Values: vals}, true
	}
	return AuthEntry{}, false
}

// equalValues compares two config values as Python's == would.
func equalValues(a, b any) bool {
	switch x := a.(type) {
	case int64:
		switch y := b.(type) {
		case int64:
			return x == y
		case float64:
			return float64(x) == y
		case bool:
			return (x != 0) == y && (x == 0 || x == 1)
		}
		return false
	case float64:
		switch y := b.(type) {
		case int64:
			return x == float64(y)
		case float64:
			return x == y
		}
		return false
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalValues(x[i], y[i]) {
				return false
			}
		}
		return true
	case Tuple:
		y, ok := b.(Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalValues(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k := range x {
			if !equalValues(x[k], y[k]) {
				return false
			}
		}
		return true
	}
	return a == b
}
