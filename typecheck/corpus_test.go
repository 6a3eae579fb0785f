package typecheck_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"wippylua/lexer"
	"wippylua/parser"
	"wippylua/typecheck"
)

// checkFile parses and checks one file as the command line does.
func checkFile(t *testing.T, path string, conf typecheck.Config) []typecheck.Diagnostic {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src = lexer.SkipShebang(src)
	chunk, err := parser.Parse(src, "@"+path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if conf.Mode == typecheck.ModeAuto {
		conf.Mode = typecheck.ModeOf(src)
	}
	_, ds := typecheck.Check(chunk, &conf)
	return ds
}

// luaFiles lists the .lua files under dir.
func luaFiles(t *testing.T, dirs ...string) []string {
	var files []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".lua") {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(files)
	return files
}

var expectRE = regexp.MustCompile(`--\s*expect-error:\s*([A-Z_, ]+)`)

// TestCorpus checks every program of testdata/: each line marked
// `-- expect-error: CODE[, CODE...]` must have exactly those diagnostics,
// and no other line any.
func TestCorpus(t *testing.T) {
	files := luaFiles(t, "testdata")
	if len(files) == 0 {
		t.Fatal("no programs in testdata")
	}
	for _, path := range files {
		t.Run(strings.TrimPrefix(path, "testdata/"), func(t *testing.T) {
			src, _ := os.ReadFile(path)
			want := map[int][]string{}
			for i, line := range strings.Split(string(src), "\n") {
				if m := expectRE.FindStringSubmatch(line); m != nil {
					for _, code := range strings.Split(m[1], ",") {
						if code = strings.TrimSpace(code); code != "" {
							want[i+1] = append(want[i+1], code)
						}
					}
				}
			}
			got := map[int][]string{}
			var text []string
			for _, d := range checkFile(t, path, typecheck.Config{}) {
				got[d.Line] = append(got[d.Line], string(d.Code))
				text = append(text, d.String())
			}
			if diff := compareLines(want, got); diff != "" {
				t.Errorf("%s\ndiagnostics:\n  %s", diff, strings.Join(text, "\n  "))
			}
			// Without Info.Types (as wippy-lua check runs), the same.
			var omitted []string
			for _, d := range checkFile(t, path, typecheck.Config{OmitTypes: true}) {
				omitted = append(omitted, d.String())
			}
			if strings.Join(omitted, "\n") != strings.Join(text, "\n") {
				t.Errorf("with OmitTypes:\n  %s\nwithout:\n  %s", strings.Join(omitted, "\n  "), strings.Join(text, "\n  "))
			}
		})
	}
	t.Logf("%d corpus programs", len(files))
}

func compareLines(want, got map[int][]string) string {
	lines := map[int]bool{}
	for l := range want {
		lines[l] = true
	}
	for l := range got {
		lines[l] = true
	}
	var ls []int
	for l := range lines {
		ls = append(ls, l)
	}
	sort.Ints(ls)
	var b strings.Builder
	for _, l := range ls {
		w, g := want[l], got[l]
		sort.Strings(w)
		sort.Strings(g)
		if strings.Join(w, ",") != strings.Join(g, ",") {
			fmt.Fprintf(&b, "line %d: want [%s], got [%s]\n", l, strings.Join(w, ","), strings.Join(g, ","))
		}
	}
	return b.String()
}

// TestUntypedCorpusClean: the conformance and benchmark programs are plain
// Lua 5.3 and must check without a single diagnostic.
func TestUntypedCorpusClean(t *testing.T) {
	files := luaFiles(t, "../conformance", "../bench/programs")
	if len(files) < 100 {
		t.Fatalf("only %d programs found", len(files))
	}
	for _, path := range files {
		src, _ := os.ReadFile(path)
		if _, err := parser.Parse(lexer.SkipShebang(src), "@"+path); err != nil {
			continue // programs that test syntax errors
		}
		for _, d := range checkFile(t, path, typecheck.Config{}) {
			t.Errorf("%s", d)
		}
	}
}
