local time = require("time")

local function main(mode, arg)
  if mode == "inspect" then
    local inbox = process.inbox()
    local m = inbox:receive()
    local e, t = m:payload():data()
    local d = e:details()
    process.send(m:from(), "report", table.concat({
      tostring(e), e:kind(), tostring(e:retryable()), e:message(), d.id, d.tags[1],
      tostring(errors.is(e, errors.NOT_FOUND)), getmetatable(e),
      tostring(e:stack():find("main.lua:") ~= nil),
      tostring(rawequal(t.first, t.second)), tostring(rawequal(t.first, e)),
    }, " "))
    d.tags[2] = "changed by worker" -- the nested table is this copy's own
    process.send(m:from(), "reply", errors.wrap(e, "worker"))
    local times = inbox:receive()
    local dur, tt = times:payload():data()
    process.send(times:from(), "times", tostring(dur) .. " " .. dur:seconds() .. " " .. tostring(tt.at))
  elseif mode == "arg" then
    return {seen = tostring(arg), err = errors.wrap(arg, "arg")}
  elseif mode == "cancel" then
    local ev = process.events():receive()
    return ev.kind .. " " .. tostring(ev.reason) .. " " .. tostring(errors.is(ev.reason, errors.CANCELED))
  elseif mode == "fail" then
    error(errors.new{message = "outer", kind = errors.INTERNAL, details = {f = print, n = 1}})
  end
end

return {main = main}
