// Package outside holds tests for constructs found in bot scripts, user
// configs and family files from public repositories (see RESULTS.md): each
// test uses a small input of our own of the same shape and checks the
// outcome real pywikibot 9.6.3 or CPython gives for it.
package outside

import (
	"os"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }
