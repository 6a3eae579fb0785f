-- Sends 1..n to dest with a table it changes right after each send, and
-- lets the other processes run every ten messages.
return {main = function(dest, name, n)
  local t = {count = 0}
  for i = 1, n do
    t.count = i
    process.send(dest, "n", name, i, t)
    t.count = -1
    if i % 10 == 0 then coroutine.yield() end
  end
  process.send(dest, "end", name)
end}
