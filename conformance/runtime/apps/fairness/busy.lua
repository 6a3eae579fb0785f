-- Computes without ever blocking, reporting progress every 20000 steps.
return {main = function(parent, name)
  local x = 0
  for i = 1, 200000 do
    x = (x + i * 7) % 1000003
    if i % 20000 == 0 then process.send(parent, "tick", name) end
  end
  process.send(parent, "done", name)
  return x
end}
