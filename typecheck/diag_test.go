package typecheck_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"wippylua/typecheck"
)

func sampleDiags() []typecheck.Diagnostic {
	return []typecheck.Diagnostic{
		{File: "b.lua", Line: 2, Col: 5, Severity: "error", Code: typecheck.TypeMismatch, Message: "expected number, got string"},
		{File: "a.lua", Line: 3, Col: 1, EndCol: 4, Severity: "warning", Code: typecheck.Unreachable, Message: "unreachable code"},
		{File: "a.lua", Line: 1, Col: 7, Severity: "error", Code: typecheck.NilAccess, Message: "value may be nil"},
	}
}

func TestWriteText(t *testing.T) {
	ds := sampleDiags()
	typecheck.SortDiagnostics(ds)
	var b bytes.Buffer
	if err := typecheck.WriteText(&b, ds); err != nil {
		t.Fatal(err)
	}
	want := "a.lua:1:7: error[NIL_ACCESS]: value may be nil\n" +
		"a.lua:3:1: warning[UNREACHABLE]: unreachable code\n" +
		"b.lua:2:5: error[TYPE_MISMATCH]: expected number, got string\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestWritePretty(t *testing.T) {
	src := map[string]string{
		"a.lua": "local x = f()\n\tprint(x.y)\nreturn\n",
	}
	ds := []typecheck.Diagnostic{
		{File: "a.lua", Line: 2, Col: 8, EndCol: 11, Severity: "error", Code: typecheck.NilAccess, Message: "m"},
		{File: "gone.lua", Line: 1, Col: 1, Severity: "error", Code: typecheck.TypeMismatch, Message: "n"},
	}
	var b bytes.Buffer
	typecheck.WritePretty(&b, ds, func(f string) []byte {
		if s, ok := src[f]; ok {
			return []byte(s)
		}
		return nil
	})
	want := "a.lua:2:8: error[NIL_ACCESS]: m\n" +
		"    2 | \tprint(x.y)\n" +
		"      | \t      ^^^\n" +
		"gone.lua:1:1: error[TYPE_MISMATCH]: n\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := typecheck.WriteJSON(&b, sampleDiags()[:2]); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if len(got) != 2 || got[0]["code"] != "TYPE_MISMATCH" || got[0]["line"] != 2.0 || got[0]["file"] != "b.lua" {
		t.Errorf("got %v", got)
	}
	if _, has := got[0]["end_col"]; has {
		t.Error("end_col present although unknown")
	}
	if got[1]["end_col"] != 4.0 || got[1]["severity"] != "warning" {
		t.Errorf("got %v", got[1])
	}
	b.Reset()
	typecheck.WriteJSON(&b, nil)
	if strings.TrimSpace(b.String()) != "[]" {
		t.Errorf("no diagnostics gives %q, want []", b.String())
	}
}
