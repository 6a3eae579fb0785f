-- Argument errors of the io functions and file methods.
local f = assert(io.open("data/lines.txt"))
print(pcall(f.read, f, "x"))
print(pcall(f.read, f, ""))
print(pcall(f.read, f, "*"))
print(pcall(f.read, f, {}))
print(pcall(f.read, f, 1.5))
print(pcall(f.read, f, "5"))
print(pcall(f.read, f, true))
print(pcall(io.read, "z"))
print(pcall(io.read, nil))
print(type(select(2, pcall(f.lines, f, "x"))))
print(pcall(f:lines("x")))
print(pcall(f.read, nil))
print(pcall(f.read, {}))
print(pcall(f.read, io))
print(pcall(f.close, 1))
print(type(select(2, pcall(io.lines, "data/lines.txt", {}))))
f:close()
-- too many formats for lines
local function lines_with(n, ...)
  if n == 0 then return pcall(io.lines, "data/lines.txt", ...) end
  return lines_with(n - 1, "l", ...)
end
print(type(select(2, lines_with(250))))
print(lines_with(251))
f = assert(io.open("data/lines.txt"))
local function flines_with(n, ...)
  if n == 0 then return pcall(f.lines, f, ...) end
  return flines_with(n - 1, "l", ...)
end
print(type(select(2, flines_with(250))))
print(flines_with(251))
f:close()
