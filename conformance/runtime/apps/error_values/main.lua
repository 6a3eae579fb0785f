-- covers: error values of the errors module cross processes: in messages
-- (at the top level and inside tables), spawn arguments, cancel reasons
-- and exit results. The receiver gets an error value of its own with the
-- same kind, message, retryable flag, stack and wrap chain, and deep
-- copies of the details: changes made on either side after the send are
-- not seen by the other. One error sent twice in one message arrives as
-- one copy. An error whose details hold a function cannot be sent; as an
-- exit error it arrives without its details. Duration and time values
-- cross processes too.
local time = require("time")

return {main = function()
  local inbox = process.inbox()
  local events = process.events()
  local tags = {"a", "b"}
  local e = errors.new{message = "user not found", kind = errors.NOT_FOUND, retryable = true,
    details = {id = 7, tags = tags}}

  local w = process.spawn("app:worker", "app:host", "inspect")
  process.send(w, "check", e, {first = e, second = e})
  tags[1] = "changed after send"
  print("worker saw:", inbox:receive():payload():data())
  local reply = inbox:receive():payload():data()
  print("reply:", tostring(reply), errors.is(reply, errors.NOT_FOUND), reply:retryable())
  print("reply details:", reply:details().tags[1], reply:details().tags[2], reply:unwrap():message())
  print("mine:", e:details().tags[1], e:details().tags[2], reply:unwrap() ~= e)

  process.spawn_monitored("app:worker", "app:host", "arg",
    errors.wrap(errors.new{message = "bad input", kind = errors.INVALID}, "parsing"))
  local ev = events:receive()
  local r = ev.result.value
  print("spawn arg:", r.seen, tostring(r.err), r.err:unwrap():unwrap():message())

  local c = process.spawn_monitored("app:worker", "app:host", "cancel")
  process.cancel(c, errors.new{message = "shutting down", kind = errors.CANCELED})
  print("cancel reason:", events:receive().result.value)

  process.spawn_monitored("app:worker", "app:host", "fail")
  local err = events:receive().result.error
  print("exit error:", tostring(err), err:kind(), err:details())

  print(pcall(function() process.send(w, "x", {errors.new{message = "m", details = {f = print}}}) end))

  process.send(w, "times", time.parse_duration("1m30s"), {at = time.now():add("1h")})
  print("times:", inbox:receive():payload():data())
end}
