"""Running a module or a file as a script without importing it
(gowikibot): run_module, as `python -m`, and run_path, as `python FILE`
(pywikibot's pwb.py runs its wrapper so). A directory runs its
__main__.py; zip files are not supported."""
import os
import sys
import types

__all__ = ['run_module', 'run_path']

_MISSING = object()


def _run_code(code, run_globals, init_globals, mod_name, mod_spec, pkg_name=None, script_name=None):
    """Runs code in run_globals, its module variables set as for a module
    named mod_name; returns run_globals."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader, fname, cached = None, script_name, None
    else:
        loader, fname, cached = mod_spec.loader, mod_spec.origin, getattr(mod_spec, 'cached', None)
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals, mod_name, mod_spec, pkg_name, script_name, argv0):
    """Runs code in a new module put in sys.modules as mod_name, with
    sys.argv[0] set to argv0, both restored afterwards; returns a copy of
    the module's globals."""
    module = types.ModuleType(mod_name)
    saved_module = sys.modules.get(mod_name, _MISSING)
    saved_argv0 = sys.argv[0] if sys.argv else _MISSING
    sys.modules[mod_name] = module
    if sys.argv:
        sys.argv[0] = argv0
    else:
        sys.argv.append(argv0)
    try:
        _run_code(code, module.__dict__, init_globals, mod_name, mod_spec, pkg_name, script_name)
    finally:
        if saved_argv0 is _MISSING:
            del sys.argv[0]
        else:
            sys.argv[0] = saved_argv0
        if saved_module is _MISSING:
            sys.modules.pop(mod_name, None)
        else:
            sys.modules[mod_name] = saved_module
    return module.__dict__.copy()


def _code_of(mod_name, spec, error):
    """The code object of the module spec describes."""
    loader = spec.loader
    if loader is None:
        raise error(f'{mod_name!r} is a namespace package and cannot be executed')
    if getattr(spec, 'origin', None) == 'built-in':
        # a module gowikibot provides: those written in Python have
        # their source embedded
        import _gwb_sys
        source = _gwb_sys.frozen_source(mod_name)
        if not source:
            raise error(f'No code object available for {mod_name}')
        return compile(source, f'<frozen {mod_name}>', 'exec')
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error(f'No code object available for {mod_name}')
    return code


def _find_spec(mod_name):
    """importlib.util.find_spec, also for a module imported from a file
    without a __spec__ (gowikibot's importer sets none on those)."""
    import importlib.util
    module = sys.modules.get(mod_name)
    if module is not None and getattr(module, '__spec__', None) is None and getattr(module, '__file__', None):
        path = getattr(module, '__path__', None)
        return importlib.util.spec_from_file_location(
            mod_name, module.__file__, submodule_search_locations=None if path is None else list(path))
    return importlib.util.find_spec(mod_name)


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, '__path__'):
            from warnings import warn
            warn(RuntimeWarning(f'{mod_name!r} found in sys.modules after import of package '
                                f'{pkg_name!r}, but prior to execution of {mod_name!r}; '
                                'this may result in unpredictable behaviour'))
    try:
        spec = _find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding module specification for {!r} ({}: {})'
        if mod_name.endswith('.py'):
            msg += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error(f'No module named {mod_name}')
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            return _get_module_details(mod_name + '.__main__', error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(f'{e}; {mod_name!r} is a package and cannot be directly executed')
    return mod_name, spec, _code_of(mod_name, spec, error)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module mod_name (a package: its __main__) without importing
    it; __name__ is run_name (default: the module's name). With alter_sys,
    sys.argv[0] is the module's file and sys.modules[run_name] a temporary
    module while it runs. Returns the module's globals."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec, None, None, mod_spec.origin)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _main_module_details(path_name):
    """The __main__ module of directory path_name (first on sys.path)."""
    saved_main = sys.modules.pop('__main__', _MISSING)
    try:
        main_file = os.path.join(path_name, '__main__.py')
        if not os.path.isfile(main_file):
            raise ImportError(f"can't find '__main__' module in {path_name!r}")
        from importlib.util import spec_from_file_location
        spec = spec_from_file_location('__main__', os.path.abspath(main_file))
        return spec, _code_of('__main__', spec, ImportError)
    finally:
        if saved_main is not _MISSING:
            sys.modules['__main__'] = saved_main


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the Python file path_name (a directory: its __main__.py) as a
    module named run_name (default '<run_path>'), sys.argv[0] set to
    path_name meanwhile. Returns the module's globals."""
    if run_name is None:
        run_name = '<run_path>'
    pkg_name = run_name.rpartition('.')[0]
    path_name = os.fsdecode(os.fspath(path_name))
    if not os.path.isdir(path_name):
        with open(os.path.abspath(path_name), 'rb') as f:
            code = compile(f.read(), path_name, 'exec')
        return _run_module_code(code, init_globals, run_name, None, pkg_name, path_name, path_name)
    sys.path.insert(0, path_name)
    try:
        spec, code = _main_module_details(path_name)
        return _run_module_code(code, init_globals, run_name, spec, pkg_name, None, path_name)
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
