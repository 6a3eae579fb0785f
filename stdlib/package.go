package stdlib

import (
	"os"
	"strings"

	"wippylua/vm"
)

// The package library and require (Lua 5.3 manual §6.3), standard profile
// only: the sandbox has neither (entries will get a require limited to
// their declared modules).
//
// This is lua5.3 built without dynamic libraries: package.loadlib and the
// two C searchers are present, the C searchers search package.cpath (so
// the "module not found" message lists the same places as lua5.3's), and
// loading a C library always fails with "dynamic libraries not enabled;
// check your Lua installation".

// Default search paths: lua5.3's own defaults for a /usr/local install.
// LUA_PATH_5_3 (or LUA_PATH) and LUA_CPATH_5_3 (or LUA_CPATH) replace
// them, with ";;" standing for the default.
const (
	defaultLuaPath = "/usr/local/share/lua/5.3/?.lua;/usr/local/share/lua/5.3/?/init.lua;" +
		"/usr/local/lib/lua/5.3/?.lua;/usr/local/lib/lua/5.3/?/init.lua;./?.lua;./?/init.lua"
	defaultCPath = "/usr/local/lib/lua/5.3/?.so;/usr/local/lib/lua/5.3/loadall.so;./?.so"
)

// dlMessage is what a lua5.3 without dynamic library support reports.
const dlMessage = "dynamic libraries not enabled; check your Lua installation"

// openPackage installs package and require.
func openPackage(s *vm.State, loaded *vm.Table, p Profile) {
	if p != Standard {
		return
	}
	reg := s.Registry()
	preload := reg.GetStr("_PRELOAD").AsTable()
	if preload == nil {
		preload = vm.NewTable(0, 4)
		reg.SetStr("_PRELOAD", vm.TableValue(preload))
	}
	pkg := vm.NewTable(0, 8)
	pv := vm.TableValue(pkg)
	fn := func(name string, f func(t *vm.Thread) int) vm.Value {
		return vm.FunctionValue(vm.NewGoFunction(name, f))
	}
	pkg.SetStr("loadlib", fn("loadlib", pkgLoadlib))
	pkg.SetStr("searchpath", fn("searchpath", pkgSearchpath))
	pkg.SetStr("preload", vm.TableValue(preload))
	pkg.SetStr("loaded", vm.TableValue(loaded))
	pkg.SetStr("path", vm.String(envPath("LUA_PATH", defaultLuaPath)))
	pkg.SetStr("cpath", vm.String(envPath("LUA_CPATH", defaultCPath)))
	pkg.SetStr("config", vm.String("/\n;\n?\n!\n-\n"))

	// The searchers and require find package through their closure (an
	// upvalue in lua5.3), not through the global, which a program may
	// change.
	searchers := vm.NewTable(4, 0)
	searchers.SetInt(1, fn("searcher_preload", searcherPreload))
	searchers.SetInt(2, fn("searcher_Lua", func(t *vm.Thread) int { return searcherLua(t, pv) }))
	searchers.SetInt(3, fn("searcher_C", func(t *vm.Thread) int { return searcherC(t, pv) }))
	searchers.SetInt(4, fn("searcher_Croot", func(t *vm.Thread) int { return searcherCroot(t, pv) }))
	pkg.SetStr("searchers", vm.TableValue(searchers))

	s.Globals().SetStr("package", pv)
	loaded.SetStr("package", pv)
	s.Globals().SetStr("require", fn("require", func(t *vm.Thread) int { return require(t, pv) }))
}

// envPath computes a search path from the environment like lua5.3's
// setpath: the versioned variable first, ";;" replaced by the default.
func envPath(name, def string) string {
	v, ok := os.LookupEnv(name + "_5_3")
	if !ok {
		v, ok = os.LookupEnv(name)
	}
	if !ok {
		return def
	}
	v = strings.ReplaceAll(v, ";;", ";\x01;")
	return strings.ReplaceAll(v, "\x01", def)
}

func pkgLoadlib(t *vm.Thread) int {
	t.CheckString(1)
	t.CheckString(2)
	t.Push(vm.Nil)
	t.Push(vm.String(dlMessage))
	t.Push(vm.String("absent"))
	return 3
}

// readable reports whether a file can be opened for reading (lua5.3 asks
// fopen, which accepts directories too).
func readable(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	f.Close()
	return true
}

// searchPath looks for name in the ';'-separated templates of path, with
// sep in name replaced by rep and '?' in each template by the name. It
// returns the first readable file, or "" and the "\n\tno file '...'"
// lines of every file tried.
func searchPath(name, path, sep, rep string) (string, string) {
	if sep != "" {
		name = strings.ReplaceAll(name, sep, rep)
	}
	var msg strings.Builder
	for _, tmpl := range strings.Split(path, ";") {
		if tmpl == "" {
			continue
		}
		file := strings.ReplaceAll(tmpl, "?", name)
		if readable(file) {
			return file, ""
		}
		msg.WriteString("\n\tno file '" + file + "'")
	}
	return "", msg.String()
}

func pkgSearchpath(t *vm.Thread) int {
	// lua5.3 checks the arguments inside one call expression, which gcc
	// evaluates from the last argument to the first.
	rep := t.OptString(4, "/")
	sep := t.OptString(3, ".")
	path := t.CheckString(2)
	name := t.CheckString(1)
	file, msg := searchPath(name, path, sep, rep)
	if file == "" {
		t.Push(vm.Nil)
		t.Push(vm.String(msg))
		return 2
	}
	t.Push(vm.String(file))
	return 1
}

// findFile searches package[field] ("path" or "cpath") for name.
func findFile(t *vm.Thread, pkg vm.Value, name, field string) (string, string) {
	pv := t.Index(pkg, vm.String(field))
	if !pv.IsString() && !pv.IsNumber() {
		t.Errorf("'package.%s' must be a string", field)
	}
	path := pv
	if pv.IsNumber() {
		path = vm.String(vm.NumberToString(pv))
	}
	return searchPath(name, path.AsString(), ".", "/")
}

// loadError raises lua5.3's error for a module file that was found but
// could not be loaded.
func loadError(t *vm.Thread, name, file, msg string) {
	t.Errorf("error loading module '%s' from file '%s':\n\t%s", name, file, msg)
}

func searcherPreload(t *vm.Thread) int {
	name := t.CheckString(1)
	preload := t.State().Registry().GetStr("_PRELOAD")
	v := vm.Nil
	if !preload.IsNil() {
		v = t.Index(preload, vm.String(name))
	}
	if v.IsNil() {
		t.Push(vm.String("\n\tno field package.preload['" + name + "']"))
		return 1
	}
	t.Push(v)
	return 1
}

func searcherLua(t *vm.Thread, pkg vm.Value) int {
	name := t.CheckString(1)
	file, msg := findFile(t, pkg, name, "path")
	if file == "" {
		t.Push(vm.String(msg))
		return 1
	}
	src, chunk, err := readChunkFile(file)
	var fn vm.Value
	if err == nil {
		fn, err = t.State().Load(src, chunk, "bt", nil)
	}
	if err != nil {
		loadError(t, name, file, err.Error())
	}
	t.Push(fn)
	t.Push(vm.String(file))
	return 2
}

func searcherC(t *vm.Thread, pkg vm.Value) int {
	name := t.CheckString(1)
	file, msg := findFile(t, pkg, name, "cpath")
	if file == "" {
		t.Push(vm.String(msg))
		return 1
	}
	loadError(t, name, file, dlMessage)
	return 0
}

// searcherCroot looks for the C library of the root of a dotted name
// ("a" for "a.b.c").
func searcherCroot(t *vm.Thread, pkg vm.Value) int {
	name := t.CheckString(1)
	root, _, dotted := strings.Cut(name, ".")
	if !dotted {
		return 0
	}
	file, msg := findFile(t, pkg, root, "cpath")
	if file == "" {
		t.Push(vm.String(msg))
		return 1
	}
	loadError(t, name, file, dlMessage)
	return 0
}

// require implements lua5.3's ll_require: package.loaded (the registry's
// _LOADED, whatever package.loaded now holds) is consulted first, then
// each searcher in turn; the loader gets the name and the searcher's
// extra value, and its result (or true) becomes package.loaded[name].
func require(t *vm.Thread, pkg vm.Value) int {
	name := t.CheckString(1)
	t.SetTop(1)
	loaded := t.State().Registry().GetStr("_LOADED")
	key := vm.String(name)
	if v := t.Index(loaded, key); v.Truthy() {
		t.Push(v)
		return 1
	}
	loader, extra := findLoader(t, pkg, name)
	res, err := t.Call(loader, key, extra)
	if err != nil {
		panic(err) // the *vm.Error, with the traceback of where it was raised
	}
	if len(res) > 0 && !res[0].IsNil() {
		t.SetIndex(loaded, key, res[0])
	}
	v := t.Index(loaded, key)
	if v.IsNil() {
		v = vm.True
		t.SetIndex(loaded, key, v)
	}
	t.Push(v)
	return 1
}

// findLoader asks each of package.searchers for a loader of name.
func findLoader(t *vm.Thread, pkg vm.Value, name string) (loader, extra vm.Value) {
	searchers := t.Index(pkg, vm.String("searchers"))
	if !searchers.IsTable() {
		t.Errorf("'package.searchers' must be a table")
	}
	var msg strings.Builder
	for i := int64(1); ; i++ {
		s := t.State().View(searchers.AsTable()).GetInt(i)
		if s.IsNil() {
			t.Errorf("module '%s' not found:%s", name, msg.String())
		}
		res, err := t.Call(s, vm.String(name))
		if err != nil {
			panic(err) // the *vm.Error, with the traceback of where it was raised
		}
		r0, r1 := vm.Nil, vm.Nil
		if len(res) > 0 {
			r0 = res[0]
		}
		if len(res) > 1 {
			r1 = res[1]
		}
		switch {
		case r0.IsFunction():
			return r0, r1
		case r0.IsString():
			msg.WriteString(r0.AsString())
		case r0.IsNumber():
			msg.WriteString(vm.NumberToString(r0))
		}
	}
}
