package httpclient

import (
	"strings"

	"wippylua/vm"
)

// value makes the response table of r.
func (r *response) value() vm.Value {
	t := vm.NewTable(0, 6)
	t.SetStr("status_code", vm.Int(int64(r.status)))
	t.SetStr("body", vm.String(r.body))
	t.SetStr("body_size", vm.Int(int64(len(r.body))))
	t.SetStr("url", vm.String(r.url))
	headers := vm.NewTable(0, len(r.header))
	for name, values := range r.header {
		headers.SetStr(name, vm.String(strings.Join(values, ", ")))
	}
	t.SetStr("headers", vm.TableValue(headers))
	cookies := vm.NewTable(0, len(r.cookies))
	for _, c := range r.cookies {
		cookies.SetStr(c.Name, vm.String(c.Value))
	}
	t.SetStr("cookies", vm.TableValue(cookies))
	return vm.TableValue(t)
}
