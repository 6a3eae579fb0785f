-- covers: package.searchpath with templates the program creates files
-- for: several '?' per template, custom sep/rep (including empty sep and
-- multi-character rep), templates with dots kept verbatim, order of
-- attempts, and require through a custom package.path using those files
local made = {}
local function touch(path, text)
  local f = assert(io.open(path, "w"))
  f:write(text or "return ...\n")
  f:close()
  made[#made + 1] = path
end
touch("pkgsp_tmp_a_b.lua")
touch("pkgsp_tmp_x-x.lua")
touch("pkgsp_tmp_m.m.lua")
touch("pkgsp_tmp_dot.v1.lua")
touch("pkgsp_tmp_lib::core.lua", "return {name = ..., file = select(2, ...)}\n")

print(package.searchpath("a.b", "./pkgsp_tmp_?.lua", ".", "_"))
print(package.searchpath("x", "./pkgsp_tmp_?-?.lua"))
print(package.searchpath("m", "./pkgsp_tmp_?.?.lua"))
print(package.searchpath("m.m", "./pkgsp_tmp_?.lua", ""))
print(package.searchpath("dot", "./pkgsp_tmp_?.v1.lua"))
print(package.searchpath("lib.core", "./pkgsp_tmp_?.lua", ".", "::"))
print(package.searchpath("a.b", "./nope_?.lua;./pkgsp_tmp_?.lua;./pkgsp_tmp_?.lua", ".", "_"))
-- not found: every attempt is listed, in template order
local p, err = package.searchpath("q.r", "./one/?.lua;./two/?/init.lua;?;", ".", "/")
print(p)
for line in err:gmatch("[^\n]+") do print("", line) end
-- sep that does not occur leaves the name unchanged; empty name
print(package.searchpath("a.b", "./pkgsp_tmp_?.lua", "#", "_"))
print(package.searchpath("", "./pkgsp_tmp_a_b.lua?"))
-- require via a custom path using rep "::"
local saved = package.path
package.path = "./pkgsp_tmp_?.lua"
local ok, e = pcall(require, "lib::core")
print(ok, type(e) == "table" and e.name, type(e) == "table" and e.file)
print(require("a_b"), require("x-x"))
package.path = saved
for _, n in ipairs{"lib::core", "a_b", "x-x"} do package.loaded[n] = nil end
-- errors
print(pcall(package.searchpath, "x", "?", 1, 2))
print(pcall(package.searchpath, nil, "?"))
table.sort(made)
for _, path in ipairs(made) do print(path, os.remove(path)) end
