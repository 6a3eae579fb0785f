package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"wippylua/lexer"
	"wippylua/parser"
	"wippylua/typecheck"
)

// ---- check ----

// check runs the type checker on files, directories of .lua files and app
// directories, and prints the diagnostics. The status is 1 when there is
// an error (a warning alone keeps 0).
func (c *command) check(args []string) int {
	format := "text"
	mode := typecheck.ModeAuto
	var paths []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case strings.HasPrefix(a, "--format="):
			format = strings.TrimPrefix(a, "--format=")
		case a == "--format":
			if i+1 == len(args) {
				c.usageError("'--format' needs argument")
				return 1
			}
			i++
			format = args[i]
		case a == "--strict":
			mode = typecheck.ModeStrict
		case a == "--nonstrict":
			mode = typecheck.ModeNonStrict
		case a == "--":
			paths = append(paths, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			c.usageError(fmt.Sprintf("unrecognized option '%s'", a))
			return 1
		default:
			paths = append(paths, a)
		}
	}
	switch format {
	case "text", "pretty", "json":
	default:
		c.usageError(fmt.Sprintf("check: unknown format '%s' (text, pretty or json)", format))
		return 1
	}
	if len(paths) == 0 {
		c.usageError("check: no file or directory given")
		return 1
	}
	sources := map[string][]byte{}
	var diags []typecheck.Diagnostic
	for _, p := range paths {
		ds, err := checkPath(p, mode, sources)
		if err != nil {
			c.fail(err.Error())
			return 1
		}
		diags = append(diags, ds...)
	}
	typecheck.SortDiagnostics(diags)
	var err error
	switch format {
	case "text":
		err = typecheck.WriteText(c.out, diags)
	case "pretty":
		err = typecheck.WritePretty(c.out, diags, func(f string) []byte { return sources[f] })
	case "json":
		err = typecheck.WriteJSON(c.out, diags)
	}
	if err != nil {
		c.fail(err.Error())
		return 1
	}
	for _, d := range diags {
		if d.IsError() {
			return 1
		}
	}
	return 0
}

// checkSource checks one file with conf (whose File it sets); a syntax
// error is a diagnostic too. The Info is nil when the file does not parse.
func checkSource(file string, src []byte, conf typecheck.Config) ([]typecheck.Diagnostic, *typecheck.Info) {
	src = lexer.SkipShebang(src)
	chunk, err := parser.Parse(src, "@"+file)
	if err != nil {
		d := typecheck.Diagnostic{File: file, Line: 1, Col: 1, Severity: typecheck.SeverityError, Code: typecheck.SyntaxError, Message: err.Error()}
		var le *lexer.Error
		if errors.As(err, &le) {
			d.Line, d.Message = le.Line, strings.TrimPrefix(le.Error(), le.Chunk+":"+fmt.Sprint(le.Line)+": ")
		}
		return []typecheck.Diagnostic{d}, nil
	}
	if conf.Mode == typecheck.ModeAuto {
		conf.Mode = typecheck.ModeOf(src)
	}
	conf.File = file
	conf.OmitTypes = true // only diagnostics, Module and Exports are used
	info, ds := typecheck.Check(chunk, &conf)
	return ds, info
}

// readSource reads a file once, keeping it for the pretty output.
func readSource(file string, sources map[string][]byte) ([]byte, error) {
	if src, ok := sources[file]; ok {
		return src, nil
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	sources[file] = src
	return src, nil
}

// checkPath checks a command-line path: a file (whatever its name), or a
// directory, walked as checkwalk.go describes: each app root found is
// checked as an app, every other .lua file as a plain file.
func checkPath(path string, mode typecheck.Mode, sources map[string][]byte) ([]typecheck.Diagnostic, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return checkFile(path, mode, sources)
	}
	plan, err := planDir(path)
	if err != nil {
		return nil, err
	}
	var diags []typecheck.Diagnostic
	checked := map[string]bool{} // sources of app entries, by clean path
	for _, root := range plan.apps {
		ds, err := checkApp(root, mode, sources, checked)
		if err != nil {
			return nil, err
		}
		diags = append(diags, ds...)
	}
	for _, f := range plan.files {
		if checked[filepath.Clean(f)] {
			continue
		}
		ds, err := checkFile(f, mode, sources)
		if err != nil {
			return nil, err
		}
		diags = append(diags, ds...)
	}
	return diags, nil
}

// checkFile checks one plain file.
func checkFile(path string, mode typecheck.Mode, sources map[string][]byte) ([]typecheck.Diagnostic, error) {
	src, err := readSource(path, sources)
	if err != nil {
		return nil, err
	}
	ds, _ := checkSource(path, src, typecheck.Config{Mode: mode})
	return ds, nil
}
