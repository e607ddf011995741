package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gowikibot/gowikibot/userconfig"
)

// reportError prints err on the command's error stream as pywikibot prints
// errors ("ERROR: ...") and returns the exit status 1. It is every
// command's one way to report a failure. A missing user-config.py is
// reported with its own text, which names the fix.
func reportError(ios *ioStreams, err error) int {
	var nc *userconfig.NoConfigError
	if errors.As(err, &nc) {
		fmt.Fprintln(ios.Err, nc.Error())
		return 1
	}
	msg := err.Error()
	var nu *userconfig.NoUsernameError
	if errors.As(err, &nu) {
		msg = strings.TrimPrefix(msg, "ERROR: ")
	}
	fmt.Fprintln(ios.Err, "ERROR: "+msg)
	return 1
}
