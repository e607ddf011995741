package sysmods

import ()

func init() {
	hashlibInit()
	base64Init()
	uuidInit()
	platformInit()
	localeInit()
	getpassInit()
	shutilInit()
	osSystemInit()
}
