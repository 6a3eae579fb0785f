package httpclient

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"wippylua/modules/errors"
	"wippylua/modules/host"
	"wippylua/vm"
)

// functions are the module's functions, shared by every State (Go
// functions are immutable).
var functions = map[string]*vm.GoFunction{
	"get":           methodFunction(http.MethodGet),
	"post":          methodFunction(http.MethodPost),
	"put":           methodFunction(http.MethodPut),
	"patch":         methodFunction(http.MethodPatch),
	"delete":        methodFunction(http.MethodDelete),
	"head":          methodFunction(http.MethodHead),
	"request":       vm.NewGoFunction("request", request),
	"request_batch": vm.NewGoFunction("request_batch", requestBatch),
	"encode_uri":    vm.NewGoFunction("encode_uri", encodeURI),
	"decode_uri":    vm.NewGoFunction("decode_uri", decodeURI),
}

// Loader returns the module table for require("http_client").
func Loader(s *vm.State) vm.Value {
	m := vm.NewTable(0, len(functions))
	for name, f := range functions {
		m.SetStr(name, vm.FunctionValue(f))
	}
	return vm.TableValue(m)
}

// methodFunction makes http.get, http.post...: method(url[, options]).
func methodFunction(method string) *vm.GoFunction {
	return vm.NewGoFunction(strings.ToLower(method), func(t *vm.Thread) int { return send(t, method, 1) })
}

// request is http.request(method, url[, options]).
func request(t *vm.Thread) int { return send(t, t.CheckString(1), 2) }

// send reads the URL (argument n) and the options (n+1), then waits for
// the response.
func send(t *vm.Thread, method string, n int) int {
	rawURL := t.CheckString(n)
	sp, err := readSpec(t.State(), method, rawURL, optTable(t, n+1))
	if err != nil {
		return fail(t, err)
	}
	return host.Await(t, func(ctx context.Context) (any, error) { return sp.do(ctx) }, finish)
}

// finish continues a request on the Lua thread.
func finish(t *vm.Thread, v any, err error) int {
	if err != nil {
		return fail(t, err)
	}
	t.Push(v.(*response).value())
	return 1
}

// optTable returns argument n: an options table, or nil when absent.
func optTable(t *vm.Thread, n int) *vm.Table {
	if t.Arg(n).IsNil() {
		return nil
	}
	return t.CheckTable(n)
}

// fail returns nil and the error value of err.
func fail(t *vm.Thread, err error) int {
	t.Push(vm.Nil)
	t.Push(errors.FromGoT(t, err))
	return 2
}

// requestBatch is http.request_batch{{method, url[, options]}, ...}.
func requestBatch(t *vm.Thread) int {
	list := t.State().View(t.CheckTable(1))
	n := int(list.Len())
	specs := make([]*spec, n)
	errs := make([]error, n)
	for i := range n {
		item := list.GetInt(int64(i + 1)).AsTable()
		if item == nil {
			t.ArgError(1, "request "+strconv.Itoa(i+1)+" is not a table {method, url[, options]}")
		}
		item = t.State().View(item)
		method, url := item.GetInt(1), item.GetInt(2)
		opts := item.GetInt(3)
		switch {
		case !method.IsString() || !url.IsString():
			errs[i] = invalid("request %d: method and url must be strings", i+1)
		case !opts.IsNil() && !opts.IsTable():
			errs[i] = invalid("request %d: options must be a table", i+1)
		default:
			specs[i], errs[i] = readSpec(t.State(), method.AsString(), url.AsString(), opts.AsTable())
		}
	}
	return host.Await(t, func(ctx context.Context) (any, error) { return doBatch(ctx, specs, errs), nil }, finishBatch)
}

// finishBatch returns the responses and the errors of a batch, in
// request order, with false where a position has none; errors is nil
// when every request succeeded.
func finishBatch(t *vm.Thread, v any, _ error) int {
	out := v.([]outcome)
	resps := vm.NewTable(len(out), 0)
	errs := vm.NewTable(len(out), 0)
	failed := false
	for i, o := range out {
		if o.err != nil {
			failed = true
			resps.SetInt(int64(i+1), vm.False)
			errs.SetInt(int64(i+1), errors.FromGoT(t, o.err))
			continue
		}
		resps.SetInt(int64(i+1), o.resp.value())
		errs.SetInt(int64(i+1), vm.False)
	}
	t.Push(vm.TableValue(resps))
	if failed {
		t.Push(vm.TableValue(errs))
	} else {
		t.Push(vm.Nil)
	}
	return 2
}

// encodeURI is http.encode_uri(s): query escaping ("a b" -> "a+b").
func encodeURI(t *vm.Thread) int {
	t.Push(vm.String(url.QueryEscape(t.CheckString(1))))
	return 1
}

// decodeURI is http.decode_uri(s): the string, or nil and an INVALID error.
func decodeURI(t *vm.Thread) int {
	s, err := url.QueryUnescape(t.CheckString(1))
	if err != nil {
		return fail(t, invalid("%v", err))
	}
	t.Push(vm.String(s))
	return 1
}
