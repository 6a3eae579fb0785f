pkg_loop_log = (pkg_loop_log or "") .. "a;"
local b = require("pkg_loop_b")
return "a(" .. tostring(b) .. ")"
