local function f(ch: Channel): number
  local total = 0
  local done = false
  while not done do
    local v, ok = ch:receive()
    if not ok then
      done = true
    else
      total = total + 1
    end
  end
  return total
end
print(f(channel.new()))
