# catch_warnings keeps the warnings module it works on as _module, and a
# subclass may replace that module's showwarning inside (pywikibot's test
# framework does)
import sys
import warnings


class Recording(warnings.catch_warnings):
    def __enter__(self):
        log = super().__enter__()
        seen = []
        self.seen = seen

        def show(message, category, filename, lineno, file=None, line=None):
            seen.append((str(message), category.__name__))
        self._module.showwarning = show
        return log


print(warnings.catch_warnings()._module is sys.modules['warnings'])
print(warnings.catch_warnings(module=sys)._module is sys)
with Recording() as ctx:
    warnings.simplefilter('always')
    warnings.warn('first', UserWarning)
    warnings.warn('second', DeprecationWarning)
print(ctx)
rec = Recording()
with rec:
    warnings.simplefilter('always')
    warnings.warn('third', FutureWarning)
print(rec.seen)
print(warnings.showwarning.__name__)
