--!strict
for line in io.lines("/etc/hostname") do
  print(line)
end
local f = io.open("/etc/hostname")
if f then
  for l in f:lines() do print(l) end
  f:close()
end
local g = io.open("/nope")
g:close() -- expect-error: NIL_ACCESS
