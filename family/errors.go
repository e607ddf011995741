package family

import (
	"fmt"
	"regexp"
)

// FileError is an error in a family file, naming the file and line.
type FileError struct {
	File string
	Line int
	Msg  string
	// Err is the underlying error, when there is one (ErrNoPyLoader).
	Err error
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("error in family file %s, line %d:\n%s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("error in family file %s:\n%s", e.File, e.Msg)
}

// Unwrap returns the underlying error, if any.
func (e *FileError) Unwrap() error { return e.Err }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *FileError) PywikibotClass() string { return "Error" }

// pywikibot's patterns for family names and site codes (its
// FamilyMaintenanceWarning checks).
var (
	nameChars = regexp.MustCompile(`^[A-Za-z0-9]+$`)
	codeChars = regexp.MustCompile(`^[a-z0-9_-]+$`)
)

// ValidName reports whether name fits pywikibot's pattern for family
// names: ASCII letters and digits.
func ValidName(name string) bool { return nameChars.MatchString(name) }

// ValidCode reports whether code fits pywikibot's pattern for site codes:
// ASCII lowercase letters, digits, underscore and dash.
func ValidCode(code string) bool { return codeChars.MatchString(code) }

// NameWarning is pywikibot's FamilyMaintenanceWarning for a bad family
// name.
func NameWarning(name string) string {
	return fmt.Sprintf("FamilyMaintenanceWarning: Name of family %s must be ASCII letters and digits [a-zA-Z0-9]", name)
}

// CodeWarning is pywikibot's FamilyMaintenanceWarning for a bad code.
func CodeWarning(name, code string) string {
	return fmt.Sprintf("FamilyMaintenanceWarning: Family %s code %s must be ASCII lowercase letters and digits [a-z0-9] or underscore/dash [_-]", name, code)
}
