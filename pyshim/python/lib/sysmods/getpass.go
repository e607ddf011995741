package sysmods

import (
	"fmt"
	"os"

	"github.com/go-python/gpython/py"
)

func getpassInit() {
	register("getpass", "Utilities to get a password and/or the current user name.", map[string]interface{}{
		"getpass": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var prompt, stream py.Object = py.String("Password: "), py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:getpass", []string{"prompt", "stream"}, &prompt, &stream); err != nil {
				return nil, err
			}
			p, err := pyStrArg(prompt, "getpass")
			if err != nil {
				return nil, err
			}
			s, err := readPassword(p)
			if err != nil {
				return nil, err
			}
			return py.String(s), nil
		},
		"getuser": func(self py.Object) (py.Object, error) {
			for _, v := range []string{"LOGNAME", "USER", "LNAME", "USERNAME"} {
				if u := os.Getenv(v); u != "" {
					return py.String(u), nil
				}
			}
			return py.String(fmt.Sprint(os.Getuid())), nil
		},
	}, py.StringDict{"GetPassWarning": py.UserWarning})
}
