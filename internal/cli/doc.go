// Package cli is the wippy-lua command-line tool: Main parses the command
// line and runs the run, compile, check, version and help commands.
//
// Everything the tool does goes through Main's parameters (arguments and
// the three standard streams) and its return value (the exit status), so
// tests and the conformance harness run it in-process. It never calls
// os.Exit and never touches os.Stdin/os.Stdout/os.Stderr itself.
//
// Output conventions follow lua5.3 and luac5.3 with the program name
// replaced by "wippy-lua": an uncaught error prints "wippy-lua: MESSAGE",
// a newline and the stack traceback on stderr and exits with status 1.
// Standard output is buffered and flushed before anything goes to stderr,
// so that interleavings match what a terminal would show.
//
// run runs a script (and the -e and -l chunks) as the main process of a
// scheduler of its own (script.go): the script has the process runtime's
// globals while everything lua5.3 shows (output, messages, tracebacks,
// exit statuses, arg, os.exit) stays as it is; see script.go for how.
// --workers n sets the number of scheduler workers and --deterministic
// runs on one worker on the command's goroutine with virtual time (what
// the conformance suite uses for the runtime's programs). run DIR ENTRY
// runs an app entry (package app) with the same options.
//
// check runs the type checker (check.go): files as they are, directories
// walked for app roots, each checked as an app (checkapp.go), and other
// .lua files, skipping what .checkignore files list (checkwalk.go).
//
// As the top of the dependency graph, cli may import every package of the
// module; nothing may import it except cmd/wippy-lua.
package cli
