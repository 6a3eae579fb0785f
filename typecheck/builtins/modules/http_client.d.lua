-- require("http_client"): HTTP requests (modules/httpclient). A timeout
-- is seconds as a number, a Go duration string ("30s") or a duration value
type Scalar = string | number | boolean
type Fields = {[string]: Scalar | {Scalar}}

type Options = {
	headers?: Fields,
	body?: string,
	query?: Fields,
	form?: Fields,
	cookies?: {[string]: string},
	auth?: {user: string, pass: string},
	timeout?: number | string | table, -- table: a duration value of the time module
	max_response_body?: integer,
}

type Response = {
	status_code: integer,
	body: string,
	body_size: integer,
	headers: {[string]: string},
	cookies: {[string]: string},
	url: string,
}

local http_client: {
	get: (url: string, options: Options?) -> (Response?, error?),
	post: (url: string, options: Options?) -> (Response?, error?),
	put: (url: string, options: Options?) -> (Response?, error?),
	patch: (url: string, options: Options?) -> (Response?, error?),
	delete: (url: string, options: Options?) -> (Response?, error?),
	head: (url: string, options: Options?) -> (Response?, error?),
	request: (method: string, url: string, options: Options?) -> (Response?, error?),
	-- Requests are {method, url, options?}; positions without a value
	-- hold false, and the errors are nil when every request succeeded.
	request_batch: (requests: {{any}}) -> ({Response | false}, {error | false}?),
	encode_uri: (s: string) -> string,
	decode_uri: (s: string) -> (string?, error?),
}
return http_client
