-- Declarations of the runtime globals of spec/runtime.md: processes,
-- channels and error values. The type values (number, integer, string,
-- boolean...) are added by the checker itself, since the annotation
-- syntax cannot say "the type value standing for T".

export type ErrorKind = "UNKNOWN" | "INVALID" | "NOT_FOUND" | "ALREADY_EXISTS" | "PERMISSION_DENIED"
	| "TIMEOUT" | "CANCELED" | "UNAVAILABLE" | "INTERNAL" | "CONFLICT" | "RATE_LIMITED"

-- The methods of error values (`err:message()`...).
type ErrorMethods = {
	message: (self: error) -> string,
	kind: (self: error) -> ErrorKind,
	retryable: (self: error) -> boolean,
	details: (self: error) -> {[string]: any}?,
	stack: (self: error) -> string?,
	unwrap: (self: error) -> error?,
}

local errors: {
	new: (spec: string | {message: string, kind?: ErrorKind, retryable?: boolean, details?: {[string]: any}}) -> error,
	wrap: (err: any, message: string) -> error?,
	is: (err: any, kind: ErrorKind | error) -> boolean,
	UNKNOWN: "UNKNOWN",
	INVALID: "INVALID",
	NOT_FOUND: "NOT_FOUND",
	ALREADY_EXISTS: "ALREADY_EXISTS",
	PERMISSION_DENIED: "PERMISSION_DENIED",
	TIMEOUT: "TIMEOUT",
	CANCELED: "CANCELED",
	UNAVAILABLE: "UNAVAILABLE",
	INTERNAL: "INTERNAL",
	CONFLICT: "CONFLICT",
	RATE_LIMITED: "RATE_LIMITED",
}

export type Channel = {
	send: (self: Channel, value: any) -> (),
	receive: (self: Channel) -> (any, boolean),
	close: (self: Channel) -> (),
	case_send: (self: Channel, value: any) -> SelectCase,
	case_receive: (self: Channel) -> SelectCase,
}

export type SelectCase = {}

export type SelectResult = {channel?: Channel, value?: any, ok: boolean, default?: boolean}

local channel: {
	new: (capacity: integer?) -> Channel,
	select: (cases: {[any]: any}) -> SelectResult,
}

export type Payload = {data: (self: Payload) -> (...any)}

export type Message = {
	topic: (self: Message) -> string,
	from: (self: Message) -> string,
	payload: (self: Message) -> Payload,
}

export type ProcessEvent = {kind: "EXIT" | "LINK_DOWN" | "CANCEL", from: string, result?: {value?: any, error?: any}, reason?: any}

local process: {
	spawn: (id: string, host: string, ...any) -> (string?, error?),
	spawn_monitored: (id: string, host: string, ...any) -> (string?, error?),
	spawn_linked: (id: string, host: string, ...any) -> (string?, error?),
	spawn_linked_monitored: (id: string, host: string, ...any) -> (string?, error?),
	exec: (id: string, host: string, ...any) -> (any, error?),
	pid: () -> string,
	send: (dest: string, topic: string, ...any) -> (boolean?, error?),
	inbox: () -> Channel,
	listen: (topic: string, options: {message?: boolean}?) -> Channel,
	unlisten: (ch: Channel) -> (),
	events: () -> Channel,
	monitor: (dest: string) -> (boolean?, error?),
	unmonitor: (dest: string) -> (boolean?, error?),
	link: (dest: string) -> (boolean?, error?),
	unlink: (dest: string) -> (boolean?, error?),
	set_options: (options: {trap_links?: boolean}) -> (),
	get_options: () -> {trap_links: boolean},
	terminate: (dest: string) -> (boolean?, error?),
	cancel: (dest: string, reason: any?) -> (boolean?, error?),
	event: {EXIT: "EXIT", LINK_DOWN: "LINK_DOWN", CANCEL: "CANCEL"},
	registry: {
		register: (name: string, pid: string?) -> (boolean?, error?),
		lookup: (name: string) -> (string?, error?),
		unregister: (name: string) -> boolean,
	},
}

-- The methods of type values (`T:is(v)`...); the checker knows that T:is
-- and T(v) give values of the type T stands for, and what the methods
-- giving parts of a type give when T's type is known (typeValueMethod).
-- A part asked of a type of the wrong kind (T:elem() of a record) raises
-- an error, so those results are never nil.
type TypeMethods = {
	is: (self: type, v: any) -> (any, error?),
	kind: (self: type) -> string,
	name: (self: type) -> string?,
	fields: (self: type) -> (() -> (string?, type, boolean)),
	field: (self: type, name: string) -> type?,
	elem: (self: type) -> type,
	key: (self: type) -> type,
	val: (self: type) -> type,
	inner: (self: type) -> type,
	variants: (self: type) -> {type},
	params: (self: type) -> {type},
	ret: (self: type) -> (...type),
	literal: (self: type) -> string | number | boolean,
}
