-- require("time"). A duration is nanoseconds, a Go duration string
-- ("250ms", "1h30m") or a duration value.
type DurationValue = {
	nanoseconds: (self: DurationValue) -> integer,
	microseconds: (self: DurationValue) -> integer,
	milliseconds: (self: DurationValue) -> integer,
	seconds: (self: DurationValue) -> number,
	minutes: (self: DurationValue) -> number,
	hours: (self: DurationValue) -> number,
}

type Duration = number | string | DurationValue

type Time = {
	unix: (self: Time) -> integer,
	unix_nano: (self: Time) -> integer,
	unix_milli: (self: Time) -> integer,
	sub: (self: Time, other: Time) -> DurationValue,
	add: (self: Time, d: Duration) -> Time,
	round: (self: Time, d: Duration) -> Time,
	truncate: (self: Time, d: Duration) -> Time,
	before: (self: Time, other: Time) -> boolean,
	after: (self: Time, other: Time) -> boolean,
	equal: (self: Time, other: Time) -> boolean,
	format: (self: Time, layout: string?) -> string,
}

type Timer = {
	channel: (self: Timer) -> Channel,
	response: (self: Timer) -> Channel,
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
	parse_duration: (d: Duration) -> (DurationValue?, error?),
	NANOSECOND: integer,
	MICROSECOND: integer,
	MILLISECOND: integer,
	SECOND: integer,
	MINUTE: integer,
	HOUR: integer,
}
return time
