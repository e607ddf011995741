package lazymod

import (
	"slices"
	"testing"

	"github.com/go-python/gpython/py"
)

func TestBuiltOnceOnFirstLookup(t *testing.T) {
	builds := 0
	Register("lazymod_test_a", func() *py.ModuleImpl {
		builds++
		return &py.ModuleImpl{Info: py.ModuleInfo{Name: "lazymod_test_a"}, CodeSrc: "x = 1\n"}
	})
	if !slices.Contains(Names(), "lazymod_test_a") {
		t.Fatalf("Names() = %v, want lazymod_test_a listed before its first lookup", Names())
	}
	if py.GetModuleImpl("lazymod_test_a") != nil {
		t.Fatal("module registered with gpython before its first lookup")
	}
	a := ModuleImpl("lazymod_test_a")
	b := ModuleImpl("lazymod_test_a")
	if a == nil || a != b || a.CodeSrc != "x = 1\n" {
		t.Fatalf("ModuleImpl = %v, %v; want the same built impl twice", a, b)
	}
	if builds != 1 {
		t.Fatalf("built %d times, want 1", builds)
	}
	if py.GetModuleImpl("lazymod_test_a") != a {
		t.Fatal("built module not registered with gpython")
	}
	if slices.Contains(Names(), "lazymod_test_a") {
		t.Fatal("a built module is still listed as lazy")
	}
}

func TestEagerRegistrationWins(t *testing.T) {
	eager := &py.ModuleImpl{Info: py.ModuleInfo{Name: "lazymod_test_b"}}
	py.RegisterModule(eager)
	Register("lazymod_test_b", func() *py.ModuleImpl {
		t.Fatal("lazy builder called although an eager module exists")
		return nil
	})
	if got := ModuleImpl("lazymod_test_b"); got != eager {
		t.Fatalf("ModuleImpl = %v, want the eagerly registered module", got)
	}
}

func TestUnknown(t *testing.T) {
	if got := ModuleImpl("lazymod_test_none"); got != nil {
		t.Fatalf("ModuleImpl of an unknown name = %v, want nil", got)
	}
}
