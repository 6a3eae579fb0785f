package parser

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkParse parses the file named by $PARSER_BENCH_FILE, or else about
// 1 MB of the grammar corpus.
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile(os.Getenv("PARSER_BENCH_FILE"))
	if err != nil {
		body := "do local function f(...)\n" + plainCorpus + "\nend end\n"
		src = []byte(strings.Repeat(body, 1<<20/len(body)+1))
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(src, "=bench"); err != nil {
			b.Fatal(err)
		}
	}
}
