-- covers: event emitter with closures, varargs, once-handlers and removal during emit
local Emitter = {}
Emitter.__index = Emitter
function Emitter.new() return setmetatable({handlers = {}}, Emitter) end
function Emitter:on(name, fn)
  local list = self.handlers[name] or {}
  self.handlers[name] = list
  list[#list + 1] = fn
  return fn
end
function Emitter:off(name, fn)
  local list = self.handlers[name]
  if not list then return false end
  for i = 1, #list do
    if list[i] == fn then
      for j = i, #list - 1 do list[j] = list[j + 1] end
      list[#list] = nil
      return true
    end
  end
  return false
end
function Emitter:once(name, fn)
  local wrapper
  wrapper = function(...) self:off(name, wrapper); return fn(...) end
  return self:on(name, wrapper)
end
function Emitter:emit(name, ...)
  local list = self.handlers[name]
  if not list then return 0 end
  local snapshot = {}
  for i = 1, #list do snapshot[i] = list[i] end
  for i = 1, #snapshot do snapshot[i](...) end
  return #snapshot
end
local e = Emitter.new()
local log = {}
local function logger(tag) return function(...) log[#log + 1] = tag .. ":" .. select("#", ...) .. ":" .. tostring((...)) end end
local a = e:on("data", logger("a"))
e:on("data", logger("b"))
e:once("data", logger("once"))
print(e:emit("data", 1, 2))
print(e:emit("data", "x"))
print(e:off("data", a), e:off("data", a))
print(e:emit("data"))
print(e:emit("nothing"))
for i = 1, #log do print(log[i]) end
-- handler that errors: emit stops, pcall catches
e:on("fail", function() error("handler failed", 0) end)
print(pcall(e.emit, e, "fail"))
