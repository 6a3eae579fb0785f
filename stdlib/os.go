package stdlib

import (
	"crypto/rand"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"

	"wippylua/vm"
)

// The os library (Lua 5.3 manual §6.9).
//
// The standard profile has all of lua5.3's functions plus os.platform (the
// Go name of the operating system: "linux", "darwin", "windows"...), so
// that code written for entries runs unchanged as a script. The sandbox
// keeps only time, date, clock, difftime and platform: nothing that
// reaches the file system, the environment or other processes.
//
// Host-specific behaviour: os.exit flushes and calls the function set
// with SetExit (see io_env.go); os.execute and io.popen use /bin/sh;
// os.setlocale knows only the C locale.

// openOS installs the os library.
func openOS(s *vm.State, loaded *vm.Table, p Profile) {
	funcs := map[string]func(t *vm.Thread) int{
		"clock":    osClock,
		"date":     osDate,
		"difftime": osDifftime,
		"time":     osTime,
	}
	if p == Standard {
		funcs["execute"] = envFunc((*hostEnv).osExecute)
		funcs["exit"] = osExit
		funcs["getenv"] = osGetenv
		funcs["remove"] = osRemove
		funcs["rename"] = osRename
		funcs["setlocale"] = osSetlocale
		funcs["tmpname"] = osTmpname
	}
	lib := register(s, loaded, "os", funcs)
	lib.SetStr("platform", vm.String(runtime.GOOS))
}

func osClock(t *vm.Thread) int {
	t.Push(vm.Float(cpuTime().Seconds()))
	return 1
}

func osGetenv(t *vm.Thread) int {
	v, ok := os.LookupEnv(t.CheckString(1))
	if !ok {
		t.Push(vm.Nil)
	} else {
		t.Push(vm.String(v))
	}
	return 1
}

// osRemove removes a file or an empty directory, like C's remove.
func osRemove(t *vm.Thread) int {
	name := t.CheckString(1)
	return fileResult(t, removePath(name), name)
}

// removePath is C's remove: unlink, or rmdir when the path is a directory,
// with the error of whichever applies (os.Remove's choice differs on
// some systems).
func removePath(name string) error {
	err := syscall.Unlink(name)
	if err == nil {
		return nil
	}
	if fi, serr := os.Lstat(name); serr == nil && fi.IsDir() {
		return syscall.Rmdir(name)
	}
	return err
}

func osRename(t *vm.Thread) int {
	from := t.CheckString(1)
	to := t.CheckString(2)
	err := os.Rename(from, to)
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	// lua5.3 reports rename failures without a file name.
	return fileResult(t, err, "")
}

// osTmpname creates an empty file with a fresh name, as lua5.3 does with
// mkstemp("/tmp/lua_XXXXXX"), and returns the name.
func osTmpname(t *vm.Thread) int {
	dir := "/tmp"
	if runtime.GOOS == "windows" {
		dir = os.TempDir()
	}
	const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	for try := 0; try < 100; try++ {
		var b [6]byte
		rand.Read(b[:])
		for i := range b {
			b[i] = letters[int(b[i])%len(letters)]
		}
		name := filepath.Join(dir, "lua_"+string(b[:]))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			f.Close()
			t.Push(vm.String(name))
			return 1
		}
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	t.Errorf("unable to generate a unique filename")
	return 0
}

// osSetlocale supports only the C locale, which is what every other
// function here assumes: queries and requests for "C", "POSIX" or ""
// (the environment's default, taken to be C) answer "C"; anything else
// fails with nil.
func osSetlocale(t *vm.Thread) int {
	t.CheckOption(2, "all", []string{"all", "collate", "ctype", "monetary", "numeric", "time"})
	if t.Arg(1).IsNil() {
		t.Push(vm.String("C"))
		return 1
	}
	switch t.CheckString(1) {
	case "C", "POSIX", "":
		t.Push(vm.String("C"))
	default:
		t.Push(vm.Nil)
	}
	return 1
}

// osExit implements os.exit([code [, close]]): true means success (0),
// false failure (1). Like C's exit it flushes every open stream first;
// with close (lua_close in lua5.3) it also closes the open files. Then
// the host's exit function runs (SetExit), by default os.Exit.
func osExit(t *vm.Thread) int {
	var code int
	if a := t.Arg(1); a.Kind() == vm.KindBool {
		if !a.AsBool() {
			code = 1
		}
	} else {
		code = int(t.OptInt(1, 0))
	}
	s := t.State()
	if t.Arg(2).Truthy() {
		Close(s)
	} else {
		flushAll(s)
	}
	if e := getEnv(s); e.stderrF != nil {
		e.stderrF.flush()
	}
	if exit := getEnv(s).exit; exit != nil {
		exit(code)
		return 0
	}
	os.Exit(code)
	return 0
}
