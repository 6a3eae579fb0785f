// Package httpclient is the `http_client` module: HTTP requests from Lua
// with Go's net/http, following Wippy's http_client API.
//
//	local http = require("http_client")
//	local resp, err = http.get(url[, options])   -- also post, put, patch, delete, head
//	local resp, err = http.request(method, url[, options])
//	local resps, errs = http.request_batch{{"GET", url}, {"POST", url, {body = "x"}}}
//	http.encode_uri(s)  -- "hello world" -> "hello+world"
//	http.decode_uri(s)  -- string, or nil and an INVALID error
//
// Options: headers {Name = "value"}, body (string), query {k = v}, form
// {k = v} (sent as application/x-www-form-urlencoded when there is no
// body), cookies {name = "value"}, auth {user =, pass =} (basic),
// timeout (seconds as a number, a Go duration string such as "30s", or a
// duration value of the time module;
// default DefaultTimeout), max_response_body (bytes; default
// DefaultMaxBody). Header, query and form values may be strings, numbers
// or booleans, or arrays of them for repeated keys. Wippy's files,
// stream, unix_socket, tls and overlay_network options are not supported:
// a request that uses one fails with an INVALID error rather than going
// out different from what the program asked; other unknown fields are
// ignored.
//
// The response is a table: status_code, body, body_size, headers
// (canonical names such as "Content-Type"; repeated headers joined with
// ", "), cookies (name = value, from Set-Cookie), url (after redirects,
// which are followed up to 10 times, as Go's client does). A status such
// as 404 or 500 is a response, not an error.
//
// # Waiting
//
// A request runs on an I/O goroutine of the scheduler (host.Await): the
// calling coroutine is suspended and the process's worker runs other
// processes meanwhile; a process that exits while its request is in
// flight cancels it. The timeout covers the whole exchange, reading the
// body included. request_batch runs its requests concurrently (at most
// batchParallel at once) inside one such wait and returns two arrays in
// request order: responses and errors, with false where a position has no
// value; errors is nil when every request succeeded.
//
// # Errors
//
// Failures return nil and an error value: INVALID for a bad URL, method
// or option (not retryable); TIMEOUT when the timeout expires and
// UNAVAILABLE when the server cannot be reached or the connection fails
// (both retryable); INVALID when the body is larger than
// max_response_body. Wippy documents both network failures and timeouts
// as INTERNAL and retryable; this module gives them the more precise
// kinds of the runtime's list, with the same retryable flag, so code that
// tests err:retryable() behaves the same. A wrong argument type (a number
// for the URL, a string for the options) raises, as misuse does
// everywhere in the runtime.
//
// Wippy's security policy (permissions, blocking private addresses) has
// no counterpart here: the runtime has no policy layer yet, and requests
// may go to any address, localhost included.
//
// It imports vm, modules/errors and modules/host; never the scheduler or
// the process runtime.
package httpclient
