#!/usr/bin/env lua5.3 -- the first line of a file starting with '#' is skipped by the loader
-- covers: a source file that starts with a shebang line; line numbers still count it
print("shebang skipped")
print(pcall(function() error("line four") end))
-- load() does NOT skip a leading '#' line: only the file loader does
print(load("#!/bin/lua\nreturn 1", "=hash"))
print(load("# comment\nreturn 1", "=hash2"))
-- line numbers of runtime errors further down the file
local function fail(n)
  if n == 0 then
    local t = nil
    return t.field -- line 12
  end
  return fail(n - 1)
end
print(pcall(fail, 3))
local ok, err = pcall(function()
  local x = {}
  return x.y.z -- line 19
end)
print(ok, err)
print("done")
