-- os.time reads and writes its table through metamethods (lua_getfield,
-- lua_setfield).
local log = {}
local src = {year = 2020, month = 2, day = 30}
local t = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get " .. k; return src[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set " .. k .. "=" .. tostring(v) end,
})
local v = os.time(t)
print(v == os.time{year = 2020, month = 3, day = 1})
for i = 1, #log do
  if log[i] ~= "set isdst=true" and log[i] ~= "set isdst=false" then print(log[i]) end
end
