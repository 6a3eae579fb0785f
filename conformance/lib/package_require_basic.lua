-- require finds modules on package.path, passes them their name and file,
-- and caches the result in package.loaded.
package.path = "./data/?.mod"
package.cpath = "./data/?.so"
local m = require("pkg_simple")
print(type(m), m.name, m.path, m.value, m.nargs)
print(require("pkg_simple") == m, loads_pkg_simple)
print(package.loaded.pkg_simple == m)
-- a module that returns nothing is stored as true
print(require("pkg_nil"), pkg_nil_ran, package.loaded.pkg_nil)
print(require("pkg_nil"), pkg_nil_ran)
-- false is stored, but counts as not loaded: the next require loads again
print(require("pkg_false"), pkg_false_ran, package.loaded.pkg_false)
print(require("pkg_false"), pkg_false_ran)
-- a module may fill package.loaded itself
print(require("pkg_self"), package.loaded.pkg_self)
print(require("pkg_self_ret"), package.loaded.pkg_self_ret)
-- only the first result of the loader counts
print(require("pkg_multi"))
print(select("#", require("pkg_multi")))
-- modules can require modules
print(require("pkg_nested").inner)
-- a first line starting with '#' is skipped
print(require("pkg_shebang"))
-- numbers are accepted as names
print(pcall(require, 12))
-- a value already in package.loaded is returned as it is
package.loaded.fake = "preset"
print(require("fake"))
package.loaded.fake = nil
print(pcall(require, "fake"))
