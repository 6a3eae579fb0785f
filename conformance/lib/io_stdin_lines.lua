-- io.lines() iterates over standard input and does not close it.
local n = 0
for l in io.lines() do
  n = n + 1
  print(n, "[" .. l .. "]")
end
print(io.type(io.stdin), io.read("a"), io.read())
for l in io.stdin:lines() do print("never", l) end
print(pcall(io.lines, nil, "x") and "function")
print(pcall(io.lines(nil, "x")))
