package cli

import "testing"

// The app in examples/seed runs the examples of the runtime overview
// unchanged inside its entries. It runs in deterministic mode, so that
// its timeouts and sleeps cannot race with the rest.
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
errors:	work
errors:	nil	INVALID	INVALID: decode failed: unexpected character 'o' at position 2
`
	expect(t, runMain(t, "", "run", "--deterministic", dir, "app:main"), 0, want, "")
	expect(t, runMain(t, "", "run", dir, "app:decode", `{"data": "work"}`), 0, `{"data":"work"}`+"\n", "")
	expect(t, runMain(t, "", "run", dir, "app:decode", `{oops`), 0,
		"null\n\"INVALID: decode failed: unexpected character 'o' at position 2\"\n", "")
}
