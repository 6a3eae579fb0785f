local function producer(out: Channel, n: integer)
  for i = 1, n do out:send(i) end
  out:close()
end
local ch = channel.new(5)
producer(ch, 3)
producer({}, 3) -- expect-error: MISSING_FIELD
producer(ch) -- expect-error: ARG_COUNT
