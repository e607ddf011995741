package codecache

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// The registrations of the compile layers. They are made from package
// init functions and read afterwards, under mu.
var (
	mu sync.RWMutex
	// objects maps a registered helper object to its name, and back.
	objectNames = map[py.Object]string{}
	namedObject = map[string]py.Object{}
	// kinds maps the Go type of a registered helper kind to it, and its
	// name back.
	kindsByType = map[reflect.Type]*kind{}
	kindsByName = map[string]*kind{}
	sideTables  []*sideTable
	sideByName  = map[string]*sideTable{}
	loadHooks   []func(*py.Code)
	keyParts    []func() string
	// late holds registrations to make on first use (RegisterLate).
	late     []func()
	lateOnce sync.Once
)

// RegisterLate defers fn, which registers objects, kinds or side tables,
// to the first use of the cache: for a layer whose helpers are made by
// init functions that may run after the one registering them.
func RegisterLate(fn func()) {
	mu.Lock()
	defer mu.Unlock()
	late = append(late, fn)
}

// ready makes the deferred registrations, once.
func ready() {
	lateOnce.Do(func() {
		mu.RLock()
		fns := late
		mu.RUnlock()
		for _, fn := range fns {
			fn()
		}
	})
}

type kind struct {
	name string
	enc  func(py.Object) (py.Tuple, error)
	dec  func(py.Tuple) (py.Object, error)
}

type sideTable struct {
	name string
	get  func(*py.Code) (py.Object, bool)
	set  func(*py.Code, py.Object)
}

// RegisterObject names o, a Go object a compile layer puts among the
// constants of code objects (a bytecode helper), so that an encoded code
// object refers to it by name and a decoded one gets o itself back. The
// name must be unique and stable across builds.
func RegisterObject(name string, o py.Object) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := namedObject[name]; dup {
		panic("codecache: object " + name + " registered twice")
	}
	namedObject[name] = o
	objectNames[o] = name
}

// RegisterKind describes a kind of constant a compile layer makes per use
// (all values of sample's Go type): enc turns a value into a tuple of
// encodable constants, dec makes the value again from that tuple.
func RegisterKind(name string, sample py.Object, enc func(py.Object) (py.Tuple, error), dec func(py.Tuple) (py.Object, error)) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := kindsByName[name]; dup {
		panic("codecache: kind " + name + " registered twice")
	}
	k := &kind{name: name, enc: enc, dec: dec}
	kindsByName[name] = k
	kindsByType[reflect.TypeOf(sample)] = k
}

// RegisterSideTable describes a table a compile layer keeps beside code
// objects (facts about a code object the compile learnt from the source):
// get reports a code object's entry, set restores it on a decoded code
// object. Entries must be encodable constants.
func RegisterSideTable(name string, get func(*py.Code) (py.Object, bool), set func(*py.Code, py.Object)) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := sideByName[name]; dup {
		panic("codecache: side table " + name + " registered twice")
	}
	t := &sideTable{name: name, get: get, set: set}
	sideTables = append(sideTables, t)
	sideByName[name] = t
}

// RegisterLoadHook adds fn to the work done on every decoded top-level
// code object, for a layer whose compile-time registrations can be redone
// from the code object alone (cheaply).
func RegisterLoadHook(fn func(*py.Code)) {
	mu.Lock()
	defer mu.Unlock()
	loadHooks = append(loadHooks, fn)
}

// RegisterKeyPart adds fn's result to every cache key: a compile layer
// whose output depends on run-time settings reports them, so that code
// compiled under other settings is not reused.
func RegisterKeyPart(fn func() string) {
	mu.Lock()
	defer mu.Unlock()
	keyParts = append(keyParts, fn)
}

// keyExtra is the registered key parts, joined.
func keyExtra() string {
	ready()
	mu.RLock()
	defer mu.RUnlock()
	parts := make([]string, 0, len(keyParts))
	for _, f := range keyParts {
		parts = append(parts, f())
	}
	return strings.Join(parts, "\x00")
}

// runLoadHooks runs the registered load hooks on code.
func runLoadHooks(code *py.Code) {
	mu.RLock()
	hooks := loadHooks
	mu.RUnlock()
	for _, h := range hooks {
		h(code)
	}
}

// Registered lists the registered object, kind and side table names
// (sorted), for tests and diagnostics.
func Registered() []string {
	ready()
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for n := range namedObject {
		out = append(out, "object "+n)
	}
	for n := range kindsByName {
		out = append(out, "kind "+n)
	}
	for n := range sideByName {
		out = append(out, "side "+n)
	}
	sort.Strings(out)
	return out
}

// UnencodableError reports a constant of a code object that no layer has
// registered: the code object is compiled, not cached.
type UnencodableError struct {
	Type string
}

func (e *UnencodableError) Error() string {
	return fmt.Sprintf("codecache: cannot encode a constant of Go type %s (register it with RegisterObject or RegisterKind)", e.Type)
}
