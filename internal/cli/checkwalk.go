package cli

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"wippylua/app"
)

// What `wippy-lua check DIR` checks. A directory is walked recursively:
//
//   - An app root is a directory holding an _index.yaml none of whose
//     ancestors, up to the directory named on the command line, holds one.
//     Each app root is loaded and checked as one app (checkApp): a
//     repository may hold several apps side by side, each with its own
//     entry ids, and loading them together would make their ids clash.
//   - Every other .lua file, inside an app root or not, is checked as a
//     plain file. Declaration files (*.d.lua) are not programs and are
//     left out.
//   - Directories whose name starts with a dot (.git...) are skipped, and
//     so is whatever a .checkignore file excludes (checkIgnore): the
//     checker's own corpus of wrong programs, programs testing syntax
//     errors. A path named on the command line is always checked.

// checkIgnoreFile is the name of the files listing what directory walks
// skip.
const checkIgnoreFile = ".checkignore"

// checkIgnore is the content of one .checkignore file: patterns of
// path.Match, one per line (blank lines and lines starting with # are
// comments), matched against the slash-separated path of a file or
// directory relative to the directory holding the .checkignore. A pattern
// without a slash also matches the base name at any depth. A matching
// directory is skipped with everything under it.
type checkIgnore struct {
	dir      string
	patterns []string
}

// readCheckIgnore reads dir's .checkignore, or returns nil when there is
// none.
func readCheckIgnore(dir string) (*checkIgnore, error) {
	data, err := os.ReadFile(filepath.Join(dir, checkIgnoreFile))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	ig := &checkIgnore{dir: dir}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimSuffix(strings.TrimPrefix(line, "/"), "/")
		if _, err := path.Match(line, ""); err != nil {
			return nil, fmt.Errorf("%s: bad pattern '%s': %v", filepath.Join(dir, checkIgnoreFile), line, err)
		}
		ig.patterns = append(ig.patterns, line)
	}
	return ig, nil
}

// excludes reports whether p (a path under ig.dir) is excluded.
func (ig *checkIgnore) excludes(p string) bool {
	rel, err := filepath.Rel(ig.dir, p)
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	base := path.Base(rel)
	for _, pat := range ig.patterns {
		if ok, _ := path.Match(pat, rel); ok {
			return true
		}
		if !strings.Contains(pat, "/") {
			if ok, _ := path.Match(pat, base); ok {
				return true
			}
		}
	}
	return false
}

// checkPlan is what a walk found: the app roots, and the .lua files to
// check as plain files unless an app's entry uses them as its source.
type checkPlan struct {
	apps  []string
	files []string
}

// planDir walks dir and sorts what it finds into a plan.
func planDir(dir string) (*checkPlan, error) {
	plan := &checkPlan{}
	var ignores []*checkIgnore // of the directories enclosing the current one
	excluded := func(p string) bool {
		for _, ig := range ignores {
			if ig.excludes(p) {
				return true
			}
		}
		return false
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		// The .checkignore files of directories the walk has left no
		// longer apply.
		for len(ignores) > 0 && !within(p, ignores[len(ignores)-1].dir) {
			ignores = ignores[:len(ignores)-1]
		}
		if p != dir && excluded(p) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			if strings.HasSuffix(p, ".lua") && !strings.HasSuffix(p, ".d.lua") {
				plan.files = append(plan.files, p)
			}
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		ig, err := readCheckIgnore(p)
		if err != nil {
			return err
		}
		if ig != nil {
			ignores = append(ignores, ig)
		}
		if _, err := os.Stat(filepath.Join(p, app.IndexFile)); err == nil && !plan.insideApp(p) {
			plan.apps = append(plan.apps, p)
		}
		return nil
	})
	sort.Strings(plan.files)
	return plan, err
}

// insideApp reports whether dir is under one of the app roots found so
// far.
func (plan *checkPlan) insideApp(dir string) bool {
	for _, a := range plan.apps {
		if within(dir, a) {
			return true
		}
	}
	return false
}

// within reports whether p is dir or below it.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
