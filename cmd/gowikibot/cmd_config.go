package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/pyshim/pyconfig"
	"github.com/gowikibot/gowikibot/userconfig"
)

// loadUserConfig loads the configuration with the global options, writing
// warnings to stderr.
func loadUserConfig(globals []string, stderr io.Writer) (*userconfig.Config, error) {
	return userconfig.Load(userconfig.LoadOptions{Args: globals, Stderr: stderr})
}

func cmdConfig(ios *ioStreams, args []string) int {
	globals, rest := userconfig.SplitGlobalArgs(args)
	if len(rest) == 0 {
		fmt.Fprintln(ios.Err, "usage: gowikibot config path|show [-json|-modified]|check|migrate [-force|-n]")
		return 2
	}
	sub, opts := rest[0], rest[1:]
	switch sub {
	case "path":
		return configPath(ios, globals)
	case "show":
		return configShow(ios, globals, opts)
	case "check":
		return configCheck(ios, globals)
	case "migrate":
		return configMigrate(ios, globals, opts)
	}
	fmt.Fprintf(ios.Err, "gowikibot config: unknown subcommand %q (path, show, check, migrate)\n", sub)
	return 2
}

func configPath(ios *ioStreams, globals []string) int {
	cfg, err := loadUserConfig(globals, ios.Err)
	if err != nil {
		return reportError(ios, err)
	}
	fmt.Fprintf(ios.Out, "base_dir: %s (%s)\n", cfg.BaseDir, cfg.BaseDirReason)
	cf := cfg.ConfigFile
	if cf == "" {
		cf = "(none)"
	}
	fmt.Fprintf(ios.Out, "config_file: %s\n", cf)
	if cfg.FromINI {
		fmt.Fprintln(ios.Out, "  (gowikibot.ini is read instead of user-config.py)")
	}
	pf := cfg.PasswordFile
	if pf == "" {
		pf = "(none)"
	}
	fmt.Fprintf(ios.Out, "password_file: %s\n", pf)
	famDir := filepath.Join(cfg.BaseDir, "families")
	n := 0
	for _, p := range cfg.FamilyFiles {
		if filepath.Dir(p) == famDir {
			n++
		}
	}
	fmt.Fprintf(ios.Out, "families folder: %s (%d family files)\n", famDir, n)
	for _, p := range cfg.UserFamiliesPaths {
		fmt.Fprintf(ios.Out, "user_families_paths: %s\n", p)
	}
	fmt.Fprintln(ios.Out, "search order: -dir:, $PYWIKIBOT_DIR (if it holds the file), the current directory, $PYWIKIBOT_DIR_PWB, ~/.pywikibot")
	return 0
}

// pyRepr renders a config value as Python's repr() (the interpreter's).
func pyRepr(v any) string { return pyconfig.Repr(v) }

// privateValues are masked in "config show", as pywikibot masks them.
var privateValues = map[string]bool{"authenticate": true, "db_password": true}

func configShow(ios *ioStreams, globals, opts []string) int {
	asJSON, all := false, true
	for _, o := range opts {
		switch o {
		case "-json", "--json":
			asJSON = true
		case "-all":
			all = true
		case "-modified", "modified":
			all = false
		default:
			fmt.Fprintf(ios.Err, "gowikibot config show: unknown option %q\n", o)
			return 2
		}
	}
	lo := userconfig.LoadOptions{Args: globals, Stderr: ios.Err}
	if asJSON {
		lo.Stdout = ios.Err
	}
	cfg, err := userconfig.Load(lo)
	if err != nil {
		return reportError(ios, err)
	}
	if asJSON {
		out := configJSON(cfg, ios.Err)
		enc := json.NewEncoder(ios.Out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return reportError(ios, err)
		}
		return 0
	}
	fmt.Fprintf(ios.Out, "# base_dir: %s (%s)\n", cfg.BaseDir, cfg.BaseDirReason)
	fmt.Fprintf(ios.Out, "# config_file: %s\n", cfg.ConfigFile)
	if !all {
		fmt.Fprintln(ios.Out, "# variables that differ from pywikibot's defaults")
	}
	names := []string{}
	if all {
		for _, v := range userconfig.Variables {
			names = append(names, v.Name)
		}
	} else {
		names = append(names, cfg.Modified...)
		for _, n := range []string{"family", "mylang"} {
			if !contains(names, n) {
				names = append(names, n)
			}
		}
		sort.Strings(names)
	}
	for _, n := range names {
		v := cfg.Vars[n]
		s := pyRepr(v)
		if privateValues[n] && !isEmpty(v) {
			if _, ok := v.(map[string]any); ok {
				s = "{ ...xxxxxxxx... }"
			} else {
				s = "'xxxxxxxx'"
			}
		}
		fmt.Fprintf(ios.Out, "%s=%s\n", n, s)
	}
	return 0
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// jsonValue converts config values for encoding/json (tuples as arrays).
func jsonValue(v any) any {
	switch x := v.(type) {
	case userconfig.Tuple:
		return jsonValue([]any(x))
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	case *big.Int:
		return json.Number(x.String())
	}
	return v
}

// throttleVars are printed by their pywikibot names in "config show -json".
var throttleVars = []string{"put_throttle", "minthrottle", "maxthrottle", "maxlag", "max_retries",
	"retry_wait", "retry_max", "noisysleep", "step", "socket_timeout", "maximum_GET_length",
	"simulate", "verbose_output", "user_script_paths", "console_encoding", "cosmetic_changes",
	"default_edit_summary", "user_agent_format", "private_files_permission"}

// exceptionName names err as the pywikibot (or Python) exception class.
func exceptionName(err error) string {
	var nu *userconfig.NoUsernameError
	var uf *family.UnknownFamilyError
	var ff *family.FileError
	var pf *userconfig.PasswordFileError
	var us *family.UnknownSiteError
	switch {
	case errors.As(err, &nu):
		return "NoUsernameError"
	case errors.As(err, &uf):
		return "UnknownFamilyError"
	case errors.As(err, &ff):
		return "FamilyFileError"
	case errors.As(err, &pf):
		if strings.Contains(pf.Msg, "FileNotFoundError") {
			return "FileNotFoundError"
		}
		return "PasswordFileError"
	case errors.As(err, &us):
		return "UnknownSiteError"
	}
	return "Error"
}

// checkSite reports whether code is a site of fam (a lang or an alias).
func checkSite(f *family.Static, code string) error {
	return family.CheckCode(f, code)
}

func configJSON(cfg *userconfig.Config, stderr io.Writer) map[string]any {
	out := map[string]any{
		"base_dir":            cfg.BaseDir,
		"base_dir_reason":     cfg.BaseDirReason,
		"config_file":         cfg.ConfigFile,
		"family":              cfg.Family,
		"mylang":              cfg.Mylang,
		"usernames":           cfg.Usernames,
		"password_file":       nil,
		"family_files":        cfg.FamilyFiles,
		"user_families_paths": emptyIfNil(cfg.UserFamiliesPaths),
	}
	if cfg.PasswordFile != "" {
		out["password_file"] = cfg.PasswordFile
	}
	auth := map[string]string{}
	for h, e := range cfg.Authenticate {
		auth[h] = e.Kind
	}
	out["authenticate_hosts"] = auth
	for _, n := range throttleVars {
		out[n] = jsonValue(cfg.Vars[n])
	}
	reg := family.NewRegistry(cfg.FamilyFiles)
	reg.Warn = stderr
	defer reg.Close()
	fams := map[string]any{}
	for _, name := range reg.Names() {
		f, err := reg.LoadStatic(name)
		if err != nil {
			fmt.Fprintln(stderr, "WARNING:", err)
			fams[name] = map[string]any{"error": exceptionName(err), "message": err.Error()}
			continue
		}
		fams[name] = familyJSON(f)
	}
	out["families"] = fams
	logins := map[string]any{}
	sites := map[[2]string]bool{{cfg.Family, cfg.Mylang}: true}
	for fam, m := range cfg.Usernames {
		if fam == "*" {
			continue
		}
		for code := range m {
			if code != "*" {
				sites[[2]string{fam, code}] = true
			}
		}
	}
	for s := range sites {
		logins[s[0]+":"+s[1]] = loginJSON(cfg, reg, s[0], s[1], stderr)
	}
	out["logins"] = logins
	return out
}

func emptyIfNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

func familyJSON(f *family.Static) map[string]any {
	codes := map[string]any{}
	for _, c := range f.LangCodes() {
		e := map[string]any{
			"hostname":   f.Hostname(c),
			"protocol":   f.Protocol(c),
			"scriptpath": f.ScriptPath(c),
			"apipath":    f.APIPath(c),
			"api_url":    family.APIURL(f, c),
		}
		if !f.VerifySSLCertificate(c) {
			e["verify_SSL_certificate"] = false
		}
		if i := f.Interface(c); i != "APISite" {
			e["interface"] = i
		}
		if msg := f.CodeError(c); msg != "" {
			e["error"] = msg
		}
		codes[c] = e
	}
	m := map[string]any{"kind": f.Kind(), "codes": codes}
	if f.File != "" {
		m["file"] = f.File
	}
	if f.AutoURL != "" {
		m["url"] = f.AutoURL
	}
	return m
}

func loginJSON(cfg *userconfig.Config, reg *family.Registry, fam, code string, stderr io.Writer) map[string]any {
	f, err := reg.LoadStatic(fam)
	if err != nil {
		return map[string]any{"error": exceptionName(err)}
	}
	if err := checkSite(f, code); err != nil {
		return map[string]any{"error": exceptionName(err)}
	}
	user, err := cfg.Username(fam, code)
	if err != nil {
		return map[string]any{"error": exceptionName(err)}
	}
	login, pw, err := cfg.PasswordW(fam, code, user, stderr)
	if err != nil {
		return map[string]any{"error": exceptionName(err), "user": user}
	}
	return map[string]any{"user": user, "login_name": login, "has_password": pw != ""}
}

// problem is one finding of "config check".
type problem struct {
	where, msg, fix string
	fatal           bool
}

func configCheck(ios *ioStreams, globals []string) int {
	var probs []problem
	add := func(fatal bool, where, msg, fix string) {
		probs = append(probs, problem{where, msg, fix, fatal})
	}
	cfg, err := loadUserConfig(globals, io.Discard)
	if err != nil {
		var ce *userconfig.ConfigError
		var nc *userconfig.NoConfigError
		switch {
		case errors.As(err, &nc):
			add(true, nc.Dir, "no "+nc.ConfigFile+" found", "run: gowikibot generate_user_files")
		case errors.As(err, &ce):
			where := ce.File
			if ce.Line > 0 {
				where = fmt.Sprintf("%s:%d", ce.File, ce.Line)
			}
			lines := strings.Split(strings.TrimSpace(ce.Msg), "\n")
			add(true, where, lines[len(lines)-1], "correct the Python at that line")
		default:
			add(true, "config", err.Error(), "")
		}
		return reportProblems(ios, probs)
	}
	file := cfg.ConfigFile
	if file == "" {
		file = filepath.Join(cfg.BaseDir, cfg.ConfigFileName)
	}
	for _, w := range cfg.Warnings {
		fix := ""
		switch {
		case strings.Contains(w, "but unknown"):
			fix = "remove it or correct its spelling"
		case strings.Contains(w, "but expected"):
			fix = "give it a value of the expected type"
		case strings.Contains(w, "family and mylang are not set"):
			fix = "set family and mylang in " + cfg.ConfigFileName
		case strings.Contains(w, "Skipped"):
			fix = "chmod o-w the file / make it yours"
		}
		add(strings.Contains(w, "Skipped"), file, strings.ReplaceAll(w, "\n", " "), fix)
	}
	reg := family.NewRegistry(cfg.FamilyFiles)
	reg.Warn = io.Discard
	defer reg.Close()
	for _, name := range reg.Names() {
		src := reg.Source(name)
		if src == "builtin" {
			continue
		}
		f, err := reg.LoadStatic(name)
		if err != nil {
			where := src
			var fe *family.FileError
			if errors.As(err, &fe) {
				where = fe.File
				if fe.Line > 0 {
					where = fmt.Sprintf("%s:%d", fe.File, fe.Line)
				}
				lines := strings.Split(strings.TrimSpace(fe.Msg), "\n")
				add(true, where, "family "+name+": "+lines[len(lines)-1], "correct the family file")
			} else {
				add(true, where, "family "+name+": "+err.Error(), "correct family_files['"+name+"']")
			}
			continue
		}
		for _, c := range f.LangCodes() {
			if msg := f.CodeError(c); msg != "" {
				add(true, src, fmt.Sprintf("family %s, code %s: %s", name, c, msg), "make every method answer for every code in langs")
			}
		}
	}
	for _, w := range reg.Warnings {
		add(false, "families", w, "make the family name and codes match the file")
	}
	if cfg.Family == "" || cfg.Mylang == "" {
		// pywikibot.Site() checks these first: ValueError: Missing Site code
		missing := "code"
		if cfg.Mylang != "" {
			missing = "family"
		}
		add(true, file, fmt.Sprintf("family = %s, mylang = %s: pywikibot.Site() raises ValueError: Missing Site %s", pyRepr(cfg.Family), pyRepr(cfg.Mylang), missing), "set family and mylang to your wiki's family and code")
	} else if _, err := reg.LoadStatic(cfg.Family); err != nil {
		add(true, file, fmt.Sprintf("family = %s: %v", pyRepr(cfg.Family), err), "use a built-in family or add families/"+cfg.Family+"_family.py")
	} else if f, _ := reg.LoadStatic(cfg.Family); checkSite(f, cfg.Mylang) != nil {
		add(true, file, fmt.Sprintf("mylang = %s: no such code in family %s", pyRepr(cfg.Mylang), cfg.Family), "use one of the family's codes")
	}
	for fam, m := range cfg.Usernames {
		if fam == "*" || fam == "" {
			continue // '' names no family: pywikibot never looks it up
		}
		f, err := reg.LoadStatic(fam)
		if err != nil {
			add(true, file, fmt.Sprintf("usernames['%s']: %v", fam, err), "correct the family name")
			continue
		}
		for code := range m {
			if code != "*" && checkSite(f, code) != nil {
				add(true, file, fmt.Sprintf("usernames['%s']['%s']: no such code in family %s", fam, code, fam), "correct the code")
			}
		}
	}
	if cfg.PasswordFile != "" {
		var warnBuf strings.Builder
		_, _, err := cfg.ReadPasswordFile(&warnBuf)
		if err != nil {
			add(true, cfg.PasswordFile, err.Error(), passwordFileFix(err))
		} else {
			for _, p := range passwordLinesRead(cfg, reg) {
				fix := "write (user, password), (family, user, password), (code, family, user, password) or (user, BotPassword('suffix', 'password'))"
				msg := p.Msg
				switch {
				case strings.HasPrefix(p.Msg, "environment variable"):
					fix = "set the environment variable, or give a default: os.environ.get('NAME', 'default')"
				case p.Stops:
					fix = "remove the line, or write it as a tuple"
				}
				if p.Stops {
					msg += "; pywikibot's login stops at this line"
				}
				if p.Import {
					// harmless: pywikibot's login warns and reads on
					add(false, fmt.Sprintf("%s:%d", cfg.PasswordFile, p.Line), "Invalid tuple: pywikibot's login warns about this import line (gowikibot reads it)", "remove the line: the password file needs no imports")
					continue
				}
				add(true, fmt.Sprintf("%s:%d", cfg.PasswordFile, p.Line), msg, fix)
			}
		}
		if strings.Contains(warnBuf.String(), "converted to") {
			add(false, cfg.PasswordFile, "mode was too open; changed to 0600", "")
		}
	}
	// The OAuth credential store (gowikibot-credentials.ini).
	for _, sp := range auth.CheckCredentialStore(cfg.BaseDir) {
		where := sp.File
		if sp.Line > 0 {
			where = fmt.Sprintf("%s:%d", sp.File, sp.Line)
		}
		add(sp.Fatal, where, sp.Msg, sp.Fix)
	}
	// Credentials: every site with a concrete username, and the default site.
	for _, k := range credentialSites(cfg) {
		fam, code, _ := strings.Cut(k, ":")
		f, err := reg.LoadStatic(fam)
		if err != nil || checkSite(f, code) != nil {
			continue // reported above
		}
		user, err := cfg.Username(fam, code)
		if err != nil {
			add(false, file, fmt.Sprintf("no username for %s (NoUsernameError on login)", k), fmt.Sprintf("add usernames['%s']['%s'] = 'myUsername'", fam, code))
			continue
		}
		if cfg.PasswordFile == "" {
			continue
		}
		if _, pw, err := cfg.PasswordW(fam, code, user, nil); err == nil && pw == "" {
			if _, ok := cfg.AuthFor(f.Hostname(code)); !ok {
				add(false, cfg.PasswordFile, fmt.Sprintf("no password for %s on %s (the login will prompt)", user, k), fmt.Sprintf("add ('%s', '%s', BotPassword('suffix', 'password'))", fam, user))
			}
		}
	}
	for host, e := range cfg.Authenticate {
		if e.Kind == "oauth2" {
			add(false, file, fmt.Sprintf("authenticate['%s'] is an OAuth 2.0 token: a gowikibot extension pywikibot cannot use", host), "")
		}
	}
	return reportProblems(ios, probs)
}

func reportProblems(ios *ioStreams, probs []problem) int {
	errs := 0
	for _, p := range probs {
		kind := "warning"
		if p.fatal {
			kind = "error"
			errs++
		}
		line := fmt.Sprintf("%s: %s: %s", p.where, kind, p.msg)
		if p.fix != "" {
			line += "\n    fix: " + p.fix
		}
		fmt.Fprintln(ios.Out, line)
	}
	if errs > 0 {
		fmt.Fprintf(ios.Out, "%d error(s), %d warning(s)\n", errs, len(probs)-errs)
		return 1
	}
	fmt.Fprintf(ios.Out, "OK: configuration loads without errors (%d warning(s))\n", len(probs))
	return 0
}

func configMigrate(ios *ioStreams, globals, opts []string) int {
	force, dry := false, false
	for _, o := range opts {
		switch o {
		case "-force", "-f":
			force = true
		case "-n", "-dry-run":
			dry = true
		default:
			fmt.Fprintf(ios.Err, "gowikibot config migrate: unknown option %q\n", o)
			return 2
		}
	}
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: globals, Stderr: ios.Err, IgnoreINI: true})
	if err != nil {
		return reportError(ios, err)
	}
	if cfg.ConfigFile == "" {
		return reportError(ios, errors.New("config migrate: no user-config.py to migrate"))
	}
	data, skipped := userconfig.MigrateINI(cfg)
	if dry {
		ios.Out.Write(data) //nolint:errcheck
	} else {
		path := filepath.Join(cfg.BaseDir, userconfig.INIFileName)
		if _, err := os.Stat(path); err == nil && !force {
			return reportError(ios, fmt.Errorf("config migrate: %s exists; use -force to overwrite", path))
		}
		if err := userconfig.WriteINI(path, data); err != nil {
			return reportError(ios, err)
		}
		fmt.Fprintf(ios.Out, "%s written; gowikibot now reads it instead of %s.\n", path, filepath.Base(cfg.ConfigFile))
	}
	if len(skipped) > 0 {
		fmt.Fprintln(ios.Out, "Not migrated (code, not data; keep using user-config.py if you need them):")
		for _, s := range skipped {
			fmt.Fprintln(ios.Out, "  "+s)
		}
	}
	return 0
}

// passwordFileFix is config check's advice for a password file that cannot
// be read: a missing one (a Windows path such as 'C:\\Users\\me\\user-password.py'
// copied to another system is one), or one that is not a regular file.
func passwordFileFix(err error) string {
	var pe *userconfig.PasswordFileError
	if !errors.As(err, &pe) || !pe.NotFound {
		return "set password_file to a regular file (not a symlink)"
	}
	if runtime.GOOS != "windows" && len(pe.Raw) > 2 && pe.Raw[1] == ':' && strings.ContainsRune(pe.Raw, '\\') {
		return "password_file is a Windows path; on this system name the file here, e.g. password_file = 'user-password.py' beside user-config.py"
	}
	return "create the file, or correct password_file"
}

// passwordLinesRead is the bad password-file lines pywikibot's login reads
// for the sites config check looks at (the default site and each site
// usernames names, with their usernames): a line is reported when one of
// those logins reads it (the lines above the matching entry are never
// read), in pywikibot's order, last line first.
func passwordLinesRead(cfg *userconfig.Config, reg *family.Registry) []userconfig.LineProblem {
	seen := map[int]userconfig.LineProblem{}
	for _, k := range credentialSites(cfg) {
		fam, code, _ := strings.Cut(k, ":")
		f, err := reg.LoadStatic(fam)
		if err != nil || checkSite(f, code) != nil {
			continue
		}
		user, err := cfg.Username(fam, code)
		if err != nil {
			continue
		}
		read, err := cfg.PasswordLinesRead(fam, code, user)
		if err != nil {
			continue
		}
		for _, p := range read {
			seen[p.Line] = p
		}
	}
	out := make([]userconfig.LineProblem, 0, len(seen))
	for _, p := range seen {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Line > out[j].Line })
	return out
}

// credentialSites are the sites config check checks the credentials of:
// the default site and every site with a concrete username, as
// "family:code", sorted.
func credentialSites(cfg *userconfig.Config) []string {
	sites := map[[2]string]bool{{cfg.Family, cfg.Mylang}: true}
	for fam, m := range cfg.Usernames {
		for code := range m {
			if fam != "*" && code != "*" {
				sites[[2]string{fam, code}] = true
			}
		}
	}
	var keys []string
	for s := range sites {
		keys = append(keys, s[0]+":"+s[1])
	}
	sort.Strings(keys)
	return keys
}
