-- covers: log rotation with os.rename/os.remove on files the program
-- creates (fixed names), io.open modes "w"/"a"/"r", reading sizes with
-- seek("end"), error results of os.rename/os.remove/io.open on missing
-- files (nil, message, errno), and cleanup verified with io.open
local base = "mix_file_rotation.log"
local function write(name, mode, text)
  local f = assert(io.open(name, mode))
  f:write(text)
  f:close()
end
local function size(name)
  local f = io.open(name, "r")
  if not f then return nil end
  local n = f:seek("end")
  f:close()
  return n
end
local function rotate(keep)
  os.remove(base .. "." .. keep)
  for i = keep - 1, 1, -1 do
    local from, to = base .. "." .. i, base .. "." .. (i + 1)
    if size(from) then assert(os.rename(from, to)) end
  end
  if size(base) then assert(os.rename(base, base .. ".1")) end
end

for round = 1, 5 do
  for line = 1, round do
    write(base, "a", string.format("round %d line %d\n", round, line))
  end
  print("round", round, "size", size(base))
  rotate(3)
end
for _, suffix in ipairs{"", ".1", ".2", ".3", ".4"} do
  local name = base .. suffix
  local f = io.open(name)
  if f then
    local first = f:read("l")
    local rest = f:read("a")
    f:close()
    print(name, size(name), first, select(2, rest:gsub("\n", "")))
  else
    print(name, "absent")
  end
end

-- failures return nil, message, code
local r1, m1, c1 = os.rename("mix_file_rotation.none", "mix_file_rotation.x")
print(r1, m1, math.type(c1))
local r2, m2, c2 = os.remove("mix_file_rotation.none")
print(r2, m2, math.type(c2))
local f, m3, c3 = io.open("mix_file_rotation.none")
print(f, m3, math.type(c3))
print(select("#", os.remove("mix_file_rotation.none")))

-- append mode never overwrites; "w" truncates; "r+" edits in place
write(base, "w", "0123456789")
write(base, "a", "abc")
local rw = assert(io.open(base, "r+"))
rw:seek("set", 2)
rw:write("XY")
rw:seek("set", 0)
print(rw:read("a"))
rw:close()
write(base, "w", "")
print(size(base))
for i = 1, 3 do os.remove(base .. "." .. i) end
print(os.remove(base), size(base), size(base .. ".1"))
