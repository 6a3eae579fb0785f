-- covers: writing module files then loading them through require with a
-- custom package.path template, package.searchpath, package.loaded
-- caching, module return values, the second loader argument (file path),
-- package.preload, and require error text for a missing module
local function write(path, text)
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
end
write("mixmod_tmp_util.lua", [[
local name, path = ...
local M = {loaded_as = name, from = path, count = 0}
function M.greet(who) M.count = M.count + 1; return string.format("hello, %s!", who) end
return M
]])
write("mixmod_tmp_flag.lua", "FLAG_LOADED = (FLAG_LOADED or 0) + 1\n")
write("mixmod_tmp_bad.lua", "return {\n")

local saved_path = package.path
package.path = "./mixmod_tmp_?.lua;./nonexistent/?.lua"
print(package.searchpath("util", package.path))
print(package.searchpath("nope", package.path))
print(package.searchpath("a.b.c", "./x_?_y;?.z", ".", "+"))
print(package.searchpath("a.b", "?", "", "/"))

local util = require("util")
print(util.loaded_as, util.from, util.greet("lua"), util.count)
local again = require("util")
print(again == util, package.loaded.util == util, again.count)
package.loaded.util = nil
local fresh = require("util")
print(fresh == util, fresh.count)

-- a module without a return value stores true and runs once
print(require("flag"), FLAG_LOADED, package.loaded.flag)
print(require("flag"), FLAG_LOADED)

-- syntax error in a module
local ok, err = pcall(require, "bad")
print(ok, (err:gsub("\n.*", "")))

-- missing module lists every place it looked
ok, err = pcall(require, "missing_mod")
print(ok)
for l in err:gmatch("[^\n]+") do
  if l:find("mixmod") or l:find("nonexistent") or l:find("preload") or l:find("module") then print(l) end
end

-- preload wins over files; in 5.3 the loader gets only the module name
package.preload.util2 = function(...) return {args = table.pack(...)} end
local u2 = require("util2")
print(u2.args.n, u2.args[1], u2.args[2])
package.preload.util2 = nil

package.path = saved_path
for _, n in ipairs{"mixmod_tmp_util.lua", "mixmod_tmp_flag.lua", "mixmod_tmp_bad.lua"} do
  print(n, os.remove(n))
end
