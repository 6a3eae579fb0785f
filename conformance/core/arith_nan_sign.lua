-- covers: printing of NaN and infinities. PLATFORM NOTE: lua5.3 on Linux/x86-64
-- prints 0/0 as "-nan" and -(0/0) as "nan" (glibc printf shows the sign bit of the
-- default NaN). This is deterministic on this platform, so it is recorded as-is.
local nan = 0 / 0
print(nan, -nan)
print(1 / 0, -1 / 0, -(1 / 0))
print(nan ~= nan, nan == nan, nan < nan, nan > nan, nan <= nan)
local inf = 1 / 0
print(inf - inf, inf * 0)
print(inf + 1, inf * -1, inf / inf)
print(1 % 0.0, -1 % 0.0)
print(tostring(1 / 0), tostring(-1 / 0))
print(1 / 0 .. "", -1 / 0 .. "")
print(0.0 / 0.0 ~= 0.0 / 0.0)
print(inf // 1, -inf // 1, 1 // inf, -1 // inf)
print(1e308 * 10, -1e308 * 10)
-- NaN in tables: as a value it is fine, as a key it is an error
local t = {nan}
print(#t, t[1] ~= t[1])
print(pcall(function() t[nan] = 1 end))
-- NaN through functions and concatenation
local function id(x) return x end
print(id(nan) ~= id(nan), tostring(nan) == tostring(0 / 0))
-- infinities compare normally
print(inf > 1e308, -inf < -1e308, inf == inf, -inf == -inf, inf ~= -inf)
