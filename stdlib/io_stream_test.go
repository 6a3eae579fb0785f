package stdlib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wippylua/vm"
)

func readerStream(s string) *stream { return &stream{r: strings.NewReader(s)} }

func TestReadNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // NumberToString of the result, or "fail"
		rest string
	}{
		{"42", "42", ""},
		{"  \n\t-7x", "-7", "x"},
		{"0x1F!", "31", "!"},
		{"0x1p4", "16.0", ""},
		{"3.5e2,", "350.0", ","},
		{".5", "0.5", ""},
		{"5.", "5.0", ""},
		{"1e", "fail", ""},
		{"0x", "fail", ""},
		{"--1", "fail", "-1"},
		{"abc", "fail", "abc"},
		{"", "fail", ""},
		{"9223372036854775808", "9.2233720368548e+18", ""},
		{"0xffffffffffffffff", "-1", ""},
		{strings.Repeat("1", 200), "1.1111111111111e+199", ""},
		{strings.Repeat("1", 201), "fail", "1"},
	} {
		st := readerStream(c.in)
		v, ok := readNumber(st)
		got := "fail"
		if ok {
			got = vm.NumberToString(v)
		}
		rest := st.readAll()
		if got != c.want || rest != c.rest {
			t.Errorf("readNumber(%q) = %s, rest %q; want %s, rest %q", c.in, got, rest, c.want, c.rest)
		}
	}
}

func TestReadLineAndChars(t *testing.T) {
	st := readerStream("ab\ncd\n\nlast")
	for _, want := range []string{"ab", "cd", "", "last"} {
		if got, ok := st.readLine(true); !ok || got != want {
			t.Fatalf("readLine = %q, %v; want %q", got, ok, want)
		}
	}
	if got, ok := st.readLine(true); ok || got != "" {
		t.Errorf("readLine at EOF = %q, %v", got, ok)
	}
	st = readerStream("xyz\n")
	if got, _ := st.readLine(false); got != "xyz\n" {
		t.Errorf("readLine(keep) = %q", got)
	}
	st = readerStream(strings.Repeat("z", 10000))
	if got, ok := st.readChars(1 << 40); !ok || len(got) != 10000 {
		// the count is not allocated up front
		t.Errorf("readChars(huge) = %d bytes, %v", len(got), ok)
	}
	if !readerStream("a").testEOF() || readerStream("").testEOF() {
		t.Error("testEOF wrong")
	}
}

func TestValidMode(t *testing.T) {
	for mode, want := range map[string]bool{
		"r": true, "w": true, "a": true, "r+": true, "w+b": true, "rb": true, "abbb": true,
		"": false, "rw": false, "rb+": false, "x": false, "r++": false, "+": false, "R": false,
	} {
		if validMode(mode) != want {
			t.Errorf("validMode(%q) = %v", mode, !want)
		}
	}
}

// TestBuffering checks that a fully buffered file reaches the disk only
// when flushed, and an unbuffered one at once.
func TestBuffering(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f")
	st, err := openFile(name, "w")
	if err != nil {
		t.Fatal(err)
	}
	content := func() string {
		b, _ := os.ReadFile(name)
		return string(b)
	}
	st.write([]byte("abc"))
	if got := content(); got != "" {
		t.Errorf("buffered data visible: %q", got)
	}
	st.flush()
	if got := content(); got != "abc" {
		t.Errorf("after flush: %q", got)
	}
	st.setvbuf(bufLine)
	st.write([]byte("d"))
	st.write([]byte("e\nf"))
	if got := content(); got != "abcde\n" {
		// glibc flushes through the last newline and keeps the rest.
		t.Errorf("line buffered: %q", got)
	}
	st.setvbuf(bufNone)
	st.write([]byte("g"))
	st.setvbuf(bufFull) // still unbuffered: glibc keeps its one-byte buffer
	st.write([]byte("h"))
	if got := content(); got != "abcde\nfgh" {
		// setvbuf flushed "f" first.
		t.Errorf("unbuffered: %q", got)
	}
	if err := st.close(); err != nil {
		t.Fatal(err)
	}
	if err := st.close(); err != nil {
		t.Errorf("second close: %v", err)
	}
}

// TestReadWriteSwitch checks that a write after a read lands where the
// program is, not where the read-ahead left the OS file position.
func TestReadWriteSwitch(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f")
	os.WriteFile(name, []byte("0123456789"), 0o644)
	st, err := openFile(name, "r+")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := st.readChars(3); got != "012" {
		t.Fatalf("read %q", got)
	}
	st.write([]byte("XY"))
	if pos, _ := st.seek(0, 1); pos != 5 {
		t.Errorf("position after write = %d, want 5", pos)
	}
	if got, _ := st.readChars(10); got != "56789" {
		t.Errorf("read after write = %q", got)
	}
	st.close()
	if b, _ := os.ReadFile(name); string(b) != "012XY56789" {
		t.Errorf("file = %q", b)
	}
}

func TestSearchPath(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "b.lua"), nil, 0o644)
	path := dir + "/?.x;;" + dir + "/?.lua"
	if got, msg := searchPath("a.b", path, ".", "/"); got != dir+"/a/b.lua" || msg != "" {
		t.Errorf("searchPath = %q, %q", got, msg)
	}
	got, msg := searchPath("c", path, ".", "/")
	want := "\n\tno file '" + dir + "/c.x'\n\tno file '" + dir + "/c.lua'"
	if got != "" || msg != want {
		t.Errorf("searchPath = %q, %q; want \"\", %q", got, msg, want)
	}
}

func TestEnvPath(t *testing.T) {
	t.Setenv("LUA_PATH", "x/?.lua;;y/?.lua")
	if got := envPath("LUA_PATH", "D"); got != "x/?.lua;D;y/?.lua" {
		t.Errorf("LUA_PATH: %q", got)
	}
	t.Setenv("LUA_PATH_5_3", ";;")
	if got := envPath("LUA_PATH", "D"); got != ";D;" {
		t.Errorf("LUA_PATH_5_3: %q", got)
	}
	// t.Setenv restores the variables that Unsetenv then removes.
	t.Setenv("LUA_CPATH", "")
	t.Setenv("LUA_CPATH_5_3", "")
	os.Unsetenv("LUA_CPATH")
	os.Unsetenv("LUA_CPATH_5_3")
	if got := envPath("LUA_CPATH", "D"); got != "D" {
		t.Errorf("default: %q", got)
	}
}
