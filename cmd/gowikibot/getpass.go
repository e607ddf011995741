package main

import (
	"errors"
	"os"

	"github.com/gowikibot/gowikibot/auth/termio"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// Python's getpass.getpass reads the terminal through termio, as logins
// and the OAuth prompts do: one hidden-prompt implementation.
func init() {
	sysmods.TerminalPassword = func(tty *os.File, prompt string) (string, error) {
		line, err := (&termio.Prompter{In: tty, Out: tty}).ReadLine(prompt, true)
		if errors.Is(err, termio.ErrInterrupted) {
			return "", sysmods.ErrPromptInterrupted
		}
		return line, err
	}
}
