-- Dotted names map to directories.
package.path = "./data/?.mod;./data/?/init.mod"
package.cpath = ""
print(require("sub.mod"))
print(require("sub"))
local t = require("deep.a.b")
print(t[1], t[2])
print(package.loaded["sub.mod"], package.loaded["deep.a.b"] == t)
print(pcall(require, "sub.nope"))
print(pcall(require, "deep.a"))
