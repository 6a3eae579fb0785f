-- find switches to pattern matching as soon as the pattern has any of the
-- special characters ^$*+?.([%-.
local function try(s, p) print(p, string.find(s, p)) end
try("a.b", ".")
try("a.b", "%.")
try("a+b", "a+")
try("a-b", "-")
try("a-b", "a-")
try("what?", "t?")
try("x^y", "^y")
try("x^y", "x^")
try("$x", "$x")
try("x$", "x$")
try("a[b]", "[b]")
try("a]b", "]")
try("(x)", "%(x%)")
try("50%", "0%%")
try("a*b", "*")
try("a*b", "%*")
