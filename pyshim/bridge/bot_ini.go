package bridge

import (
	"errors"
	"io/fs"
	"os"

	"github.com/go-python/gpython/py"
	"gopkg.in/ini.v1"
)

// The module _gowikibot_ini reads scripts.ini for pywikibot.bot's
// ConfigParserBot:
//
//	read_section(path, section) -> [(key, value), ...] or None
//
// It gives None when the file does not exist or has no such section. Key
// names are lower-cased and ";" after white space starts a comment, as
// with Python's configparser set up the way pywikibot sets it up; the
// keys of a [DEFAULT] section apply to every section.
func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_gowikibot_ini", Doc: "gowikibot's scripts.ini reader"},
		Methods: []*py.Method{
			py.MustNewMethod("read_section", iniReadSection, 0,
				"read_section(path, section) -> list of (key, value) pairs, or None"),
		},
	})
}

// IniSection returns the key/value pairs of section in the ini file at
// path (the [DEFAULT] keys first, overridden by the section's own), with
// found=false when the file or the section does not exist.
func IniSection(path, section string) (pairs [][2]string, found bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	f, err := ini.LoadSources(ini.LoadOptions{
		InsensitiveKeys:            true,
		SpaceBeforeInlineComment:   true,
		AllowPythonMultilineValues: true,
		KeyValueDelimiters:         "=:",
		ChildSectionDelimiter:      "\x00",
	}, data)
	if err != nil {
		return nil, false, err
	}
	if section == ini.DefaultSection || !f.HasSection(section) {
		return nil, false, nil
	}
	index := map[string]int{}
	add := func(k, v string) {
		if i, ok := index[k]; ok {
			pairs[i][1] = v
			return
		}
		index[k] = len(pairs)
		pairs = append(pairs, [2]string{k, v})
	}
	if def, err := f.GetSection(ini.DefaultSection); err == nil {
		for _, k := range def.Keys() {
			add(k.Name(), k.Value())
		}
	}
	for _, k := range f.Section(section).Keys() {
		add(k.Name(), k.Value())
	}
	return pairs, true, nil
}

func iniReadSection(self py.Object, args py.Tuple) (py.Object, error) {
	var pathObj, sectionObj py.Object
	if err := py.UnpackTuple(args, nil, "read_section", 2, 2, &pathObj, &sectionObj); err != nil {
		return nil, err
	}
	path, ok1 := pathObj.(py.String)
	section, ok2 := sectionObj.(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "read_section() arguments must be str")
	}
	pairs, found, err := IniSection(string(path), string(section))
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s: %v", string(path), err)
	}
	if !found {
		return py.None, nil
	}
	l := py.NewList()
	for _, p := range pairs {
		l.Append(py.Tuple{py.String(p[0]), py.String(p[1])})
	}
	return l, nil
}
