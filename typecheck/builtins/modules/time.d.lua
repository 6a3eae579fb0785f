-- require("time"). A duration is nanoseconds, a Go duration string
-- ("250ms", "1h30m") or a duration value.
type Duration = number | string

type Time = {
	unix: (self: Time) -> integer,
	unix_nano: (self: Time) -> integer,
	unix_milli: (self: Time) -> integer,
	sub: (self: Time, other: Time) -> integer,
	add: (self: Time, d: Duration) -> Time,
	before: (self: Time, other: Time) -> boolean,
	after: (self: Time, other: Time) -> boolean,
	equal: (self: Time, other: Time) -> boolean,
	format: (self: Time, layout: string?) -> string,
}

type Timer = {
	channel: (self: Timer) -> Channel,
	stop: (self: Timer) -> boolean,
	reset: (self: Timer, d: Duration) -> boolean,
}

type Ticker = {
	channel: (self: Ticker) -> Channel,
	stop: (self: Ticker) -> (),
}

local time: {
	sleep: (d: Duration) -> (),
	after: (d: Duration) -> Channel,
	now: () -> Time,
	timer: (d: Duration) -> Timer,
	ticker: (d: Duration) -> Ticker,
}
return time
