package httpclient

import (
	"context"
	stderrors "errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"wippylua/modules/errors"
)

// client is shared by every process: its transport keeps connections
// alive across requests to the same host, whoever makes them. It is made
// on the first request, so that programs that never use http_client
// do not pay for it at start-up.
var client = sync.OnceValue(func() *http.Client { return &http.Client{Transport: newTransport()} })

func newTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	// Many processes talk to the same few services: keep more idle
	// connections per host than Go's default of 2.
	t.MaxIdleConnsPerHost = 64
	return t
}

// response is what a request brings back, before it becomes a Lua table.
type response struct {
	status  int
	body    string
	header  http.Header
	cookies []*http.Cookie
	url     string
}

// do sends the request and reads the whole response. It runs on an I/O
// goroutine; ctx is cancelled if the waiting process exits.
func (sp *spec) do(ctx context.Context) (*response, error) {
	ctx, cancel := context.WithTimeout(ctx, sp.timeout)
	defer cancel()
	var body io.Reader
	if sp.hasBody {
		body = strings.NewReader(sp.body)
	}
	req, err := http.NewRequestWithContext(ctx, sp.method, sp.url.String(), body)
	if err != nil {
		return nil, invalid("%v", err)
	}
	req.Header = sp.header.Clone()
	if sp.auth != nil {
		req.SetBasicAuth(sp.auth[0], sp.auth[1])
	}
	for _, c := range sp.cookies {
		req.AddCookie(c)
	}
	resp, err := client().Do(req)
	if err != nil {
		return nil, sp.failure(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, sp.maxBody+1))
	if err != nil {
		return nil, sp.failure(err)
	}
	if int64(len(data)) > sp.maxBody {
		return nil, invalid("response body of %s %s is larger than max_response_body (%d bytes)", sp.method, sp.url, sp.maxBody)
	}
	return &response{
		status:  resp.StatusCode,
		body:    string(data),
		header:  resp.Header,
		cookies: resp.Cookies(),
		url:     resp.Request.URL.String(),
	}, nil
}

// failure classifies a transport error: TIMEOUT when the timeout
// expired, CANCELED when the process went away, UNAVAILABLE otherwise
// (refused, reset, unknown host...). Timeouts and network failures may
// succeed when tried again.
func (sp *spec) failure(err error) error {
	var ne net.Error
	switch {
	case stderrors.Is(err, context.DeadlineExceeded) || stderrors.As(err, &ne) && ne.Timeout():
		return errors.Fail(errors.Timeout, fmt.Sprintf("%s %s: timed out after %v", sp.method, sp.url, sp.timeout), true)
	case stderrors.Is(err, context.Canceled):
		return errors.Fail(errors.Canceled, fmt.Sprintf("%s %s: canceled", sp.method, sp.url), false)
	}
	// net/http quotes the method and URL in front of its transport
	// errors; the module's messages all start with them unquoted.
	var ue *url.Error
	if stderrors.As(err, &ue) {
		err = ue.Err
	}
	return errors.Fail(errors.Unavailable, fmt.Sprintf("%s %s: %v", sp.method, sp.url, err), true)
}

// batchParallel is how many requests of one request_batch run at once.
const batchParallel = 16

// outcome is the result of one request of a batch.
type outcome struct {
	resp *response
	err  error
}

// doBatch runs the requests of a batch concurrently; a nil spec is a
// request that failed to read, whose error is already in errs.
func doBatch(ctx context.Context, specs []*spec, errs []error) []outcome {
	out := make([]outcome, len(specs))
	sem := make(chan struct{}, batchParallel)
	var wg sync.WaitGroup
	for i, sp := range specs {
		if sp == nil {
			out[i].err = errs[i]
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			out[i].resp, out[i].err = sp.do(ctx)
			<-sem
		}()
	}
	wg.Wait()
	return out
}
