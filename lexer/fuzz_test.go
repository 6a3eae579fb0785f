package lexer

import (
	"errors"
	"math"
	"testing"
)

func FuzzLexer(f *testing.F) {
	for _, c := range errorCases {
		f.Add([]byte(c.src))
	}
	for _, c := range stringCases {
		f.Add([]byte(c.src))
	}
	for _, c := range numberCases {
		f.Add([]byte(c.src))
	}
	f.Add([]byte(benchSource[:2000]))
	f.Add([]byte("a->b?c!d@e :: x--[==[\r\n]==]y\n\r'\\z\r\n'"))
	f.Fuzz(func(t *testing.T, src []byte) {
		l := New(src, "=fuzz")
		var prev Pos
		// Every token but EOF consumes at least one byte, so a lexer that
		// makes progress finishes within len(src)+1 calls.
		for n := 0; ; n++ {
			if n > len(src)+1 {
				t.Fatalf("no termination after %d tokens", n)
			}
			tok, err := l.Next()
			if tok.Pos.Line < 1 || tok.Pos.Column < 1 {
				t.Fatalf("bad position %v", tok.Pos)
			}
			if tok.Pos.Line < prev.Line || tok.Pos.Line == prev.Line && tok.Pos.Column < prev.Column {
				t.Fatalf("position went back from %v to %v", prev, tok.Pos)
			}
			if l.Line() < tok.Pos.Line {
				t.Fatalf("Line() %d before token line %d", l.Line(), tok.Pos.Line)
			}
			prev = tok.Pos
			if err != nil {
				checkError(t, l, tok, err)
				return
			}
			if tok.Kind == EOF {
				if again, err := l.Next(); err != nil || again != tok {
					t.Fatalf("EOF not repeated: %v %v", again, err)
				}
				return
			}
			checkRelex(t, tok)
		}
	})
}

// checkError checks that a lexical error is a well-formed, sticky *Error.
func checkError(t *testing.T, l *Lexer, tok Token, err error) {
	var e *Error
	if !errors.As(err, &e) || e.Chunk != "fuzz" || e.Msg == "" || e.Line < tok.Pos.Line {
		t.Fatalf("bad error %#v for token at %v", err, tok.Pos)
	}
	_ = e.Error()
	if tok2, err2 := l.Next(); err2 != err || tok2 != tok {
		t.Fatalf("error not sticky: %v, then %v", err, err2)
	}
}

// checkRelex lexes a token's source text on its own: it must give back the
// same token, which ties Raw to the kind and value.
func checkRelex(t *testing.T, tok Token) {
	if tok.Raw == "" {
		t.Fatalf("token %v has no source text", tok.Kind)
	}
	l := NewString(tok.Raw, "=relex")
	again, err := l.Next()
	if err != nil {
		t.Fatalf("relexing %q: %v", tok.Raw, err)
	}
	again.Pos = tok.Pos
	if again.Kind != tok.Kind || again.Raw != tok.Raw || again.Str != tok.Str || again.Int != tok.Int ||
		math.Float64bits(again.Float) != math.Float64bits(tok.Float) {
		t.Fatalf("relexing %q gave %+v, want %+v", tok.Raw, again, tok)
	}
	if end, err := l.Next(); err != nil || end.Kind != EOF {
		t.Fatalf("relexing %q left %v %v", tok.Raw, end.Kind, err)
	}
	_ = NearText(tok)
}
