package methods

import "github.com/go-python/gpython/py"

// gpython gap (v0.2.0 and main as of 444ae5e): generator.close() is
// py.Generator.Close, which only returns NotImplementedError, so a script
// that stops its generator early (pywikibot 9.6.3's noreferences calls
// self.generator.close() when the wiki is not localised) dies with a bare
// NotImplementedError. This close ends the generator host-side: later
// next() and send() raise StopIteration, as in CPython. Unlike CPython no
// GeneratorExit is raised inside the generator, so its finally blocks and
// context managers do not run (gpython has no way to throw into a frame:
// py.Generator.Throw is unimplemented too).
func init() {
	py.GeneratorType.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		g := self.(*py.Generator)
		if g.Running {
			return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
		}
		if g.Frame != nil {
			// Send raises StopIteration for a started frame that did not
			// yield last; Lasti 1 marks an unstarted one as started.
			g.Frame.Yielded = false
			if g.Frame.Lasti == 0 {
				g.Frame.Lasti = 1
			}
		}
		return py.None, nil
	}, 0, "close() -> end the generator.")
}
