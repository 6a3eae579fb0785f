-- covers: a source file with CRLF line endings: line numbers and long strings
local s = [[a
b]]
print(#s)
print(pcall(function() error("line five") end))
local t = "x\
y"
print(#t)


print(pcall(function() local z; return z.f end))
-- CRLF: numeric and boolean expressions spanning CRLF lines
local sum = 1 +
  2 +
  3
print(sum)
local long = [==[
first
second
]==]
print(#long, long == "first\nsecond\n")
print(pcall(function()
  local n = nil
  return n
    + 1
end))
-- a comment with a lone CR inside: 
print("end")
