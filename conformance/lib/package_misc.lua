-- The package table.
local function sorted(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  for i = 2, #ks do
    local v, j = ks[i], i - 1
    while j >= 1 and ks[j] > v do ks[j + 1] = ks[j]; j = j - 1 end
    ks[j + 1] = v
  end
  local s = ""
  for _, k in ipairs(ks) do s = s .. k .. " " end
  return s
end
print(sorted(package))
print(package.config == "/\n;\n?\n!\n-\n")
print(type(package.path), type(package.cpath), type(package.loadlib), type(package.searchpath))
print(package.loaded._G == _G, package.loaded.package == package, package.loaded.io == io)
print(package.loaded.os == os, package.loaded.string == string, package.loaded.coroutine == coroutine)
print(type(package.preload), #package.searchers)
for i, s in ipairs(package.searchers) do print(i, type(s)) end
-- require does not depend on the global 'package'
local pkg = package
package = nil
pkg.path = "./data/?.mod"
pkg.cpath = ""
print(require("pkg_simple").value)
package = pkg
-- package.loaded replaced: require still uses the registry's table
local loaded = package.loaded
package.loaded = {}
print(require("pkg_simple").value, loads_pkg_simple)
package.loaded = loaded
