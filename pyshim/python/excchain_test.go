package python

import "testing"

// chainSrc: an exception raised in a finally body while another one
// propagates (pywikibot 7.7.3's misspelling on a wiki without Wikibase:
// UnknownExtensionError in the generator, then AttributeError in the bot's
// teardown), after handlers left normally and by continue, which must not
// be chained.
const chainSrc = `class UnknownExtension(Exception):
    pass


class Bot:
    def generator(self):
        raise UnknownExtension('no Wikibase')

    def teardown(self):
        getattr(self, 'manager')

    def run(self):
        try:
            self.generator()
        finally:
            self.teardown()


def quiet():
    try:
        raise KeyError('handled')
    except KeyError:
        pass
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            if i >= 0:
                continue
    return 'quiet'


print(quiet())
Bot().run()
`

// chainWant is CPython 3.11's stderr for chainSrc run as /x/chain.py
// (recorded with /usr/bin/python3).
const chainWant = `Traceback (most recent call last):
  File "/x/chain.py", line 14, in run
    self.generator()
  File "/x/chain.py", line 7, in generator
    raise UnknownExtension('no Wikibase')
UnknownExtension: no Wikibase

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/x/chain.py", line 34, in <module>
    Bot().run()
  File "/x/chain.py", line 16, in run
    self.teardown()
  File "/x/chain.py", line 10, in teardown
    getattr(self, 'manager')
AttributeError: 'Bot' object has no attribute 'manager'`

// TestUncaughtChain: the uncaught exception is printed after the one it
// was raised during, linked as CPython links them, and nothing handled
// earlier is chained.
func TestUncaughtChain(t *testing.T) {
	in, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	RegisterSource("/x/chain.py", chainSrc)
	_, err = in.RunSource(chainSrc, "/x/chain.py", "__main__")
	if err == nil || err.Error() != chainWant {
		t.Fatalf("got:\n%v\nwant:\n%s", err, chainWant)
	}
}
