package httpclient

import (
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strings"
	"time"

	"wippylua/modules/duration"
	"wippylua/modules/errors"
	"wippylua/vm"
)

// DefaultTimeout bounds a request that sets no timeout, so that a server
// that never answers cannot keep a process waiting forever.
const DefaultTimeout = 30 * time.Second

// DefaultMaxBody is the largest response body read when the request sets
// no max_response_body.
const DefaultMaxBody = 32 << 20

// spec is a request as the program described it. It is read on the Lua
// thread, so that the work running on an I/O goroutine needs no Lua
// value.
type spec struct {
	method  string
	url     *url.URL
	header  http.Header
	body    string
	hasBody bool
	cookies []*http.Cookie
	auth    *[2]string // user, password
	timeout time.Duration
	maxBody int64
}

// unsupported are Wippy's options this module does not implement.
var unsupported = []string{"files", "stream", "unix_socket", "tls", "overlay_network"}

// invalid is the error of a request the program described wrongly.
func invalid(format string, args ...any) error {
	return errors.Fail(errors.Invalid, fmt.Sprintf(format, args...), false)
}

// readSpec reads a request: method, URL and the options table (nil for
// none), as seen by st. Problems with their contents are INVALID errors.
func readSpec(st *vm.State, method, rawURL string, opts *vm.Table) (*spec, error) {
	if !validMethod(method) {
		return nil, invalid("invalid method %q", method)
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, invalid("invalid URL %q: %v", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, invalid("invalid URL %q: want http:// or https:// and a host", rawURL)
	}
	sp := &spec{method: method, url: u, header: http.Header{}, timeout: DefaultTimeout, maxBody: DefaultMaxBody}
	if opts == nil {
		return sp, nil
	}
	o := st.View(opts)
	for _, name := range unsupported {
		if !o.GetStr(name).IsNil() {
			return nil, invalid("option '%s' is not supported", name)
		}
	}
	if err := sp.readOptions(o); err != nil {
		return nil, err
	}
	return sp, nil
}

func (sp *spec) readOptions(o *vm.Table) error {
	if err := eachValue(o.GetStr("headers"), "headers", func(k, v string) { sp.header.Add(k, v) }); err != nil {
		return err
	}
	if v := o.GetStr("query"); !v.IsNil() {
		q := sp.url.Query()
		if err := eachValue(v, "query", func(k, v string) { q.Add(k, v) }); err != nil {
			return err
		}
		sp.url.RawQuery = q.Encode()
	}
	if v := o.GetStr("body"); !v.IsNil() {
		s, ok := scalarText(v)
		if !ok {
			return invalid("option 'body' must be a string, not %s", v.TypeName())
		}
		sp.body, sp.hasBody = s, true
	}
	if v := o.GetStr("form"); !v.IsNil() {
		if sp.hasBody {
			return invalid("options 'body' and 'form' cannot be used together")
		}
		form := url.Values{}
		if err := eachValue(v, "form", func(k, v string) { form.Add(k, v) }); err != nil {
			return err
		}
		sp.body, sp.hasBody = form.Encode(), true
		if sp.header.Get("Content-Type") == "" {
			sp.header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
	}
	if err := eachValue(o.GetStr("cookies"), "cookies", func(k, v string) {
		sp.cookies = append(sp.cookies, &http.Cookie{Name: k, Value: v})
	}); err != nil {
		return err
	}
	if v := o.GetStr("auth"); !v.IsNil() {
		a := v.AsTable()
		if a == nil {
			return invalid("option 'auth' must be a table {user=, pass=}")
		}
		user, ok1 := scalarText(a.GetStr("user"))
		pass, ok2 := scalarText(a.GetStr("pass"))
		if !ok1 || !ok2 {
			return invalid("option 'auth' must have string fields user and pass")
		}
		sp.auth = &[2]string{user, pass}
	}
	if v := o.GetStr("timeout"); !v.IsNil() {
		d, err := readTimeout(v)
		if err != nil {
			return err
		}
		sp.timeout = d
	}
	if v := o.GetStr("max_response_body"); !v.IsNil() {
		n, ok := v.ToNumber()
		if !ok || n < 0 || n != math.Trunc(n) {
			return invalid("option 'max_response_body' must be a non-negative integer")
		}
		if n > 0 {
			sp.maxBody = int64(n)
		}
	}
	return nil
}

// readTimeout reads the timeout option: seconds as a number, or a Go
// duration string, as Wippy's http_client takes it, or a duration value of
// the time module.
func readTimeout(v vm.Value) (time.Duration, error) {
	d, isDuration := duration.Get(v)
	switch {
	case isDuration:
	case v.IsString():
		var err error
		d, err = time.ParseDuration(v.AsString())
		if err != nil {
			return 0, invalid("invalid timeout %q", v.AsString())
		}
	case v.IsNumber():
		s, _ := v.ToNumber()
		if math.IsNaN(s) || s*float64(time.Second) >= math.MaxInt64 {
			return 0, invalid("timeout out of range")
		}
		d = time.Duration(s * float64(time.Second))
	default:
		return 0, invalid("option 'timeout' must be a number of seconds, a duration string or a duration value")
	}
	if d <= 0 {
		return 0, invalid("timeout must be positive")
	}
	return d, nil
}

// eachValue calls f for every key and value of the table v of option
// name (nothing when v is nil): values are scalars or arrays of scalars,
// keys strings.
func eachValue(v vm.Value, name string, f func(k, v string)) error {
	if v.IsNil() {
		return nil
	}
	t := v.AsTable()
	if t == nil {
		return invalid("option '%s' must be a table", name)
	}
	for k, val, ok := t.Next(vm.Nil); ok && !k.IsNil(); k, val, ok = t.Next(k) {
		if !k.IsString() {
			return invalid("option '%s' has a non-string key", name)
		}
		if s, ok := scalarText(val); ok {
			f(k.AsString(), s)
			continue
		}
		arr := val.AsTable()
		if arr == nil {
			return invalid("option '%s': value of '%s' must be a string, number or boolean", name, k.AsString())
		}
		for i := int64(1); i <= arr.Len(); i++ {
			s, ok := scalarText(arr.GetInt(i))
			if !ok {
				return invalid("option '%s': values of '%s' must be strings, numbers or booleans", name, k.AsString())
			}
			f(k.AsString(), s)
		}
	}
	return nil
}

// scalarText gives the text of a string, number or boolean.
func scalarText(v vm.Value) (string, bool) {
	switch {
	case v.IsString():
		return v.AsString(), true
	case v.IsNumber():
		return vm.NumberToString(v), true
	case v.Kind() == vm.KindBool:
		if v.AsBool() {
			return "true", true
		}
		return "false", true
	}
	return "", false
}

// validMethod reports whether m is an HTTP token (RFC 9110).
func validMethod(m string) bool {
	if m == "" {
		return false
	}
	return !strings.ContainsFunc(m, func(r rune) bool {
		return r > 0x7e || r <= ' ' || strings.ContainsRune(`"(),/:;<=>?@[\]{}`, r)
	})
}
