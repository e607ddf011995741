package pyobj

import (
	"reflect"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// A py.StringDict (a Go map) has no order, and this layer lists its keys
// sorted. An instance's __dict__ (vars(obj)) lists them in assignment order
// in CPython; the class layer records that order and registers it here for
// the instance dicts it hands out, so that their repr and iteration follow
// it.

// keyOrders maps a StringDict's map pointer to the function returning its
// keys in order (nil when it no longer describes that dict).
var (
	keyOrders sync.Map
	nOrders   atomic.Int64
)

// mapKey is the identity of sd's map.
func mapKey(sd py.StringDict) uintptr { return reflect.ValueOf(sd).Pointer() }

// RegisterKeyOrder makes order give sd's keys in order; the returned
// function unregisters it.
func RegisterKeyOrder(sd py.StringDict, order func(py.StringDict) []string) (unregister func()) {
	k := mapKey(sd)
	if _, loaded := keyOrders.LoadOrStore(k, order); !loaded {
		nOrders.Add(1)
	} else {
		keyOrders.Store(k, order)
	}
	return func() {
		if _, ok := keyOrders.LoadAndDelete(k); ok {
			nOrders.Add(-1)
		}
	}
}

// registeredOrder returns sd's keys in its registered order, or nil.
func registeredOrder(sd py.StringDict) []string {
	if nOrders.Load() == 0 || len(sd) == 0 {
		return nil
	}
	f, ok := keyOrders.Load(mapKey(sd))
	if !ok {
		return nil
	}
	return f.(func(py.StringDict) []string)(sd)
}
