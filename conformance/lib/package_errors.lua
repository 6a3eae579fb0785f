-- Errors while loading or running a module.
package.path = "./data/?.mod"
package.cpath = ""
print(pcall(require, "pkg_syntax"))
print(package.loaded.pkg_syntax)
print(pcall(require, "pkg_runtime"))
print(package.loaded.pkg_runtime)
local ok, e = pcall(require, "pkg_errobj")
print(ok, tostring(e))
-- 'package.path' must be a string (numbers are converted)
package.path = 5
print(pcall(require, "x5"))
package.path = {}
print(pcall(require, "x"))
package.path = "./data/?.mod"
package.cpath = false
print(pcall(require, "nothere"))
package.cpath = ""
-- recursive requires are not detected: they simply load again
pkg_loop_depth = nil
print(require("pkg_loop_a"), pkg_loop_log)
print(pcall(require))
print(pcall(require, {}))
