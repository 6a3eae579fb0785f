local s: string = tostring(12)
local t = type(s)
local ok: boolean = t == "string"
local u: "nil" | "number" | "string" | "boolean" | "table" | "function" | "thread" | "userdata" = type(1)
local bad: number = type(1) -- expect-error: TYPE_MISMATCH
print(s, ok, u, bad)
