package compiler

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"wippylua/bytecode"
	"wippylua/lexer"
	"wippylua/parser"
)

// Differential tests against the reference compiler: luac5.3 -l -l prints
// the same listing shape as bytecode.List, so after normalizing the
// encoding differences (see doc.go) the two must be identical.

// luacPath returns the reference compiler, skipping the test without it.
func luacPath(t testing.TB) string {
	p, err := exec.LookPath("luac5.3")
	if err != nil {
		t.Skip("luac5.3 not installed")
	}
	luacRKLimit(t)
	return p
}

// luacRKLimit makes the compiler use lua5.3's RK constant limit for the
// duration of a test, so listings of big functions stay comparable.
func luacRKLimit(t testing.TB) {
	saved := maxRKIndex
	maxRKIndex = 255
	t.Cleanup(func() { maxRKIndex = saved })
}

// compileSource parses and compiles src under chunk name name.
func compileSource(t testing.TB, src, name string) (*bytecode.Proto, error) {
	t.Helper()
	chunk, err := parser.ParseString(src, name)
	if err != nil {
		return nil, err
	}
	p, err := Compile(chunk)
	if err == nil {
		checkProto(t, p)
	}
	return p, err
}

// luacStyle returns a copy of the prototype tree with the operands whose
// encoding differs from lua5.3's converted to lua5.3's: SETLIST's C as a
// batch number and NEWTABLE's size hints as "floating point bytes".
func luacStyle(p *bytecode.Proto) *bytecode.Proto {
	q := *p
	q.Code = append([]bytecode.Instruction(nil), p.Code...)
	for pc, i := range q.Code {
		switch i.Op() {
		case bytecode.SETLIST:
			q.Code[pc] = i.SetC(i.C()/bytecode.FieldsPerFlush + 1)
		case bytecode.NEWTABLE:
			q.Code[pc] = i.SetB(int2fb(i.B())).SetC(int2fb(i.C()))
		}
	}
	q.Protos = make([]*bytecode.Proto, len(p.Protos))
	for k, c := range p.Protos {
		q.Protos[k] = luacStyle(c)
	}
	return &q
}

// int2fb is lua5.3's luaO_int2fb: x as eeeeexxx, (1xxx) * 2^(eeeee-1).
func int2fb(x int) int {
	e := 0
	if x < 8 {
		return x
	}
	for x >= 8<<4 {
		x = (x + 0xf) >> 4
		e += 4
	}
	for x >= 8<<1 {
		x = (x + 1) >> 1
		e++
	}
	return ((e + 1) << 3) | (x - 8)
}

var (
	luacAddr    = regexp.MustCompile(`0x[0-9a-f]+`)
	luacSetlist = regexp.MustCompile(`(SETLIST\s+\S+ \S+ \S+)\t; \d+`)
)

// normalizeLuac replaces luac's function addresses by List's F numbers
// (both number functions in pre-order) and drops SETLIST comments.
func normalizeLuac(out string) string {
	ids := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "main <") || strings.HasPrefix(line, "function <") {
			if a := luacAddr.FindString(line); a != "" {
				ids[a] = "F" + strconv.Itoa(len(ids))
			}
		}
	}
	out = luacAddr.ReplaceAllStringFunc(out, func(a string) string {
		if id, ok := ids[a]; ok {
			return id
		}
		return a
	})
	return luacSetlist.ReplaceAllString(out, "$1")
}

// luacListing runs luac5.3 -l -l on src saved as dir/name.
func luacListing(t testing.TB, luac, dir, name, src string) (string, bool) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(luac, "-l", "-l", "-o", os.DevNull, name)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), false
	}
	return normalizeLuac(string(out)), true
}

// ourListing compiles src and lists it like luac.
func ourListing(t testing.TB, src, name string) (string, error) {
	// luac loads files with luaL_loadfile, which skips a "#" first line.
	src = string(lexer.SkipShebang([]byte(src)))
	p, err := compileSource(t, src, "@"+name)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	bytecode.List(&b, luacStyle(p), true)
	return b.String(), nil
}

// diffLines returns the first differing line of two listings.
func diffLines(want, got string) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  luac: " + w + "\n  ours: " + g
		}
	}
	return ""
}

// compareWithLuac checks one program; it reports whether both agree.
func compareWithLuac(t *testing.T, luac, dir, name, src string) bool {
	t.Helper()
	want, ok := luacListing(t, luac, dir, name, src)
	got, err := ourListing(t, src, name)
	if !ok {
		if err == nil {
			t.Errorf("%s: luac5.3 rejects the program but we compile it:\n%s", name, want)
			return false
		}
		return true
	}
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return false
	}
	if want != got {
		if testing.Verbose() {
			t.Errorf("%s: listing differs from luac5.3 at %s\n--- luac5.3\n%s--- ours\n%s", name, diffLines(want, got), want, got)
		} else {
			t.Errorf("%s: listing differs from luac5.3 at %s", name, diffLines(want, got))
		}
		return false
	}
	return true
}

// TestLuacSnippets compares the listings of the test programs in
// testdata/snippets (one program per "-- ==" section) with luac5.3's.
func TestLuacSnippets(t *testing.T) {
	luac := luacPath(t)
	dir := t.TempDir()
	for i, src := range loadSnippets(t) {
		compareWithLuac(t, luac, dir, "s"+strconv.Itoa(i)+".lua", src)
	}
}

// conformanceDeviations lists the conformance programs whose listings
// differ from luac5.3's for documented reasons (see doc.go).
var conformanceDeviations = map[string]string{}

// TestLuacConformance compares the listings of the conformance programs.
func TestLuacConformance(t *testing.T) {
	luac := luacPath(t)
	files, _ := filepath.Glob("../conformance/*/*.lua")
	if len(files) == 0 {
		t.Skip("no conformance programs")
	}
	dir := t.TempDir()
	agree := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		if why, ok := conformanceDeviations[name]; ok {
			t.Logf("%s: skipped (%s)", name, why)
			continue
		}
		if compareWithLuac(t, luac, dir, name, string(src)) {
			agree++
		}
	}
	t.Logf("%d of %d conformance programs compile exactly as luac5.3 does", agree, len(files))
}

// loadSnippets reads testdata/snippets.lua: programs separated by lines
// starting with "-- ==" (the rest of such a line is a title).
func loadSnippets(t testing.TB) []string {
	data, err := os.ReadFile("testdata/snippets.lua")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if strings.TrimSpace(cur.String()) != "" {
			out = append(out, cur.String())
		}
		cur.Reset()
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "-- ==") {
			flush()
			continue
		}
		cur.WriteString(line)
	}
	flush()
	return out
}

// TestLuacFile compares one file named by $LUAC_FILE, writing both
// listings next to it (.luac.txt, .ours.txt) for inspection.
func TestLuacFile(t *testing.T) {
	name := os.Getenv("LUAC_FILE")
	if name == "" {
		t.Skip("set LUAC_FILE")
	}
	luac := luacPath(t)
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := luacListing(t, luac, t.TempDir(), filepath.Base(name), string(src))
	got, err := ourListing(t, string(src), filepath.Base(name))
	if err != nil {
		got = err.Error()
	}
	os.WriteFile(name+".luac.txt", []byte(want), 0o644)
	os.WriteFile(name+".ours.txt", []byte(got), 0o644)
	if want != got {
		t.Errorf("differs at %s", diffLines(want, got))
	}
}
