package process

import "testing"

// Type values are immutable and shared by all processes: a message carries
// the very same value, which the receiver can use as a type.
func TestSendTypeValue(t *testing.T) {
	e := newEnv(t, Options{Resolve: resolveFrom(map[string]string{"typecheck": `
local msg = process.inbox():receive()
local T = msg:payload():data().point
process.send(msg:from(), "back", T, T:is({x = 1, y = 2}) ~= nil, T:is({x = 1}) ~= nil, tostring(T))`})})
	p := e.spawn(t, `
type Point = {x: number, y: number}
local child = process.spawn("typecheck")
process.send(child, "t", {point = Point, n = number})
local msg = process.inbox():receive()
local T, good, bad, s = msg:payload():data()
print(rawequal(T, Point), good, bad, s)
`)
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatalf("%v\noutput:\n%s", err, e.out)
	}
	if want := "true\ttrue\tfalse\t{x: number, y: number}\n"; e.out.String() != want {
		t.Fatalf("got %q, want %q", e.out.String(), want)
	}
}
