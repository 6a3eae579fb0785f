package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"

	"wippylua/app"
	"wippylua/typecheck"
	"wippylua/types"
)

// checkApp checks the sources of an app's entries, noting each in
// checked. An entry's imports (`imports: {alias: ns:library}`) are checked
// first, and what each library returns and exports is what require(alias)
// gives the entry; require of a name that neither its modules nor its
// imports list is reported, as it fails at run time. A source shared by
// several entries is checked for each (their modules may differ), each
// problem reported once. An app that does not load is reported as
// APP_ERROR diagnostics and its files are left to be checked as plain
// files.
func checkApp(dir string, mode typecheck.Mode, sources map[string][]byte, checked map[string]bool) ([]typecheck.Diagnostic, error) {
	a, err := app.Load(dir)
	if err != nil {
		return appErrors(dir, err), nil
	}
	defer a.Close()
	var diags []typecheck.Diagnostic
	seen := map[string]bool{}             // diagnostics already reported, as text
	infos := map[string]*typecheck.Info{} // by entry id
	busy := map[string]bool{}             // import cycles end here
	var checkEntry func(e *app.Entry) (*typecheck.Info, error)
	checkEntry = func(e *app.Entry) (*typecheck.Info, error) {
		if info, ok := infos[e.ID]; ok || busy[e.ID] {
			return info, nil
		}
		busy[e.ID] = true
		conf := typecheck.Config{
			Mode:        mode,
			Modules:     map[string]*types.Type{},
			ModuleTypes: map[string]map[string]*types.Alias{},
			Allowed:     map[string]bool{},
			Entry:       e.ID,
		}
		for _, m := range e.Modules {
			conf.Allowed[m] = true
		}
		aliases := make([]string, 0, len(e.Imports))
		for alias := range e.Imports {
			aliases = append(aliases, alias)
		}
		sort.Strings(aliases)
		for _, alias := range aliases {
			conf.Allowed[alias] = true
			lib := a.Entry(e.Imports[alias])
			if lib == nil || lib.Source == "" {
				continue
			}
			info, err := checkEntry(lib)
			if err != nil {
				return nil, err
			}
			if info != nil && info.Module != nil {
				conf.Modules[alias] = info.Module
			}
			if info != nil {
				conf.ModuleTypes[alias] = info.Exports
			}
		}
		src, err := readSource(e.Source, sources)
		if err != nil {
			return nil, err
		}
		checked[filepath.Clean(e.Source)] = true
		ds, info := checkSource(e.Source, src, conf)
		for _, d := range ds {
			if k := d.String(); !seen[k] {
				seen[k] = true
				diags = append(diags, d)
			}
		}
		infos[e.ID] = info
		return info, nil
	}
	for _, e := range a.Entries() {
		if e.Source == "" {
			continue
		}
		if _, err := checkEntry(e); err != nil {
			return nil, err
		}
	}
	return diags, nil
}

// appErrors turns the error of app.Load into diagnostics, one per problem
// (located in its _index.yaml when known).
func appErrors(dir string, err error) []typecheck.Diagnostic {
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	var diags []typecheck.Diagnostic
	for _, err := range errs {
		d := typecheck.Diagnostic{File: dir, Line: 1, Col: 1, Severity: typecheck.SeverityError, Code: typecheck.AppError, Message: err.Error()}
		var ae *app.Error
		if errors.As(err, &ae) {
			d.File, d.Message = ae.File, ae.Msg
			if ae.Line > 0 {
				d.Line = ae.Line
			}
		} else {
			d.Message = fmt.Sprintf("cannot load the app: %v", err)
		}
		diags = append(diags, d)
	}
	return diags
}
