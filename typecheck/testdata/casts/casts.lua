local v: any = "x"
local s = v :: string
local n = (v as number) + 1
local u: unknown = 5
local m: number = u :: number
local bad = ("str" :: number) -- expect-error: BAD_CAST
local maybe: string? = nil
local sure: string = maybe :: string
local nn: string = maybe!
print(s, n, m, bad, sure, nn)
