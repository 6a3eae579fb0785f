package stdlib_test

import (
	"bufio"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"

	"wippylua"
	"wippylua/vm"
)

// TestPatternGolden replays thousands of random find/match/gmatch/gsub
// calls recorded from lua5.3 (lstrings/testdata/pattern_golden.txt) and
// compares every result and error message. The calls and their
// description are made by the same Lua code in both interpreters
// (lstrings/testdata/pattern_check.lua).
func TestPatternGolden(t *testing.T) {
	path := "lstrings/testdata/pattern_golden.txt"
	if p := os.Getenv("PATTERN_GOLDEN"); p != "" {
		path = p // a larger, uncommitted corpus
	}
	check := strLoadCheck(t, "lstrings/testdata/pattern_check.lua")
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	th := check.thread
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<20)
	lines, bad := 0, 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 5 {
			t.Fatalf("bad golden line %q", sc.Text())
		}
		lines++
		k, _ := strconv.Atoi(f[3])
		res, err := th.Call(check.fn, vm.String(f[0]), vm.String(f[1]), vm.String(f[2]), vm.Int(int64(k)))
		got := ""
		if err != nil {
			got = "Go error: " + err.Error()
		} else if len(res) > 0 {
			got = res[0].AsString()
		}
		if got != f[4] {
			bad++
			if bad <= 30 {
				t.Errorf("%s(%q, %q) k=%d:\n got  %s\n want %s", f[0], f[1], f[2], k, got, f[4])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if bad > 0 {
		t.Errorf("%d of %d calls differ", bad, lines)
	}
	if lines < 1000 {
		t.Errorf("only %d golden lines", lines)
	}
}

type strLuaFunc struct {
	thread *vm.Thread
	fn     vm.Value
}

// strLoadCheck runs a Lua file that returns a function.
func strLoadCheck(t *testing.T, path string) strLuaFunc {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st := wippylua.New(wippylua.Options{})
	chunk, err := st.Load(src, "@"+path)
	if err != nil {
		t.Fatal(err)
	}
	th := st.VM().MainThread()
	res, err := th.Call(chunk)
	if err != nil || len(res) != 1 || !res[0].IsFunction() {
		t.Fatalf("%s: want a function, got %v %v", path, res, err)
	}
	return strLuaFunc{th, res[0]}
}

// TestPackGolden replays random string.pack/unpack/packsize calls recorded
// from lua5.3 (lstrings/testdata/pack_golden.txt, made by the same
// lstrings/testdata/pack_check.lua).
func TestPackGolden(t *testing.T) {
	path := "lstrings/testdata/pack_golden.txt"
	if p := os.Getenv("PACK_GOLDEN"); p != "" {
		path = p
	}
	check := strLoadCheck(t, "lstrings/testdata/pack_check.lua")
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<20)
	lines, bad := 0, 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 5 {
			t.Fatalf("bad golden line %q", sc.Text())
		}
		lines++
		data, err := hex.DecodeString(f[2])
		if err != nil {
			t.Fatal(err)
		}
		init, _ := strconv.Atoi(f[3])
		res, err := check.thread.Call(check.fn, vm.String(f[0]), vm.String(f[1]), vm.String(string(data)), vm.Int(int64(init)))
		got := ""
		if err != nil {
			got = "Go error: " + err.Error()
		} else if len(res) > 0 {
			got = res[0].AsString()
		}
		if got != f[4] {
			bad++
			if bad <= 30 {
				t.Errorf("pack %q values %q data %s init %d:\n got  %s\n want %s", f[0], f[1], f[2], init, got, f[4])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if bad > 0 {
		t.Errorf("%d of %d cases differ", bad, lines)
	}
	if lines < 1000 {
		t.Errorf("only %d golden lines", lines)
	}
}
