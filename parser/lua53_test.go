package parser

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// lua53Load runs every source through the reference interpreter's load
// (chunk name "=t", called from the main chunk, which is what parseT
// models) and returns the error messages, "" for sources that load. It
// skips the test when lua5.3 is not installed.
func lua53Load(t *testing.T, srcs []string) []string {
	t.Helper()
	lua, err := exec.LookPath("lua5.3")
	if err != nil {
		t.Skip("lua5.3 not installed")
	}
	dir := t.TempDir()
	var in bytes.Buffer
	for _, s := range srcs {
		in.WriteString(strconv.Itoa(len(s)))
		in.WriteByte('\n')
		in.WriteString(s)
	}
	inFile := filepath.Join(dir, "in")
	if err := os.WriteFile(inFile, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// Each result is written as its length and bytes so that messages may
	// contain anything.
	script := `
local f = assert(io.open(arg[1], "rb"))
local out = {}
while true do
  local n = f:read("n")
  if not n then break end
  f:read(1)
  local s = n > 0 and f:read(n) or ""
  local _, err = load(s, "=t")
  err = err or ""
  out[#out + 1] = #err .. "\n" .. err
end
io.write(table.concat(out))
`
	cmd := exec.Command(lua, "-", inFile)
	cmd.Stdin = strings.NewReader(script)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("lua5.3: %v", err)
	}
	res := make([]string, 0, len(srcs))
	for len(out) > 0 {
		nl := bytes.IndexByte(out, '\n')
		n, err := strconv.Atoi(string(out[:nl]))
		if err != nil {
			t.Fatalf("bad lua5.3 output: %v", err)
		}
		res = append(res, string(out[nl+1:nl+1+n]))
		out = out[nl+1+n:]
	}
	if len(res) != len(srcs) {
		t.Fatalf("lua5.3 answered %d of %d sources", len(res), len(srcs))
	}
	return res
}

// isCompilerError reports whether a lua5.3 load error is one that the
// compiler, not the parser, reports (label and goto resolution, limits on
// locals, upvalues and registers).
func isCompilerError(msg string) bool {
	for _, s := range []string{
		"no visible label", "already defined on line", "jumps into the scope of local",
		"not inside a loop", "too many local variables", "too many upvalues",
		"needs too many registers", "control structure too long", "constant table overflow",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
