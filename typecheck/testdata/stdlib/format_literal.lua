-- string.format with a literal format: each conversion says what its
-- argument must be (format.go).
local n: number = 2.5
local i: integer = 3
local s: string = "x"
local b: boolean = true
local t: {number} = {1}

print(string.format("%d %5.2f %s %q", i, n, s, b))
print(string.format("%d", n)) -- expect-error: TYPE_MISMATCH
print(string.format("%x|%c", 3.0, "65")) -- integral float and numeric string literals convert
print(string.format("%d", 2.5)) -- expect-error: TYPE_MISMATCH
print(string.format("%f", s)) -- expect-error: TYPE_MISMATCH
print(string.format("%g", "1e3")) -- a numeric string literal converts
print(string.format("%s %s", t, nil)) -- %s takes anything
print(string.format("%q", t)) -- expect-error: TYPE_MISMATCH
local function pick(maybe: integer?) return string.format("%d", maybe) end -- expect-error: TYPE_MISMATCH
print(string.format("%d %s", i)) -- expect-error: ARG_COUNT
print(string.format("%d %%", i, s)) -- %% takes none; extra arguments are ignored
print(string.format("%y", i)) -- expect-error: BAD_FORMAT
print(string.format("%-----5d", i)) -- five flags are fine
print(string.format("%------5d", i)) -- expect-error: BAD_FORMAT
print(string.format("%123d", i)) -- expect-error: BAD_FORMAT
print(string.format("100%", i)) -- expect-error: BAD_FORMAT
-- The method form, and a format in a local of literal type.
print(("%d items"):format(i), ("%d items"):format(s)) -- expect-error: TYPE_MISMATCH
local f: "%5.1f" = "%5.1f"
print(f:format(n), f:format(b)) -- expect-error: TYPE_MISMATCH
-- A format known only at run time is not checked.
local dyn: string = s .. "%d"
print(string.format(dyn, s), pick(1))
