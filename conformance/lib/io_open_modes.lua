-- io.open modes: valid ones work, anything else is "invalid mode".
local name = "io_open_modes.tmp"
os.remove(name)
print(io.open(name, "r"))
for _, m in ipairs{"w", "wb", "w+", "w+b", "a", "ab", "a+", "a+b", "r", "rb", "r+", "r+b", "rbb"} do
  local f, err = io.open(name, m)
  print(m, io.type(f), err)
  if f then f:close() end
end
for _, m in ipairs{"", "x", "rw", "rb+", "+r", "r++", "wx", "ra", "b", "R", "W", "r ", " r", "rt", "w+t"} do
  print("[" .. m .. "]", pcall(io.open, name, m))
end
print(pcall(io.open))
print(pcall(io.open, {}))
print(pcall(io.open, name, {}))
-- "w" truncates, "a" appends, "r+" keeps
local f = io.open(name, "w"); f:write("12345"); f:close()
f = io.open(name, "a"); f:write("678"); f:close()
f = io.open(name, "r+"); f:write("ab"); f:close()
f = io.open(name); print(f:read("a")); f:close()
f = io.open(name, "w"); f:close()
f = io.open(name); print("[" .. f:read("a") .. "]"); f:close()
os.remove(name)
