pkg_loop_log = (pkg_loop_log or "") .. "b;"
if pkg_loop_depth and pkg_loop_depth > 3 then return "b-stop" end
pkg_loop_depth = (pkg_loop_depth or 0) + 1
local a = require("pkg_loop_a")
return "b(" .. tostring(a) .. ")"
