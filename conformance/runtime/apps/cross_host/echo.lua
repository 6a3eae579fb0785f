local function main()
  assert(process.registry.register("echo"))
  local inbox = process.inbox()
  while true do
    local m = inbox:receive()
    if m:topic() == "crash" then error("echo crashed", 0) end
    local v = m:payload():data()
    v.n = v.n * 10
    process.send(m:from(), "pong", v)
  end
end

return {main = main, add = function(a, b) return a + b end}
