-- gsub with a function: called with the captures; false/nil keep the match.
print(string.gsub("hello world", "%w+", string.upper))
print(string.gsub("a1b2", "(%a)(%d)", function(l, d) return d .. l end))
print(string.gsub("abc", "%w", function(c) if c == "b" then return nil end return c:upper() end))
print(string.gsub("abc", "%w", function(c) return false end))
print(string.gsub("abc", "%w", function(c) return c:byte() end))
print(string.gsub("abc", "%w", function(c) return c:byte() + 0.5 end))
print(string.gsub("abc", "%w", function(c) return "x", "ignored" end))
print(string.gsub("abc", "%w", function() end))
local seen = ""
string.gsub("k1=v1;k2=v2", "(%w+)=(%w+)", function(k, v) seen = seen .. k .. ">" .. v .. " " end)
print(seen)
print(string.gsub("abc", "()", function(p) return p end))
print(pcall(string.gsub, "abc", "b", function() return {} end))
print(pcall(string.gsub, "abc", "b", function() error("boom") end))
local ok, e = pcall(string.gsub, "abc", "b", function() error({}) end)
print(ok, type(e))
local n = 0
print(string.gsub("aaa", "a", function() n = n + 1; return n end))
