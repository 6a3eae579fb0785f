local function main(mode, a, b)
  if mode == "table" then
    local t = {x = 1, list = {1, 2}}
    t.self = t
    return t
  elseif mode == "string" then
    error("plain failure")
  elseif mode == "table_error" then
    error({code = 42})
  elseif mode == "error_value" then
    error(errors.new{message = "too slow", kind = errors.TIMEOUT, retryable = true, details = {id = 5}})
  elseif mode == "add" then
    return a + b
  elseif mode == "echo" then
    local inbox = process.inbox()
    while true do
      local m = inbox:receive()
      if m:topic() == "stop" then return "stopped" end
      process.send(m:from(), "pong", m:payload():data())
    end
  end
end

return {main = main}
