package sysmods

import (
	"context"

	"github.com/go-python/gpython/py"
)

// WaitContext, when set (by the runtime: python.WaitContext), returns the
// context Go code should wait under on behalf of the Python code of ctx;
// Ctrl-C cancels it, and the waiter then returns InterruptCheck(ctx).
var WaitContext func(ctx py.Context) context.Context
