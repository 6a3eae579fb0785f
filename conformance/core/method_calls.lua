-- covers: ':' method calls and definitions, self, evaluation of the receiver once
local obj = {name = "obj", n = 0}
function obj:getName() return self.name end
function obj:add(a, b) self.n = self.n + a + (b or 0); return self end
function obj.static(x) return "static " .. type(x) end
print(obj:getName(), obj.getName(obj), obj.getName({name = "other"}))
print(obj:add(1):add(2, 3):add(4).n)
print(obj.static(5), obj:static())
-- the receiver expression is evaluated only once
local evaluations = 0
local function getobj() evaluations = evaluations + 1; return obj end
getobj():add(1)
print(evaluations, obj.n)
-- methods on nested tables
local a = {b = {c = {v = "deep"}}}
function a.b.c:get() return self.v end
print(a.b.c:get())
-- method stored under a string key with spaces via explicit call
local t = {["my method"] = function(self, x) return x * 2 end}
print(t["my method"](t, 21))
-- calling a method with string/table call sugar
local fmt = {prefix = ">"}
function fmt:wrap(s) return self.prefix .. (type(s) == "table" and #s or s) end
print(fmt:wrap"text", fmt:wrap{1, 2, 3}, fmt:wrap[[long]])
-- method call on a function result
local function make() return {v = 7, get = function(self) return self.v end} end
print(make():get())
-- self can be reassigned inside a method
function obj:swap() self = {name = "replaced"}; return self.name end
print(obj:swap(), obj.name)
-- varargs in methods
function obj:count(...) return select("#", ...) end
print(obj:count(), obj:count(nil, nil))
-- methods with metatable lookup
local Base = {hello = function(self) return "hello from " .. self.id end}
local inst = setmetatable({id = "inst"}, {__index = Base})
print(inst:hello())
print(pcall(function() return inst:missing() end))
