package userconfig

import "sort"

// Tuple is a Python tuple value read from the config (a Go []any is a list).
type Tuple []any

// Var describes one pywikibot config variable: its name, the Python type of
// its default ("int", "float", "str", "bool", "list", "dict", "tuple",
// "NoneType") and the default value as a Go value.
type Var struct {
	Name    string
	Type    string
	Default any
}

// Variables lists pywikibot 9.6.3's public config variables with their
// defaults and types (minthrottle the int 0), sorted by name. Any variable
// of type "int" can be set with -name:value on the command line.
var Variables = []Var{
	{"API_config_expiry", "int", int64(30)},
	{"actions_to_block", "list", []any{}},
	{"authenticate", "dict", map[string]any{}},
	{"bot_prefix_summary", "NoneType", nil},
	{"colorized_output", "bool", false},
	{"console_encoding", "str", "utf-8"},
	{"cosmetic_changes", "bool", false},
	{"cosmetic_changes_deny_script", "list", []any{"category_redirect", "cosmetic_changes", "newitem", "touch"}},
	{"cosmetic_changes_disable", "dict", map[string]any{}},
	{"cosmetic_changes_enable", "dict", map[string]any{}},
	{"cosmetic_changes_mylang_only", "bool", true},
	{"db_connect_file", "str", "~/.my.cnf"},
	{"db_hostname_format", "str", "localhost"},
	{"db_name_format", "str", "{0}"},
	{"db_password", "str", ""},
	{"db_port", "int", int64(3306)},
	{"db_username", "str", ""},
	{"debug_log", "list", []any{}},
	{"default_edit_summary", "str", "Pywikibot 9.6.3"},
	{"disambiguation_comment", "dict", map[string]any{}},
	{"editor", "NoneType", nil},
	{"editor_encoding", "str", "utf-8"},
	{"editor_filename_extension", "str", "wiki"},
	{"enable_GET_without_SSL", "bool", false},
	{"extra_headers", "dict", map[string]any{}},
	{"fake_user_agent_default", "dict", map[string]any{"reflinks": false, "weblinkchecker": false}},
	{"fake_user_agent_exceptions", "dict", map[string]any{}},
	{"family", "str", "wikipedia"},
	{"family_files", "dict", map[string]any{}},
	{"ignore_bot_templates", "bool", false},
	{"ignore_file_security_warnings", "bool", false},
	{"interwiki_backlink", "bool", true},
	{"interwiki_graph", "bool", false},
	{"interwiki_graph_formats", "list", []any{"png"}},
	{"interwiki_graph_url", "NoneType", nil},
	{"interwiki_min_subjects", "int", int64(100)},
	{"interwiki_shownew", "bool", true},
	{"log", "list", []any{}},
	{"log_pywiki_repo_version", "bool", false},
	{"logfilecount", "int", int64(5)},
	{"logfilename", "NoneType", nil},
	{"logfilesize", "int", int64(1024)},
	{"max_external_links", "int", int64(50)},
	{"max_queue_size", "int", int64(64)},
	{"max_retries", "int", int64(15)},
	{"maximum_GET_length", "int", int64(255)},
	{"maxlag", "int", int64(5)},
	{"maxthrottle", "int", int64(60)},
	{"minthrottle", "int", int64(0)},
	{"mylang", "str", "language"},
	{"noisysleep", "float", 3.0},
	{"password_file", "NoneType", nil},
	{"pickle_protocol", "int", int64(2)},
	{"private_files_permission", "int", int64(0o600)},
	{"private_folder_permission", "int", int64(0o700)},
	{"put_throttle", "int", int64(10)},
	{"pwb_autostart_waittime", "float", 5.0},
	{"pwb_close_matches", "int", int64(10)},
	{"pwb_cut_off", "float", 0.7},
	{"replicate_replace", "dict", map[string]any{}},
	{"report_dead_links_on_talk", "bool", false},
	{"retry_max", "int", int64(120)},
	{"retry_wait", "int", int64(5)},
	{"ring_bell", "bool", false},
	{"simulate", "bool", false},
	{"site_interface", "str", "APISite"},
	{"socket_timeout", "tuple", Tuple{6.05, int64(45)}},
	{"solve_captcha", "bool", true},
	{"sort_ignore_case", "bool", false},
	{"step", "int", int64(-1)},
	{"textfile_encoding", "str", "utf-8"},
	{"tkhorsize", "int", int64(1280)},
	{"tkvertsize", "int", int64(800)},
	{"transliterate", "bool", true},
	{"transliteration_target", "NoneType", nil},
	{"upload_to_commons", "bool", false},
	{"user_agent_description", "NoneType", nil},
	{"user_agent_format", "str", "{script_product} ({script_comments}) {pwb} ({revision}) {http_backend} {python}"},
	{"user_families_paths", "list", []any{}},
	{"user_script_paths", "list", []any{}},
	{"userinterface", "str", "terminal"},
	{"userinterface_init_kwargs", "dict", map[string]any{}},
	{"userinterface_lang", "str", "en"},
	{"usernames", "dict", map[string]any{}},
	{"verbose_output", "int", int64(0)},
	{"weblink_dead_days", "int", int64(7)},
	{"without_interwiki", "bool", false},
}

// deprecatedVariables are names pywikibot warns about as "no longer a
// supported configuration variable".
var deprecatedVariables = map[string]bool{}

func init() {
	for _, n := range []string{
		"available_ssl_project", "copyright_check_in_source_google",
		"copyright_check_in_source_msn", "copyright_check_in_source_section_names",
		"copyright_check_in_source_yahoo", "copyright_connection_tries",
		"copyright_economize_query", "copyright_exceeded_in_queries",
		"copyright_exceeded_in_queries_sleep_hours", "copyright_google",
		"copyright_max_query_for_page", "copyright_msn", "copyright_show_date",
		"copyright_show_length", "copyright_skip_query", "copyright_yahoo",
		"db_hostname", "deIndentTables", "fake_user_agent", "flickr",
		"interwiki_contents_on_disk", "line_separator", "LS", "msn_appid",
		"panoramio", "persistent_http", "proxy", "special_page_limit",
		"splitLongParagraphs", "sysopnames", "use_mwparserfromhell",
		"use_SSL_onlogin", "use_SSL_always", "yahoo_appid",
	} {
		deprecatedVariables[n] = true
	}
	sort.Slice(Variables, func(i, j int) bool { return Variables[i].Name < Variables[j].Name })
	for i := range Variables {
		varIndex[Variables[i].Name] = &Variables[i]
	}
}

// varIndex maps a variable name to its entry in Variables.
var varIndex = map[string]*Var{}

// LookupVar returns the description of the config variable name.
func LookupVar(name string) (*Var, bool) {
	v, ok := varIndex[name]
	return v, ok
}

// helperNames are the functions and modules that pywikibot puts in scope
// of user-config.py; setting them is not "unknown".
var helperNames = map[string]bool{
	"user_home_path": true, "makepath": true, "datafilepath": true,
	"shortpath": true, "register_families_folder": true, "get_base_dir": true,
	"os": true, "sys": true, "re": true, "platform": true, "stat": true,
	"copy": true, "collections": true, "types": true, "warnings": true,
	"Path": true, "getenv": true, "environ": true, "annotations": true,
	"defaultdict": true, "base_dir": true, "user_config_file": true,
	"absolute_import": true, "division": true, "unicode_literals": true,
}
