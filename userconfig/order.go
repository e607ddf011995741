package userconfig

import "sort"

// pywikibotOrder lists the config variables in the order pywikibot 9.6.3's
// config.py defines them. Its check of user-config.py walks the exec
// namespace, a copy of config.py's public globals in that order, so the
// type warnings come in this order, before any warning about a name the
// file adds (those follow in the order the file first binds them).
var pywikibotOrder = []string{
	"family", "mylang", "usernames", "disambiguation_comment", "user_agent_format",
	"user_agent_description", "fake_user_agent_default", "fake_user_agent_exceptions",
	"site_interface", "API_config_expiry", "maximum_GET_length", "enable_GET_without_SSL",
	"solve_captcha", "authenticate", "password_file", "default_edit_summary",
	"bot_prefix_summary", "private_files_permission", "private_folder_permission",
	"ignore_file_security_warnings", "extra_headers", "ignore_bot_templates",
	"family_files", "console_encoding", "transliteration_target", "textfile_encoding",
	"userinterface", "userinterface_init_kwargs", "userinterface_lang", "transliterate",
	"pwb_close_matches", "pwb_cut_off", "pwb_autostart_waittime", "ring_bell",
	"colorized_output", "tkhorsize", "tkvertsize", "editor", "editor_encoding",
	"editor_filename_extension", "log", "logfilename", "logfilesize", "logfilecount",
	"verbose_output", "log_pywiki_repo_version", "debug_log", "user_script_paths",
	"user_families_paths", "interwiki_backlink", "interwiki_shownew", "interwiki_graph",
	"interwiki_min_subjects", "interwiki_graph_formats", "interwiki_graph_url",
	"without_interwiki", "sort_ignore_case", "upload_to_commons", "minthrottle",
	"maxthrottle", "put_throttle", "noisysleep", "maxlag", "step", "max_retries",
	"retry_wait", "retry_max", "max_external_links", "report_dead_links_on_talk",
	"weblink_dead_days", "db_hostname_format", "db_username", "db_password",
	"db_name_format", "db_connect_file", "db_port", "socket_timeout", "cosmetic_changes",
	"cosmetic_changes_mylang_only", "cosmetic_changes_enable", "cosmetic_changes_disable",
	"cosmetic_changes_deny_script", "replicate_replace", "actions_to_block", "simulate",
	"max_queue_size", "pickle_protocol",
}

// orderIndex maps a variable of pywikibotOrder to its position.
var orderIndex = func() map[string]int {
	m := make(map[string]int, len(pywikibotOrder))
	for i, n := range pywikibotOrder {
		m[n] = i
	}
	return m
}()

// checkOrder sorts a user-config's globals into the order pywikibot 9.6.3
// checks them: its known variables in config.py's order, then the other
// names in the order the evaluator gave them (the order the file first
// bound them, as a CPython dict keeps its keys).
func checkOrder(globals []PyGlobal) {
	rank := func(name string) int {
		if i, ok := orderIndex[name]; ok {
			return i
		}
		return len(pywikibotOrder)
	}
	sort.SliceStable(globals, func(i, j int) bool { return rank(globals[i].Name) < rank(globals[j].Name) })
}
