package sysmods

// init registers the small modules, one per file (hashlib.go,
// base64mod.go, platform.go, locale.go, getpass.go, shutil.go,
// ossystem.go), in this order; os.system last, as it extends gpython's os.
func init() {
	hashlibInit()
	base64Init()
	platformInit()
	localeInit()
	getpassInit()
	shutilInit()
	osSystemInit()
}
