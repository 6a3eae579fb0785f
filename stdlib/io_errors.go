package stdlib

import (
	"errors"
	"io/fs"
	"syscall"

	"wippylua/vm"
)

// Errors of the io and os libraries are reported like C's luaL_fileresult:
// nil, "[name: ]strerror(errno)", errno.

// errnoOf extracts the OS error number of err; errors that carry none
// count as EIO, the closest C equivalent of "the stream failed".
func errnoOf(err error) syscall.Errno {
	var en syscall.Errno
	if errors.As(err, &en) {
		return en
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return syscall.ENOENT
	case errors.Is(err, fs.ErrPermission):
		return syscall.EACCES
	case errors.Is(err, fs.ErrExist):
		return syscall.EEXIST
	}
	return syscall.EIO
}

// strerror renders an error as C's strerror does. Go's errno texts are
// glibc's sentences with the first letter lowered, so capitalising gives
// back what lua5.3 prints. Errors that are not OS errors keep their text.
func strerror(err error) string {
	var en syscall.Errno
	var msg string
	if errors.As(err, &en) {
		msg = en.Error()
	} else if errnoOf(err) != syscall.EIO {
		msg = errnoOf(err).Error()
	} else {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return err.Error()
	}
	if msg != "" && msg[0] >= 'a' && msg[0] <= 'z' {
		msg = string(msg[0]-'a'+'A') + msg[1:]
	}
	return msg
}

// fileResult pushes the result of a library call that may fail: true on
// success, or nil, message, errno (the message prefixed by "name: " when
// name is not empty).
func fileResult(t *vm.Thread, err error, name string) int {
	if err == nil {
		t.Push(vm.True)
		return 1
	}
	return fileError(t, err, name)
}

// fileError pushes nil, message, errno for err.
func fileError(t *vm.Thread, err error, name string) int {
	msg := strerror(err)
	if name != "" {
		msg = name + ": " + msg
	}
	t.Push(vm.Nil)
	t.Push(vm.String(msg))
	t.Push(vm.Int(int64(errnoOf(err))))
	return 3
}
