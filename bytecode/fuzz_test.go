package bytecode

import (
	"bytes"
	"testing"
)

// FuzzUndump feeds arbitrary bytes to Undump. It must never panic, and any
// chunk it accepts must verify and re-dump (with the chunk's own strip
// flag) to exactly the same bytes: the format is canonical, so there is no
// second encoding of a tree for a malicious chunk to hide behind.
//
//	go test -run='^$' -fuzz=FuzzUndump -fuzztime=90s ./bytecode/
func FuzzUndump(f *testing.F) {
	for _, p := range []*Proto{smallTree(), minimalProto(), verifyBase()} {
		f.Add(Dump(p, false))
		f.Add(Dump(p, true))
	}
	// A few shapes the round-trip samples lack: a jump-heavy loop and
	// values-up-to-top sequences.
	loop := verifyBase()
	loop.Code = []Instruction{
		ABC(VARARG, 1, 0, 0), ABC(CALL, 0, 0, 0), ABC(TEST, 0, 0, 1), AsBx(JMP, 0, -4),
		ABC(TFORCALL, 0, 0, 2), AsBx(TFORLOOP, 2, -2), ABC(RETURN, 0, 1, 0),
	}
	f.Add(Dump(loop, false))
	f.Add([]byte(Signature))
	f.Add([]byte("print('not a chunk')"))

	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Undump(data)
		if err != nil {
			if p != nil {
				t.Fatal("Undump returned both a prototype and an error")
			}
			if _, ok := err.(*FormatError); !ok {
				t.Fatalf("error %T is not a *FormatError", err)
			}
			return
		}
		if err := Verify(p); err != nil {
			t.Fatalf("Undump accepted a chunk Verify rejects: %v", err)
		}
		strip := data[flagsOffset]&flagStripped != 0
		if again := Dump(p, strip); !bytes.Equal(again, data) {
			t.Fatalf("accepted chunk re-dumps differently:\n in  %x\n out %x", data, again)
		}
		// Listing any accepted chunk must work too.
		List(discard{}, p, true)
	})
}

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }
