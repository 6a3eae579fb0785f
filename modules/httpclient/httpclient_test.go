package httpclient_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"wippylua/process"
	"wippylua/sched"
	"wippylua/stdlib"
)

// harness is a process host on a scheduler of its own (manual: the
// deterministic mode; otherwise real workers) printing to a buffer.
type harness struct {
	g   *sched.Group
	h   *process.Host
	out *bytes.Buffer
}

func newHarness(t *testing.T, o sched.Options) *harness {
	t.Helper()
	o.Group = sched.NewGroup()
	s := sched.NewWithOptions(o)
	t.Cleanup(s.Stop)
	out := new(bytes.Buffer)
	return &harness{g: o.Group, h: process.NewHost(s, process.Options{Profile: stdlib.Standard, Stdout: out}), out: out}
}

func (r *harness) spawn(t *testing.T, src string) *sched.Proc {
	t.Helper()
	p, err := r.h.SpawnSource("local http = require('http_client')\n"+src, "=test")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// run runs src as a process in deterministic mode and returns what it
// printed; the process must succeed.
func run(t *testing.T, src string) string {
	t.Helper()
	r := newHarness(t, sched.Options{Manual: true})
	p := r.spawn(t, src)
	if _, err := r.g.Await(p); err != nil {
		t.Fatalf("%v\noutput:\n%s", err, r.out)
	}
	return r.out.String()
}

func expect(t *testing.T, src, want string) {
	t.Helper()
	if got := run(t, src); strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// echo answers with what it received: method, path, query, the headers
// the tests set, cookies and the body.
func echo(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	user, pass, _ := r.BasicAuth()
	var cookies []string
	for _, c := range r.Cookies() {
		cookies = append(cookies, c.Name+"="+c.Value)
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Header().Add("X-Multi", "a")
	w.Header().Add("X-Multi", "b")
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "s1"})
	fmt.Fprintf(w, "%s %s ?%s ct=%s x=%s auth=%s:%s cookies=%s body=%s",
		r.Method, r.URL.Path, r.URL.RawQuery, r.Header.Get("Content-Type"), r.Header.Values("X-Test"),
		user, pass, strings.Join(cookies, ","), body)
}

func server(t *testing.T, h http.HandlerFunc) string {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestRequests(t *testing.T) {
	url := server(t, echo)
	expect(t, fmt.Sprintf(`
local url = %q
local resp, err = http.get(url .. "/users?page=1", {query = {q = "lua programming", n = 20}})
assert(err == nil, tostring(err))
print(resp.status_code, resp.body)
print(resp.headers["Content-Type"], resp.headers["X-Multi"], resp.cookies.session, resp.body_size == #resp.body)
print(resp.url == url .. "/users?n=20&page=1&q=lua+programming")

resp = assert(http.post(url .. "/p", {headers = {["Content-Type"] = "application/json", ["X-Test"] = {"1", "2"}}, body = '{"a":1}'}))
print(resp.body)
resp = assert(http.post(url .. "/login", {form = {username = "alice", password = "secret 123"}}))
print(resp.body)
resp = assert(http.put(url .. "/u", {body = "x", auth = {user = "admin", pass = "pw"}, cookies = {a = "1"}}))
print(resp.body)
print(assert(http.patch(url .. "/u", {body = 42})).body)
print(assert(http.delete(url .. "/u/1")).body)
print(assert(http.request("PROPFIND", url .. "/dav", {headers = {Depth = "1"}})).body)
resp = assert(http.head(url .. "/h"))
print(resp.status_code, resp.body == "", resp.headers["Content-Type"])
`, url), `
200	GET /users ?n=20&page=1&q=lua+programming ct= x=[] auth=: cookies= body=
text/plain	a, b	s1	true
true
POST /p ? ct=application/json x=[1 2] auth=: cookies= body={"a":1}
POST /login ? ct=application/x-www-form-urlencoded x=[] auth=: cookies= body=password=secret+123&username=alice
PUT /u ? ct= x=[] auth=admin:pw cookies=a=1 body=x
PATCH /u ? ct= x=[] auth=: cookies= body=42
DELETE /u/1 ? ct= x=[] auth=: cookies= body=
PROPFIND /dav ? ct= x=[] auth=: cookies= body=
200	true	text/plain
`)
}

// A status such as 404 is a response; redirects are followed.
func TestStatusAndRedirect(t *testing.T) {
	url := server(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/new", http.StatusFound)
		case "/new":
			fmt.Fprint(w, "moved here")
		default:
			http.Error(w, "no such page", http.StatusNotFound)
		}
	})
	expect(t, fmt.Sprintf(`
local url = %q
local resp, err = http.get(url .. "/missing")
print(resp.status_code, resp.body, err)
resp = assert(http.get(url .. "/old"))
print(resp.status_code, resp.body, resp.url == url .. "/new")
`, url), `
404	no such page
	nil
200	moved here	true
`)
}

func TestErrors(t *testing.T) {
	url := server(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-r.Context().Done() // until the client gives up
			return
		}
		fmt.Fprint(w, strings.Repeat("x", 100))
	})
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close() // nothing listens on its address any more
	expect(t, fmt.Sprintf(`
local url, closed = %q, %q
local function show(resp, err)
  print(resp, err:kind(), err:retryable())
end
show(http.get(url .. "/slow", {timeout = "50ms"}))
show(http.get(url .. "/slow", {timeout = 0.05}))
show(http.get(url .. "/slow", {timeout = require("time").parse_duration("50ms")}))
show(http.get(closed))
show(http.get("ftp://example.com/"))
show(http.get("http://[::1"))
show(http.request("BAD METHOD", url))
show(http.get(url, {stream = true}))
show(http.get(url, {timeout = "soon"}))
show(http.post(url, {body = "a", form = {b = "c"}}))
show(http.get(url, {max_response_body = 10}))
print(#assert(http.get(url, {max_response_body = 100})).body)
local _, err = http.get(url .. "/slow", {timeout = "20ms"})
print(err:message():find("timed out after 20ms", 1, true) ~= nil, tostring(err):sub(1, 9))
print(pcall(http.get, {}))
print(pcall(http.get, url, "opts"))
`, url, closed.URL), `
nil	TIMEOUT	true
nil	TIMEOUT	true
nil	TIMEOUT	true
nil	UNAVAILABLE	true
nil	INVALID	false
nil	INVALID	false
nil	INVALID	false
nil	INVALID	false
nil	INVALID	false
nil	INVALID	false
nil	INVALID	false
100
true	TIMEOUT: 
false	bad argument #1 to 'http_client.get' (string expected, got table)
false	bad argument #2 to 'http_client.get' (table expected, got string)
`)
}

func TestBatchAndURI(t *testing.T) {
	url := server(t, echo)
	expect(t, fmt.Sprintf(`
local url = %q
local resps, errs = http.request_batch({
  {"GET", url .. "/a"},
  {"POST", url .. "/b", {body = "B"}},
  {"DELETE", url .. "/c"},
})
print(errs, #resps, resps[1].body:sub(1, 6), resps[2].body:match("body=(.*)"), resps[3].status_code)
resps, errs = http.request_batch({{"GET", url .. "/a"}, {"GET", "nope"}})
print(resps[1].status_code, resps[2], errs[1], errs[2]:kind())
print(http.encode_uri("hello world&x=1"), http.decode_uri("hello+world%%26"))
print(http.decode_uri("%%zz"))
`, url), `
nil	3	GET /a	B	200
200	false	false	INVALID
hello+world%26x%3D1	hello world&
nil	INVALID: invalid URL escape "%zz"
`)
}

// Many processes wait for a slow server at once on a single worker: the
// worker is not held, so another process runs meanwhile; it is the one
// that sees them all waiting and lets the server answer.
func TestWaitingDoesNotBlockTheScheduler(t *testing.T) {
	const clients = 20
	gate := make(chan struct{})
	var arrived atomic.Int32
	url := server(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/arrived":
			fmt.Fprint(w, arrived.Load())
		case "/release":
			close(gate)
		default:
			arrived.Add(1)
			<-gate
			fmt.Fprint(w, "done")
		}
	})
	r := newHarness(t, sched.Options{Workers: 1})
	var waiting []*sched.Proc
	for i := 0; i < clients; i++ {
		waiting = append(waiting, r.spawn(t, fmt.Sprintf(`return assert(http.get(%q)).body`, url+"/slow")))
	}
	watcher := r.spawn(t, fmt.Sprintf(`
local time = require("time")
local polls = 0
while tonumber(assert(http.get(%q)).body) < %d do
  polls = polls + 1
  time.sleep("1ms")
end
assert(http.get(%q))
return "released"`, url+"/arrived", clients, url+"/release"))
	done := make(chan struct{})
	go func() {
		defer close(done)
		if res, err := r.g.Await(watcher); err != nil || res[0].AsString() != "released" {
			t.Errorf("watcher: %v %v", res, err)
		}
		for _, p := range waiting {
			if res, err := r.g.Await(p); err != nil || res[0].AsString() != "done" {
				t.Errorf("client: %v %v", res, err)
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the waiting processes held the scheduler")
	}
}

// In deterministic mode a request takes no virtual time, and the run
// waits for it instead of reporting a deadlock.
func TestDeterministicModeWaitsForIO(t *testing.T) {
	url := server(t, func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		fmt.Fprint(w, "slow answer")
	})
	expect(t, fmt.Sprintf(`
local time = require("time")
local t0 = time.now():unix_nano()
local resp = assert(http.get(%q))
print(resp.body, time.now():unix_nano() - t0)
time.sleep("1s")
print(time.now():unix_nano() - t0)
`, url), `
slow answer	0
1000000000
`)
}

// A process terminated while its request is in flight cancels it.
func TestTerminationCancelsTheRequest(t *testing.T) {
	arrived, cancelled := make(chan struct{}), make(chan struct{})
	url := server(t, func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-r.Context().Done()
		close(cancelled)
	})
	rt := newHarness(t, sched.Options{Workers: 1})
	p := rt.spawn(t, fmt.Sprintf(`http.get(%q, {timeout = "1h"}) print("not reached")`, url))
	<-arrived
	p.Kill(fmt.Errorf("terminated"))
	select {
	case <-cancelled:
	case <-time.After(30 * time.Second):
		t.Fatal("the request went on after its process was terminated")
	}
	if _, err := rt.g.Await(p); err == nil || err.Error() != "terminated" {
		t.Fatal(err)
	}
	if strings.Contains(rt.out.String(), "not reached") {
		t.Fatal("the process went on")
	}
}

// BenchmarkConcurrentGets: b.N processes, 64 at a time, each making one
// request to a local server, on real workers.
func BenchmarkConcurrentGets(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	defer srv.Close()
	s := sched.NewWithOptions(sched.Options{})
	defer s.Stop()
	h := process.NewHost(s, process.Options{Profile: stdlib.Standard, Stdout: io.Discard})
	src := fmt.Sprintf(`local http = require("http_client") assert(http.get(%q))`, srv.URL)
	b.ResetTimer()
	for done := 0; done < b.N; {
		batch := min(64, b.N-done)
		ps := make([]*sched.Proc, batch)
		for i := range ps {
			p, err := h.SpawnSource(src, "=get")
			if err != nil {
				b.Fatal(err)
			}
			ps[i] = p
		}
		for _, p := range ps {
			if _, err := p.Wait(); err != nil {
				b.Fatal(err)
			}
		}
		done += batch
	}
}
