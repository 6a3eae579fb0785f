local t: integer = os.time()
local c: number = os.clock()
local d = os.date("%Y")
local env: string? = os.getenv("HOME")
local f, err = io.open("/tmp/x", "r")
if f then
  local line = f:read("l")
  f:close()
  print(line)
else
  print(err)
end
io.write("a", 1, "\n")
io.write(true) -- expect-error: TYPE_MISMATCH
print(t, c, d, env)
