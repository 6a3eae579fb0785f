package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// The app in examples/seed runs the examples of the runtime overview
// unchanged inside its entries. It runs in deterministic mode, so that
// its timeouts and sleeps cannot race with the rest; its http_client
// request goes to a server of the test.
func TestSeedExamples(t *testing.T) {
	const dir = "../../examples/seed"
	want := `handler received	task	work
processes:	handled	work
channels:	ping	true	sent	true
coroutines: other work goes on at once
coroutines: fetched	3	rows
select 1:	message	greeting	hello
select 2:	event	pid.exit	quick result
select 3:	timeout
globals:	table	table	table	table	function
modules:	{"ok":true}
modules: sql	1	work
%serrors:	work
errors:	nil	INVALID	INVALID: decode failed: unexpected character 'o' at position 2
`
	expect(t, runMain(t, "", "run", "--deterministic", dir, "app:main"), 0, fmt.Sprintf(want, ""), "")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "hello from ", r.URL.Path)
	}))
	defer srv.Close()
	expect(t, runMain(t, "", "run", "--deterministic", dir, "app:main", srv.URL+"/seed"), 0,
		fmt.Sprintf(want, "modules: http_client\t200\thello from /seed\n"), "")
	expect(t, runMain(t, "", "run", dir, "app:decode", `{"data": "work"}`), 0, `{"data":"work"}`+"\n", "")
	expect(t, runMain(t, "", "run", dir, "app:decode", `{oops`), 0,
		"null\n\"INVALID: decode failed: unexpected character 'o' at position 2\"\n", "")
}
