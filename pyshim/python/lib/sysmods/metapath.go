package sysmods

import (
	"github.com/go-python/gpython/py"
)

// fromMetaPath asks the finders a script put into sys.meta_path (six's
// importer for six.moves, plugin loaders) for module name, after
// gowikibot's own modules and sys.path found nothing, as CPython asks them
// (with its own finders first). It supports find_spec with the loader's
// create_module/exec_module, and the older find_module/load_module. ok
// reports whether a finder provided the module.
func (im *importer) fromMetaPath(name string, parent *py.Module) (mod *py.Module, ok bool, err error) {
	sysm, err := im.ctx.GetModule("sys")
	if err != nil {
		return nil, false, nil
	}
	mp, _ := sysm.Globals["meta_path"].(*py.List)
	if mp == nil || len(mp.Items) == 0 {
		return nil, false, nil
	}
	var path py.Object = py.None
	if parent != nil {
		if p, ok := parent.Globals["__path__"]; ok {
			path = p
		}
	}
	view := &ModulesView{im: im}
	for _, finder := range append([]py.Object{}, mp.Items...) {
		if fs, err := py.GetAttrString(finder, "find_spec"); err == nil {
			spec, err := py.Call(fs, py.Tuple{py.String(name), path, py.None}, nil)
			if err != nil {
				return nil, true, err
			}
			if spec == py.None {
				continue
			}
			loader, err := py.GetAttrString(spec, "loader")
			if err != nil {
				return nil, true, err
			}
			var m py.Object = py.None
			if cm, err := py.GetAttrString(loader, "create_module"); err == nil {
				if m, err = py.Call(cm, py.Tuple{spec}, nil); err != nil {
					return nil, true, err
				}
			}
			if m == py.None {
				m = &py.Module{ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: name}},
					Globals: py.StringDict{"__name__": py.String(name), "__spec__": spec, "__loader__": loader}, Context: im.ctx}
			}
			if _, err := view.M__setitem__(py.String(name), m); err != nil {
				return nil, true, err
			}
			if em, err := py.GetAttrString(loader, "exec_module"); err == nil {
				if _, err := py.Call(em, py.Tuple{m}, nil); err != nil {
					im.setFailed(name, true)
					return nil, true, err
				}
			} else if lm, err := py.GetAttrString(loader, "load_module"); err == nil {
				if _, err := py.Call(lm, py.Tuple{py.String(name)}, nil); err != nil {
					im.setFailed(name, true)
					return nil, true, err
				}
			}
			stored, err := im.ctx.GetModule(name)
			return stored, true, err
		}
		if fm, err := py.GetAttrString(finder, "find_module"); err == nil {
			loader, err := py.Call(fm, py.Tuple{py.String(name), path}, nil)
			if err != nil {
				return nil, true, err
			}
			if loader == py.None {
				continue
			}
			lm, err := py.GetAttrString(loader, "load_module")
			if err != nil {
				return nil, true, err
			}
			m, err := py.Call(lm, py.Tuple{py.String(name)}, nil)
			if err != nil {
				return nil, true, err
			}
			if _, ok := view.lookup(py.String(name)); !ok {
				if _, err := view.M__setitem__(py.String(name), m); err != nil {
					return nil, true, err
				}
			}
			stored, err := im.ctx.GetModule(name)
			return stored, true, err
		}
	}
	return nil, false, nil
}
