-- The file handle metatable and the io table.
local function sorted(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  for i = 2, #ks do
    local v, j = ks[i], i - 1
    while j >= 1 and ks[j] > v do ks[j + 1] = ks[j]; j = j - 1 end
    ks[j + 1] = v
  end
  local s = ""
  for _, k in ipairs(ks) do s = s .. k .. " " end
  return s
end
local mt = getmetatable(io.stdout)
print(sorted(mt))
print(mt.__index == mt, mt.__name, type(mt.__gc), type(mt.__tostring))
print(getmetatable(io.stdin) == mt, getmetatable(io.stderr) == mt)
print(sorted(io))
print(type(io.stdout), type(io.stdin), type(io.stderr))
print(io.stdout.write == mt.write, io.stdout.write == io.write)
-- methods need a file
print(pcall(mt.read, {}))
print(pcall(mt.write, 42))
print(pcall(mt.__tostring, "x"))
-- __gc closes an open file (and is harmless on closed ones)
local name = "io_metatable.tmp"
local f = assert(io.open(name, "w"))
f:write("gc")
mt.__gc(f)
print(io.type(f))
mt.__gc(f)
f = io.open(name)
print(f:read("a"))
f:close()
os.remove(name)
