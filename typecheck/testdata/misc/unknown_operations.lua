local function get(): unknown return 1 end
local u = get()
print(u + 1) -- expect-error: UNKNOWN_USE
print(u()) -- expect-error: UNKNOWN_USE
local ok: any = u
local s = u :: string
print(ok, s)
