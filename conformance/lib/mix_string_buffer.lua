-- covers: a string builder object with __concat, __len, __tostring,
-- __eq, __index delegating to string methods, __call for formatted
-- appends; interplay with tostring, print, table.concat and string.rep
local Buf = {}
local methods = {}
Buf.__index = function(b, k)
  if methods[k] then return methods[k] end
  local sf = string[k]
  if sf then return function(self, ...) return sf(tostring(self), ...) end end
end
function methods:add(...)
  for i = 1, select("#", ...) do self.parts[#self.parts + 1] = tostring((select(i, ...))) end
  return self
end
function methods:clear() self.parts = {} return self end
Buf.__tostring = function(b) return table.concat(b.parts) end
Buf.__len = function(b) return #tostring(b) end
Buf.__concat = function(a, b)
  local r = setmetatable({parts = {}}, Buf)
  return r:add(a, b)
end
Buf.__eq = function(a, b) return tostring(a) == tostring(b) end
Buf.__call = function(self, fmt, ...) return self:add(string.format(fmt, ...)) end
local function new(...) return setmetatable({parts = {}}, Buf):add(...) end

local b = new("Hello", ", ", "world")
print(b, #b, tostring(b):upper())
b:add("!", 1, 2.5, true, nil)
print(b, #b)
print(b:upper(), b:len(), b:sub(1, 5), b:rep(2, "/"), b:find("world"))
print((b:gsub("o", "0")))
local c = b .. "+tail"
print(getmetatable(c) == Buf, c, #c)
local d = "head+" .. new("x")
print(d, #d)
print(new("a", "b") == new("ab"), new("a") == new("b"), new("x") ~= new("x"))
b:clear()
b("%05.1f|%-3s|%x", 3.14159, "ab", 255)("[%q]", "q\n")
print(b, #b)
-- many appends then one concat
local big = new()
for i = 1, 1000 do big:add(i % 10) end
print(#big, big:sub(1, 12), big:sub(-5), #big.parts)
-- print calls __tostring, table.concat does not
print(pcall(table.concat, {new("z")}))
print(select(2, pcall(string.rep, new("r"), 2)))
-- __name and tostring fallback when __tostring returns a non-string
local weird = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, weird))
local named = setmetatable({}, {__name = "MyType"})
print((tostring(named):gsub("0x%x+", "ADDR"):gsub(": [%x]+$", ": ADDR")))
