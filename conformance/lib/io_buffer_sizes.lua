-- Where glibc's 4096-byte buffer flushes: data reaches the file in whole
-- buffers when fully buffered, and through the last newline when line
-- buffered (seen by reading the file with a second handle).
local name = "io_buffer_sizes.tmp"
local function rep(s, n)
  local r = ""
  for i = 1, n do r = r .. s end
  return r
end
local function size()
  local r = assert(io.open(name))
  local s = r:read("a")
  r:close()
  return #s
end
local f = assert(io.open(name, "w"))
local chunk = rep("x", 1000)
local line = ""
for i = 1, 12 do
  f:write(chunk)
  line = line .. size() .. " "
end
print(line)
f:write(rep("y", 9000)); print(size())
f:write(rep("y", 100)); print(size())
print(f:setvbuf("line"), size())
f:write("ab\ncd"); print(size())
f:write(rep("z", 5000) .. "\n" .. "tail"); print(size())
f:write(rep("z", 3000) .. "\n" .. "tail"); print(size())
f:write("no newline"); print(size())
f:write("\n"); print(size())
print(f:setvbuf("full"), size())
f:write("abc\n"); print(size())
print(f:setvbuf("no"), size())
f:close()
print(size())
os.remove(name)
