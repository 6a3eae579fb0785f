-- package.searchers: custom searchers, messages and the order of search.
package.path = "./data/?.mod"
package.cpath = ""
print(#package.searchers, type(package.searchers[1]))
table = table or {}
local log = {}
local function mine(name)
  log[#log + 1] = name
  if name == "virtual" then
    return function(n, extra) return "virtual module " .. n .. " " .. tostring(extra) end, "EXTRA"
  end
  return "\n\tno virtual module '" .. name .. "'"
end
package.searchers[#package.searchers + 1] = mine
print(require("virtual"))
print(pcall(require, "absent"))
-- a searcher in front of the others
package.searchers[5] = nil
local old1 = package.searchers[1]
package.searchers[1] = function(name)
  if name == "pkg_simple" then return function() return "intercepted" end end
  return nil
end
package.searchers[5] = old1
print(require("pkg_simple"))
-- searchers returning non-strings are skipped in the message
package.searchers = {function() return 42 end, function() return {} end, function() return nil, "x" end}
print(pcall(require, "nothing"))
-- the searchers table must be a table
package.searchers = "bad"
print(pcall(require, "nothing"))
package.searchers = nil
print(pcall(require, "nothing"))
-- ... but a module already loaded does not need it
print(require("pkg_simple"))
print(#log, log[1], log[2])
