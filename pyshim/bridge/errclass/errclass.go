// Package errclass is the one mapping from the Go core's errors to
// pywikibot's exception classes. Every error type of the core (site, auth,
// family, userconfig) implements Classed; the bridge raises the class Of
// names. errclass_test checks that every error type of those packages
// does, and that each class it names exists in pywikibot.exceptions.
package errclass

import "errors"

// Classed is an error that stands for a pywikibot exception class.
type Classed interface {
	error
	// PywikibotClass is the name of the class in pywikibot.exceptions
	// (e.g. "UnknownFamilyError"); "Error" is its base class.
	PywikibotClass() string
}

// Of returns the pywikibot exception class of err: that of the first
// error in its chain (errors.As order) that is Classed, else "Error".
func Of(err error) string {
	var c Classed
	if errors.As(err, &c) {
		return c.PywikibotClass()
	}
	return "Error"
}
