package userconfig

import "slices"

// PasswordLinesRead returns the bad lines of the password file that
// pywikibot 9.6.3's LoginManager.readPassword reads when user logs in to
// family:code, in the order it reads them: from the last line up to the
// entry that matches (a note on that entry included), or to a line whose
// evaluation raises (Stops: its login ends there; no line above is read),
// or to the first line. Import lines are bad lines to it (each line is
// evaluated as an expression: an "Invalid tuple"). The lines above the
// matching entry are never read, so they are not returned.
func (c *Config) PasswordLinesRead(family, code, user string) ([]LineProblem, error) {
	if c.PasswordFile == "" {
		return nil, nil
	}
	entries, probs, imports, err := c.readPasswordFile(nil, false)
	if err != nil {
		return nil, err
	}
	matched := 0
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		f, cd := e.Family, e.Code
		if e.Fields < 3 {
			f = family
		}
		if e.Fields < 4 {
			cd = code
		}
		if NormalizeUsername(e.User) == user && f == family && cd == code {
			matched = e.Line
			break
		}
	}
	all := append([]LineProblem{}, probs...)
	for _, n := range imports {
		all = append(all, LineProblem{Line: n, Msg: errInvalidTuple.Error(), Import: true})
	}
	slices.SortStableFunc(all, func(a, b LineProblem) int { return b.Line - a.Line })
	var read []LineProblem
	for _, p := range all {
		if p.Line < matched {
			break
		}
		read = append(read, p)
		if p.Stops {
			break
		}
	}
	return read, nil
}
