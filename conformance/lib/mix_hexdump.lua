-- covers: a hexdump of a file written in binary mode (io.open "wb"/"rb",
-- f:read(n) chunks, f:seek), string.format %08x/%02x, gsub for printable
-- columns, and a reverse parser of the dump back into bytes
local name = "mix_hexdump.tmp"
local f = assert(io.open(name, "wb"))
local parts = {}
for i = 0, 40 do parts[#parts + 1] = string.char((i * 37) % 256) end
f:write("Hello, hexdump!\n", table.concat(parts), "\0\0\r\n", string.pack("<i4d", -2, 0.5))
print("size", f:seek("end"))
f:close()

local function dump(path)
  local fh = assert(io.open(path, "rb"))
  local offset, lines = 0, {}
  while true do
    local chunk = fh:read(16)
    if not chunk then break end
    local hex = chunk:gsub(".", function(c) return string.format("%02x ", c:byte()) end)
    local ascii = chunk:gsub("[^\32-\126]", ".")
    lines[#lines + 1] = string.format("%08x  %-48s |%s|", offset, hex, ascii)
    offset = offset + #chunk
  end
  lines[#lines + 1] = string.format("%08x", offset)
  fh:close()
  return lines
end

local lines = dump(name)
for _, l in ipairs(lines) do print(l) end

-- parse the dump back
local bytes = {}
for _, l in ipairs(lines) do
  local hex = l:match("^%x+  ([%x ]+)|")
  if hex then
    for h in hex:gmatch("%x%x") do bytes[#bytes + 1] = string.char(tonumber(h, 16)) end
  end
end
local rebuilt = table.concat(bytes)
local fh = assert(io.open(name, "rb"))
local original = fh:read("a")
print("roundtrip", rebuilt == original, #rebuilt)
-- seek into the packed tail and decode it
print(fh:seek("end", -12))
print(string.unpack("<i4d", fh:read(12)))
print(fh:read(1), fh:read(0), fh:read("a"))
print(fh:seek("set", 7), fh:read(8))
print(fh:seek("cur"), fh:seek("cur", -3), fh:read(3))
fh:close()
print(pcall(fh.read, fh, 1))
print(os.remove(name))
