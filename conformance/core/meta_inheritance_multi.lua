-- covers: multiple inheritance via an __index function searching parent classes in order
local function createClass(...)
  local parents = {...}
  local c = {}
  setmetatable(c, {__index = function(_, k)
    for i = 1, #parents do
      local v = parents[i][k]
      if v ~= nil then return v end
    end
  end})
  c.__index = c
  function c:new(o) o = o or {}; setmetatable(o, c); return o end
  return c
end
local Named = {}
function Named:getname() return self.name end
function Named:setname(n) self.name = n end
function Named:describe() return "named " .. tostring(self.name) end
local Account = {balance = 0}
function Account:deposit(v) self.balance = self.balance + v end
function Account:describe() return "account " .. self.balance end
local NamedAccount = createClass(Named, Account)
local acc = NamedAccount:new({name = "Paul"})
print(acc:getname())
acc:deposit(100)
print(acc.balance, Account.balance, acc:describe())
local AccountNamed = createClass(Account, Named)
local other = AccountNamed:new({name = "Ann"})
print(other:describe(), other.balance)
-- caching inherited methods into the class after first lookup
local lookups = 0
local Base = {hello = function() return "hi" end}
local Cached = setmetatable({}, {__index = function(t, k)
  lookups = lookups + 1
  local v = Base[k]
  t[k] = v
  return v
end})
Cached.__index = Cached
local obj = setmetatable({}, Cached)
print(obj.hello(), obj.hello(), obj.hello(), lookups)
-- three-level chain with super calls
local A = {}; A.__index = A
function A.new(v) return setmetatable({v = v}, A) end
function A:show() return "A(" .. self.v .. ")" end
local B = setmetatable({}, {__index = A}); B.__index = B
function B:show() return "B<" .. A.show(self) .. ">" end
local C = setmetatable({}, {__index = B}); C.__index = C
function C:show() return "C[" .. B.show(self) .. "]" end
print(setmetatable({v = 1}, C):show(), setmetatable({v = 2}, B):show(), A.new(3):show())
