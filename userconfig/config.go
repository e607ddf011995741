// Package userconfig reads pywikibot's configuration as pywikibot does: it
// finds the config directory (-dir:, PYWIKIBOT_DIR, the current directory,
// ~/.pywikibot), has user-config.py evaluated with pywikibot's config
// globals in scope (by the Evaluator that pyshim/pyconfig registers: this
// package links no interpreter) or reads gowikibot.ini, checks the values
// as pywikibot does, and parses password files as literals without
// executing them.
package userconfig

import "time"

// Config holds pywikibot's config variables that gowikibot uses. Field names
// follow pywikibot's variable names; Defaults gives pywikibot's defaults.
type Config struct {
	// BaseDir is the config directory; ConfigFile the user-config.py read
	// ("" when none was found).
	BaseDir    string
	ConfigFile string

	Family string // family
	Mylang string // mylang
	// Usernames is usernames[family][code], wildcards ('*') kept.
	Usernames map[string]map[string]string
	// Authenticate is authenticate[host] with host patterns kept.
	Authenticate map[string]AuthEntry
	PasswordFile string // password_file, resolved against BaseDir ("" = None)

	PutThrottle      float64       // put_throttle (seconds)
	MinThrottle      float64       // minthrottle
	MaxThrottle      float64       // maxthrottle
	Maxlag           int           // maxlag
	MaxRetries       int           // max_retries
	RetryWait        float64       // retry_wait
	RetryMax         float64       // retry_max
	NoisySleep       float64       // noisysleep
	Step             int           // step
	SocketTimeout    time.Duration // socket_timeout (read timeout)
	ConnectTimeout   time.Duration // socket_timeout (connect part of the tuple)
	MaximumGETLength int           // maximum_GET_length

	UserScriptPaths        []string          // user_script_paths
	UserFamiliesPaths      []string          // user_families_paths
	FamilyFiles            map[string]string // family_files
	Simulate               bool              // simulate
	VerboseOutput          int               // verbose_output (-v)
	Debug                  bool              // -debug
	DefaultEditSummary     string            // default_edit_summary
	UserAgentFormat        string            // user_agent_format
	UserAgentDescription   string            // user_agent_description
	PrivateFilesPermission uint32            // private_files_permission

	// Extra holds every other variable set by user-config.py or -name:value,
	// as Go values (string, int64, float64, bool, []any, map[string]any).
	Extra map[string]any

	// ConfigFileName is the config file's base name ("user-config.py", or
	// the -config:NAME given).
	ConfigFileName string
	// BaseDirReason says why BaseDir was chosen (e.g. "-dir: argument").
	BaseDirReason string
	// Vars holds the effective value of every pywikibot config variable
	// (see Variables) as a Go value, after user-config.py and -name:value.
	Vars map[string]any
	// Modified lists the variables whose value differs from the default,
	// sorted.
	Modified []string
	// PasswordFileRaw is password_file as written in the config.
	PasswordFileRaw string
	// Warnings are the warnings pywikibot would print while loading, in
	// order (they have also been written to LoadOptions.Stderr).
	Warnings []string
	// Unconvertible lists the names whose values are code (functions,
	// classes, modules) rather than data, as "name (kind)".
	Unconvertible []string
	// Env is the environment used while loading (for password-file
	// os.environ lookups).
	Env map[string]string
	// Cwd is the working directory used while loading.
	Cwd string
	// Home is the home directory used while loading.
	Home string
	// ConfigFamilyFiles are the family_files entries the config file set
	// (not those found in <base_dir>/families or user_families_paths).
	ConfigFamilyFiles map[string]string
	// FromINI is true when the config was read from gowikibot.ini.
	FromINI bool
}

// AuthEntry is one authenticate[...] value: a 2-tuple (HTTP basic auth), a
// 4-tuple (OAuth 1.0a owner-only) or gowikibot's OAuth 2.0 bearer form.
type AuthEntry struct {
	Kind   string   // "basic", "oauth1" or "oauth2"
	Values []string // the tuple's strings, in order (secrets!)
}

// Defaults returns a Config with pywikibot's defaults.
func Defaults() *Config {
	return &Config{
		Family:                 "wikipedia",
		Mylang:                 "language",
		Usernames:              map[string]map[string]string{},
		Authenticate:           map[string]AuthEntry{},
		PutThrottle:            10,
		MinThrottle:            0,
		MaxThrottle:            60,
		Maxlag:                 5,
		MaxRetries:             15,
		RetryWait:              5,
		RetryMax:               120,
		NoisySleep:             3.0,
		Step:                   -1,
		SocketTimeout:          45 * time.Second,
		ConnectTimeout:         6050 * time.Millisecond,
		MaximumGETLength:       255,
		FamilyFiles:            map[string]string{},
		PrivateFilesPermission: 0o600,
		Extra:                  map[string]any{},
		ConfigFileName:         "user-config.py",
		Vars:                   defaultVars(),
		Env:                    map[string]string{},
	}
}
