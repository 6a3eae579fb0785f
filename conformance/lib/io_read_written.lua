-- covers: io.read/file:read formats on a file the program writes first:
-- numbers in every syntax ("n" with hex, exponents, signs, leading
-- whitespace, invalid prefixes), "l"/"L" around them, counts, "a" at EOF,
-- io.input switching and reading through the default input
local name = "io_read_written.tmp"
local f = assert(io.open(name, "w"))
f:write("  42  -7 +3 0x1F -0x10 1e3 .5 5. 0x1p4 3.25e-1\n")
f:write("12abc\n")
f:write("0x\n")
f:write("- 5\n")
f:write("1e+\n")
f:write("nan inf\n")
f:write("line after\n")
f:write("\t\t99\n")
f:write("tail without newline")
f:close()

f = assert(io.open(name, "r"))
local nums = {}
for i = 1, 10 do
  local v = f:read("n")
  nums[#nums + 1] = tostring(v) .. ":" .. tostring(math.type(v))
end
print(table.concat(nums, " "))
print("rest of line 1:", string.format("%q", f:read("L")))
print("12abc ->", f:read("n"), string.format("%q", f:read("l")))
print("0x ->", f:read("n"), string.format("%q", f:read("l")))
print("- 5 ->", f:read("n"), string.format("%q", f:read("l")))
print("1e+ ->", f:read("n"), string.format("%q", f:read("l")))
print("nan ->", f:read("n"), string.format("%q", f:read("l")))
print(f:read("l", "n", "l"))
print(string.format("%q", f:read(4)), f:read(0), f:read("a"))
print(f:read("a"), f:read("l"), f:read("n"), f:read(0), f:read(1))
f:close()

-- the same through io.input / io.read
io.input(name)
print(io.read("n", "n", "n"))
print(io.read("L"))
print(io.read(2), io.read("l"))
io.input():seek("set", 0)
local all = io.read("a")
print(#all, select(2, all:gsub("\n", "")), all:sub(-20))
io.close(io.input())
print(pcall(io.read))
io.input(io.stdin)

-- many numbers read in one call, mixing formats
f = assert(io.open(name, "w"))
for i = 1, 20 do f:write(i * 1.5, i % 3 == 0 and "\n" or " ") end
f:close()
f = assert(io.open(name))
local sum, count = 0, 0
while true do
  local v = f:read("n")
  if not v then break end
  sum, count = sum + v, count + 1
end
print(count, sum, f:read("a") == "")
f:close()
print(os.remove(name))
