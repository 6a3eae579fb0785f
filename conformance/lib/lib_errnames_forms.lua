-- covers: argument error messages of table/utf8/io/os/coroutine/base
-- functions under each naming form: called by pcall directly (qualified
-- global name like 'table.concat'), via a local, an upvalue, a field, a
-- method (argument numbers shift; "calling 'x' on bad self"), and a
-- global alias; plus io method errors whose functions have no global name
local function try(label, f, ...)
  local ok, err = pcall(f, ...)
  print(string.format("%-14s %s", label, tostring(err)))
end

-- 1) pcall(f) directly: the name comes from the loaded-modules search
try("concat", table.concat, {{}})
try("insert", table.insert, {}, 1, 2, 3)
try("insert pos", table.insert, {}, 5, 1)
try("remove", table.remove, {}, 7)
try("utf8.char", utf8.char, -1)
try("codepoint", utf8.codepoint, "abc", 0)
try("os.date", os.date, {})
try("os.time", os.time, 1)
try("co.resume", coroutine.resume, 1)
try("select", select, -5, 1)
try("setmeta", setmetatable, 1, {})
try("rawlen", rawlen, 5)
try("tonumber", tonumber, "10", 99)
try("ipairs", ipairs)
try("io.open", io.open, "x", "rw+")

-- 2) call-site names
local concat = table.concat
try("local", function() concat({1, {}}) end)
try("upvalue", function() return (function() local r = concat({true}); return r end)() end)
local T = {cat = table.concat, ins = table.insert}
try("field", function() T.cat({}, {}) end)
try("field ins", function() T.ins({}, "x", 1) end)
try("method", function() local P = setmetatable({}, {__index = table}); P:concat({}) end)
try("method self", function() local U = {len = utf8.len}; U:len() end)
try("method char", function() local U = {char = utf8.char}; U:char() end)
try("string method", function() local s = "abc"; s:sub({}) end)
aliased_remove = table.remove
try("global alias", function() aliased_remove({}, 9) end)
aliased_remove = nil

-- 3) file methods: through pcall they have no global name
local f = io.tmpfile()
try("f:seek", function() f:seek("bad") end)
try("pcall seek", f.seek, f, "bad")
try("f:read fmt", function() f:read("z") end)
try("pcall read", f.read, f, "z")
try("f:setvbuf", function() f:setvbuf("sometimes") end)
f:close()
try("closed", function() f:write("x") end)
try("pcall closed", f.write, f, "x")
try("io.type", function() return io.type() end)
try("tostring(f)", function() return tostring(f) end)
