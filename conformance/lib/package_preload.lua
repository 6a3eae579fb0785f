-- package.preload is searched first; its loader gets the name and nil.
package.path = "./data/?.mod"
package.cpath = ""
package.preload.pre = function(...)
  print("loading pre", select("#", ...), ...)
  return {from = "preload"}
end
print(require("pre").from, require("pre").from)
-- preload wins over files of the same name
package.preload.pkg_simple = function() return "preloaded simple" end
print(require("pkg_simple"))
-- a preload entry that is not a function is reported as a message
package.preload.weird = 42
print(pcall(require, "weird"))
package.preload.weird2 = true
print(pcall(require, "weird2"))
-- the preload table is the one in the registry: replacing the field does
-- not change what require sees
local saved = package.preload
package.preload = {other = function() return "other" end}
print(pcall(require, "other"))
saved.other = function() return "registry one" end
print(require("other"))
package.preload = saved
-- errors inside the loader propagate
package.preload.bad = function() error("preload failed") end
print(pcall(require, "bad"))
print(package.loaded.bad)
package.preload.bad2 = function() error({}) end
print(select("#", pcall(require, "bad2")), type(select(2, pcall(require, "bad2"))))
