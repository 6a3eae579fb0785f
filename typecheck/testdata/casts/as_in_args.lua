local function takes(n: number) print(n) end
local v: any = "1"
takes(v as number)
takes((v :: string)) -- expect-error: TYPE_MISMATCH
